// SPDX-License-Identifier: GPL-3.0-or-later
// Normalisation at import: every rule with the real shapes found in the sources.
#include "normalise/Normalise.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace recoupe;

class TestNormalise : public QObject
{
    Q_OBJECT
private slots:
    void text_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trim") << "  ADE Coworking "
                              << "ADE Coworking";
        QTest::newRow("inner spaces") << "La  Cantine\t Quimper"
                                      << "La Cantine Quimper";
        QTest::newRow("html break") << "Espace associatif d'Arvor<br />Place d'Armorique"
                                    << "Espace associatif d'Arvor, Place d'Armorique";
        QTest::newRow("double encoded")
            << QString::fromUtf8("ArrÃªt Minute") << QString::fromUtf8("Arrêt Minute");
        QTest::newRow("real accents kept")
            << QString::fromUtf8("Châtelier") << QString::fromUtf8("Châtelier");
        QTest::newRow("empty") << ""
                               << "";
    }
    void text()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(normalise::text(raw), expected);
    }

    void postcode_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("problem");
        QTest::newRow("five digits") << "44300"
                                     << "44300" << false;
        QTest::newRow("lost leading zero") << "2100"
                                           << "02100" << false;
        QTest::newRow("spreadsheet number") << "1000.0"
                                            << "01000" << false;
        QTest::newRow("spaces") << " 75 010 "
                                << "75010" << false;
        QTest::newRow("placeholder zero") << "0"
                                          << "" << true;
        QTest::newRow("letters") << "CEDEX"
                                 << "" << true;
        QTest::newRow("empty") << ""
                               << "" << false;
    }
    void postcode()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QFETCH(bool, problem);
        const auto result = normalise::postcode(raw);
        QCOMPARE(result.value, expected);
        QCOMPARE(!result.problem.isEmpty(), problem);
    }

    void url_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("key");
        QTest::newRow("no scheme") << "www.ade-coworking.net"
                                   << "http://www.ade-coworking.net"
                                   << "ade-coworking.net";
        QTest::newRow("trailing slash") << "https://aquinum.fr/"
                                        << "https://aquinum.fr"
                                        << "aquinum.fr";
        QTest::newRow("upper host") << "HTTP://WWW.Cohabit.FR/"
                                    << "http://www.cohabit.fr"
                                    << "cohabit.fr";
        QTest::newRow("fragment") << "https://www.fablab127.net/#!/"
                                  << "https://www.fablab127.net"
                                  << "fablab127.net";
        QTest::newRow("path kept") << "http://fablabensapvs.wixsite.com/fablabensapvs"
                                   << "http://fablabensapvs.wixsite.com/fablabensapvs"
                                   << "fablabensapvs.wixsite.com/fablabensapvs";
        QTest::newRow("index page") << "http://www.happinest.fr/index.html"
                                    << "http://www.happinest.fr/index.html"
                                    << "happinest.fr";
        QTest::newRow("mail is not a site") << "mailto:a@b.fr"
                                            << ""
                                            << "";
        QTest::newRow("garbage") << "http://@FabLaBYMinesD"
                                 << ""
                                 << "";
    }
    void url()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QFETCH(QString, key);
        const auto result = normalise::url(raw);
        QCOMPARE(result.value, expected);
        QCOMPARE(normalise::urlKey(result.value), key);
    }

    void twitter_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("address") << "https://twitter.com/alouest33"
                                 << "@alouest33";
        QTest::newRow("http address") << "http://twitter.com/RocketteLibre"
                                      << "@RocketteLibre";
        QTest::newRow("handle") << "@makerspace56"
                                << "@makerspace56";
        QTest::newRow("bare") << "FabLab_Lille"
                              << "@FabLab_Lille";
        QTest::newRow("query") << "https://twitter.com/LaBetaPi?lang=fr"
                               << "@LaBetaPi";
        QTest::newRow("hashbang") << "https://twitter.com/#!/jackerspace"
                                  << "@jackerspace";
        QTest::newRow("instagram is not twitter") << "https://www.instagram.com/atelierzelium"
                                                  << "";
    }
    void twitter()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(normalise::twitter(raw).value, expected);
    }

    void facebook_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("page") << "https://www.facebook.com/Fabulerie/"
                              << "facebook.com/Fabulerie";
        QTest::newRow("query") << "https://www.facebook.com/FabLabPau/?ref=hl"
                               << "facebook.com/FabLabPau";
        QTest::newRow("no scheme") << "www.facebook.com/alouestcoworking"
                                   << "facebook.com/alouestcoworking";
        QTest::newRow("pages path") << "pages/Collectif-POC/896056633767041"
                                    << "facebook.com/pages/Collectif-POC/896056633767041";
        QTest::newRow("bare name") << "KelleFabriK"
                                   << "facebook.com/KelleFabriK";
        QTest::newRow("profile id")
            << "https://www.facebook.com/profile.php?id=100007586388003&hc_location=ufi"
            << "facebook.com/profile.php?id=100007586388003";
        QTest::newRow("facebook.fr") << "http://facebook.fr/infoaleze"
                                     << "facebook.com/infoaleze";
        QTest::newRow("other site") << "http://www.cohabit.fr/page"
                                    << "";
        QTest::newRow("two addresses") << "http:// http://www.facebook.com/berrylab36"
                                       << "";
    }
    void facebook()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(normalise::facebook(raw).value, expected);
    }

    void number_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");
        QTest::newRow("point") << "47.245935" << true << 47.245935;
        QTest::newRow("comma") << "47,245935" << true << 47.245935;
        QTest::newRow("negative comma") << "-1,505602" << true << -1.505602;
        QTest::newRow("garbled") << "47,2x" << false << 0.0;
        QTest::newRow("empty") << "" << false << 0.0;
        QTest::newRow("nan") << "nan" << false << 0.0;
    }
    void number()
    {
        QFETCH(QString, raw);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const auto value = normalise::number(raw);
        QCOMPARE(value.has_value(), valid);
        if (valid)
            QCOMPARE(*value, expected);
    }

    // Any text of digits, separators, signs and spaces: the value (or none) that QString::toDouble, as
    // every earlier version read numbers, gives, to the last bit.
    void numberAsToDouble()
    {
        auto earlier = [](const QString& raw) -> std::optional<double> {
            QString s = raw.trimmed();
            if (s.isEmpty())
                return std::nullopt;
            s.replace(QLatin1Char(','), QLatin1Char('.'));
            bool ok = false;
            const double value = s.toDouble(&ok);
            if (!ok || !std::isfinite(value))
                return std::nullopt;
            return value;
        };
        QRandomGenerator random(47);
        const char pool[] = "0123456789012345678901234567890123456789..,,--+ \te";
        for (int round = 0; round < 50000; ++round) {
            QString raw;
            const int size = int(random.bounded(0, 26));
            for (int i = 0; i < size; ++i)
                raw += QLatin1Char(pool[random.bounded(int(sizeof pool - 1))]);
            const std::optional<double> got = normalise::number(raw), expected = earlier(raw);
            QVERIFY2(got.has_value() == expected.has_value(), qPrintable(raw));
            if (got)
                QVERIFY2(std::memcmp(&*got, &*expected, sizeof(double)) == 0, qPrintable(raw));
        }
    }

    void position_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<double>("outLon");
        QTest::addColumn<bool>("problem");
        QTest::newRow("Nantes") << -1.505602 << 47.245935 << true << -1.505602 << false;
        QTest::newRow("swapped Paris") << 48.869483 << 2.361539 << true << 2.361539 << true;
        QTest::newRow("null island") << 0.0 << 0.0 << false << 0.0 << true;
        QTest::newRow("out of range") << -1.5 << 123.0 << false << 0.0 << true;
        QTest::newRow("La Réunion") << 55.45 << -20.88 << true << 55.45 << false;
        QTest::newRow("Guadeloupe") << -61.53 << 16.24 << true << -61.53 << false;
        QTest::newRow("Berlin kept, flagged") << 13.4 << 52.5 << true << 13.4 << true;
    }
    void position()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(bool, kept);
        QFETCH(double, outLon);
        QFETCH(bool, problem);
        const auto p = normalise::position(lon, lat);
        QCOMPARE(p.lon.has_value(), kept);
        QCOMPARE(p.lat.has_value(), kept);
        if (kept)
            QCOMPARE(*p.lon, outLon);
        QCOMPARE(!p.problem.isEmpty(), problem);
    }

    void socialUrls()
    {
        QVERIFY(normalise::isSocialUrl(QStringLiteral("https://www.facebook.com/FabLabChampagnole")));
        QVERIFY(normalise::isSocialUrl(QStringLiteral("https://twitter.com/FabLab_Lille")));
        QVERIFY(!normalise::isSocialUrl(QStringLiteral("http://www.fablablille.fr")));
    }
};

QTEST_GUILESS_MAIN(TestNormalise)
#include "tst_normalise.moc"
