// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/MatchText.h"

#include <QTest>

using namespace recoupe::match;

class TestMatchText : public QObject
{
    Q_OBJECT
private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case and accents")
            << QStringLiteral("Écully Numérique") << QStringLiteral("ecully numerique");
        QTest::newRow("ligature") << QStringLiteral("Œuvre Cœur") << QStringLiteral("oeuvre coeur");
        QTest::newRow("punctuation") << QStringLiteral("Coh@bit - FabLab!")
                                     << QStringLiteral("coh bit fablab");
        QTest::newRow("apostrophe") << QStringLiteral("L'Hôtel Pasteur") << QStringLiteral("l hotel pasteur");
        QTest::newRow("spaces") << QStringLiteral("  a   b  ") << QStringLiteral("a b");
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldText(input), expected);
    }

    void name_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("distinctive");
        QTest::addColumn<bool>("genericOnly");
        QTest::addColumn<bool>("closed");
        QTest::newRow("generic words")
            << QStringLiteral("Espace de coworking La Ruche") << QStringLiteral("ruche") << false << false;
        QTest::newRow("co-working") << QStringLiteral("Co-Working Le Bureau Vert") << QStringLiteral("vert")
                                    << false << false;
        QTest::newRow("fab lab") << QStringLiteral("Fab Lab de Crescendo") << QStringLiteral("crescendo")
                                 << false << false;
        QTest::newRow("tiers lieux") << QStringLiteral("Tiers-Lieux Les Usines") << QStringLiteral("usines")
                                     << false << false;
        QTest::newRow("closed note") << QStringLiteral("La Cantine Toulouse (fermé)")
                                     << QStringLiteral("toulouse") << false << true;
        QTest::newRow("closed dash") << QStringLiteral("Nova Spot - FERMÉ") << QStringLiteral("nova spot")
                                     << false << true;
        QTest::newRow("glued generic")
            << QStringLiteral("FabLabVannes") << QStringLiteral("vannes") << false << false;
        QTest::newRow("generic only")
            << QStringLiteral("Les Ateliers") << QStringLiteral("ateliers") << true << false;
        QTest::newRow("accents") << QStringLiteral("L'Hôtel Pasteur") << QStringLiteral("hotel pasteur")
                                 << false << false;
        // A bracketed note goes, unless it is the whole name (fablabs.io "le ]ProtoLab[" / CGET "le
        // [ProtoLab]").
        QTest::newRow("note in brackets")
            << QStringLiteral("Cerfav FabLab (Centre Européen") << QStringLiteral("cerfav") << false << false;
        QTest::newRow("name in brackets")
            << QStringLiteral("le [ProtoLab]") << QStringLiteral("protolab") << false << false;
        QTest::newRow("name in reversed brackets")
            << QStringLiteral("le ]ProtoLab[") << QStringLiteral("protolab") << false << false;
        QTest::newRow("generic name, closed note")
            << QStringLiteral("Fablab (fermé)") << QStringLiteral("fablab") << true << true;
    }
    void name()
    {
        QFETCH(QString, input);
        QFETCH(QString, distinctive);
        QFETCH(bool, genericOnly);
        QFETCH(bool, closed);
        const NormalisedName n = normaliseName(input);
        QCOMPARE(n.distinctive, distinctive);
        QCOMPARE(n.genericOnly, genericOnly);
        QCOMPARE(n.closed, closed);
        QCOMPARE(n.distinctiveTokens.join(QLatin1Char(' ')), distinctive);
    }

    void address_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("street");
        QTest::newRow("ter") << QStringLiteral("4ter rue Eugène et Marc Dulout") << QStringLiteral("4")
                             << QStringLiteral("rue eugene marc dulout");
        QTest::newRow("abbreviation") << QStringLiteral("14 Bd Charles Péguy") << QStringLiteral("14")
                                      << QStringLiteral("boulevard charles peguy");
        QTest::newRow("bis") << QStringLiteral("383 bis Rue de Vaugirard") << QStringLiteral("383")
                             << QStringLiteral("rue vaugirard");
        QTest::newRow("no number") << QStringLiteral("Parc technologique Delta Sud") << QString()
                                   << QStringLiteral("parc technologique delta sud");
        QTest::newRow("postcode kept out")
            << QStringLiteral("12 av. Jean Jaurès 29200 Brest") << QStringLiteral("12")
            << QStringLiteral("avenue jean jaures brest");
    }
    void address()
    {
        QFETCH(QString, input);
        QFETCH(QString, number);
        QFETCH(QString, street);
        const NormalisedAddress a = normaliseAddress(input);
        QCOMPARE(a.number, number);
        QCOMPARE(a.streetTokens.join(QLatin1Char(' ')), street);
    }

    // An address naming no way and no number (a commune, a building) is coarse: a geocoder puts it at the
    // commune's centre. One with a number or a way is not, nor an empty one (no address is no evidence).
    void coarseAddress_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("coarse");
        QTest::newRow("commune") << QStringLiteral("Dijon") << true;
        QTest::newRow("building") << QStringLiteral("Maison Populaire") << true;
        QTest::newRow("campus building") << QStringLiteral("IUT d'Aix-en-Provence") << true;
        QTest::newRow("way, no number") << QStringLiteral("Place de la Gare") << false;
        QTest::newRow("abbreviated way") << QStringLiteral("ZA les Erondières") << false;
        QTest::newRow("number, no way") << QStringLiteral("4 Lilas") << false;
        QTest::newRow("full") << QStringLiteral("14 Bd Charles Péguy") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void coarseAddress()
    {
        QFETCH(QString, input);
        QFETCH(bool, coarse);
        QCOMPARE(normaliseAddress(input).coarse(), coarse);
    }

    // One Facebook page under its several addresses gives one key (FabLab 276 in CGET and fablabs.io).
    void facebookKey_data()
    {
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("key");
        QTest::newRow("pages/name/id") << QStringLiteral("facebook.com/pages/FabLab-276/440132109521107")
                                       << QStringLiteral("fb:440132109521107");
        QTest::newRow("name-id") << QStringLiteral("facebook.com/FabLab-276-440132109521107")
                                 << QStringLiteral("fb:440132109521107");
        QTest::newRow("profile id") << QStringLiteral("facebook.com/profile.php?id=100007586388003")
                                    << QStringLiteral("fb:100007586388003");
        QTest::newRow("vanity name") << QStringLiteral("facebook.com/LaCocotteBayonne")
                                     << QStringLiteral("facebook.com/lacocottebayonne");
        QTest::newRow("name ending in a year")
            << QStringLiteral("facebook.com/fablab-2019") << QStringLiteral("facebook.com/fablab-2019");
        QTest::newRow("empty") << QString() << QString();
    }
    void facebookKey()
    {
        QFETCH(QString, canonical);
        QFETCH(QString, key);
        QCOMPARE(recoupe::match::facebookKey(canonical), key);
    }
};

QTEST_GUILESS_MAIN(TestMatchText)
#include "tst_matchtext.moc"
