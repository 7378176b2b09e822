// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Similarity.h"

#include <QTest>

using namespace recoupe;
using namespace recoupe::match;

class TestSimilarity : public QObject
{
    Q_OBJECT
private slots:
    void jaroWinkler_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("expected");
        // Reference values from Winkler (1990).
        QTest::newRow("martha") << QStringLiteral("martha") << QStringLiteral("marhta") << 0.961;
        QTest::newRow("dwayne") << QStringLiteral("dwayne") << QStringLiteral("duane") << 0.840;
        QTest::newRow("dixon") << QStringLiteral("dixon") << QStringLiteral("dicksonx") << 0.813;
        QTest::newRow("equal") << QStringLiteral("beeotop") << QStringLiteral("beeotop") << 1.0;
        QTest::newRow("nothing shared") << QStringLiteral("abc") << QStringLiteral("xyz") << 0.0;
        QTest::newRow("empty") << QString() << QStringLiteral("xyz") << 0.0;
    }
    void jaroWinkler()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, expected);
        QVERIFY2(std::abs(match::jaroWinkler(a, b) - expected) < 0.001,
                 qPrintable(QString::number(match::jaroWinkler(a, b))));
        QCOMPARE(match::jaroWinkler(a, b), match::jaroWinkler(b, a));
        QVERIFY(match::jaroWinklerUpperBound(a, b) >= match::jaroWinkler(a, b) - 1e-12);
    }

    // The cheap bound never falls under the measure (it is used to skip the measure), and is tight
    // enough to rule out names with few letters in common.
    void jaroWinklerBound()
    {
        const QStringList words{"cantine",
                                "cantines",
                                "numerique",
                                "beeotop",
                                "start way",
                                "startway bastille",
                                "la loco",
                                "loco",
                                "telefab rennes",
                                "labfab telefab",
                                "a",
                                "zz",
                                "cobalt",
                                "deneau",
                                "mutinerie",
                                "mutinerie 14",
                                "yelloworking",
                                "happy hours",
                                "happy hour",
                                "aaaa",
                                "aaab",
                                "ababab",
                                "bababa"};
        for (const QString& x : words) {
            for (const QString& y : words)
                QVERIFY2(match::jaroWinklerUpperBound(x, y) >= match::jaroWinkler(x, y) - 1e-12,
                         qPrintable(x + QLatin1String(" / ") + y));
        }
        QVERIFY(match::jaroWinklerUpperBound(QStringLiteral("xyzxyz"), QStringLiteral("cobalt")) < 0.7);
        QCOMPARE(match::jaroWinklerUpperBound(QStringLiteral("cobalt"), QStringLiteral("cobalt")), 1.0);
    }

    // The buckets' test only rules out: never a pair that differentTokensAlike() finds alike.
    void tokensMayBeAlike()
    {
        QStringList words{"cantine",   "cantines",   "numerique",    "numerik",   "plateforme", "platforme",
                          "mutinerie", "mutineries", "yelloworking", "yellowork", "telefab",    "telefabb",
                          "boulevard", "bouelvard",  "ababab",       "bababa",    "abcde",      "edcba",
                          "zzzzz",     "zzzzzz",     "aaaaab",       "baaaaa",    "xylophone",  "xylofone"};
        // Each word with one letter dropped, doubled or swapped with the next.
        const QStringList base = words;
        for (const QString& w : base) {
            for (qsizetype i = 0; i + 1 < w.size(); ++i) {
                QString swapped = w;
                std::swap(swapped[i], swapped[i + 1]);
                words << QString(w).remove(i, 1) << QString(w).insert(i, w.at(i)) << swapped;
            }
        }
        int ruledOut = 0;
        for (const QString& x : words) {
            for (const QString& y : words) {
                if (x == y || x.size() < 5 || y.size() < 5)
                    continue;
                const bool may = match::tokensMayBeAlike(unsigned(x.size()), unsigned(y.size()),
                                                         match::tokenBuckets(x), match::tokenBuckets(y));
                QVERIFY2(may || !match::differentTokensAlike(x, y), qPrintable(x + QLatin1String(" / ") + y));
                ruledOut += may ? 0 : 1;
            }
        }
        QVERIFY(ruledOut > 0);
        QVERIFY(
            !match::tokensMayBeAlike(7, 7, match::tokenBuckets(u"cantine"), match::tokenBuckets(u"xylofon")));
    }

    void tokens_data()
    {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<double>("dice");
        QTest::addColumn<double>("containment");
        QTest::newRow("equal") << QStringList{"cent", "sept"} << QStringList{"cent", "sept"} << 1.0 << 1.0;
        QTest::newRow("contained") << QStringList{"basile"} << QStringList{"basile", "agriculture", "urbaine"}
                                   << 0.5 << 1.0;
        QTest::newRow("typo") << QStringList{"platforme", "c"} << QStringList{"plateforme", "c"} << 1.0
                              << 1.0;
        QTest::newRow("short words exact only") << QStringList{"lab"} << QStringList{"lob"} << 0.0 << 0.0;
        QTest::newRow("disjoint") << QStringList{"ruche"} << QStringList{"cordee"} << 0.0 << 0.0;
        QTest::newRow("empty") << QStringList{} << QStringList{"cordee"} << 0.0 << 0.0;
    }
    void tokens()
    {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(double, dice);
        QFETCH(double, containment);
        QCOMPARE(tokenDice(a, b), dice);
        QCOMPARE(tokenContainment(a, b), containment);
    }

    void haversine_data()
    {
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("metres");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("Paris-Lyon") << 2.3522 << 48.8566 << 4.8357 << 45.7640 << 392000.0 << 2000.0;
        QTest::newRow("same point") << -1.5056 << 47.2459 << -1.5056 << 47.2459 << 0.0 << 0.001;
        QTest::newRow("1e-3 deg lat") << 0.0 << 45.0 << 0.0 << 45.001 << 111.2 << 0.5;
    }
    void haversine()
    {
        QFETCH(double, lon1);
        QFETCH(double, lat1);
        QFETCH(double, lon2);
        QFETCH(double, lat2);
        QFETCH(double, metres);
        QFETCH(double, tolerance);
        QVERIFY(std::abs(haversineMetres(lon1, lat1, lon2, lat2) - metres) <= tolerance);
    }

    void address_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("same") << QStringLiteral("14 bd Charles Péguy")
                              << QStringLiteral("14 Boulevard Charles Peguy") << 1.0;
        QTest::newRow("other number")
            << QStringLiteral("4 rue Dulout") << QStringLiteral("6 rue Dulout") << 0.5;
        QTest::newRow("one number") << QStringLiteral("rue Dulout") << QStringLiteral("4ter rue Dulout")
                                    << 0.8;
        QTest::newRow("other street")
            << QStringLiteral("3 rue des Archives") << QStringLiteral("6 av Le Gorgeu") << 0.0;
        QTest::newRow("missing") << QString() << QStringLiteral("6 av Le Gorgeu") << 0.0;
    }
    void address()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, expected);
        QCOMPARE(addressSimilarity(normaliseAddress(a), normaliseAddress(b)), expected);
    }

    void types()
    {
        QVERIFY(typesCompatible(PlaceType::Coworking, PlaceType::Coworking));
        QVERIFY(typesCompatible(PlaceType::Unknown, PlaceType::Fablab));
        QVERIFY(!typesCompatible(PlaceType::Coworking, PlaceType::Fablab));
    }
};

QTEST_GUILESS_MAIN(TestSimilarity)
#include "tst_similarity.moc"
