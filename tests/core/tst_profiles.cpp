// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping profiles: the built-in ones load, are detected from headers, and map real values.
#include "Error.h"
#include "TestSupport.h"
#include "import/ProfileRegistry.h"
#include "import/RecordMapper.h"
#include "import/SourceReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace recoupe;

class TestProfiles : public QObject
{
    Q_OBJECT
private slots:
    void builtInProfilesLoad()
    {
        const QStringList ids = ProfileRegistry::builtIn().ids();
        for (const char* id : {"cget-2019", "maplabbzh", "fablabs-io", "osm-coworking", "generic"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    }

    void detectsFromHeader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("key");
        QTest::newRow("cget csv") << "cget/CGET_TiersLieux_2019.csv"
                                  << "cget-2019"
                                  << "ID";
        QTest::newRow("cget geojson") << "cget/CGET_TiersLieux_2019.geojson"
                                      << "cget-2019"
                                      << "ID";
        QTest::newRow("cget early") << "cget/CGET_TiersLieux_2019.early-semicolon.csv"
                                    << "cget-2019"
                                    << "ID";
        QTest::newRow("breton map") << "sources/bzh_fablab_2018-08-15.geojson"
                                    << "maplabbzh"
                                    << "id";
        QTest::newRow("fablabs.io") << "sources/fablabs_io_france_2017.json"
                                    << "fablabs-io"
                                    << "url";
        QTest::newRow("osm") << "sources/osm_coworking_5_cities_2026.geojson"
                             << "osm-coworking"
                             << "@id";
    }
    void detectsFromHeader()
    {
        QFETCH(QString, file);
        QFETCH(QString, profile);
        QFETCH(QString, key);
        const auto reader = openSource(test::dataPath(file));
        const MappingProfile detected = ProfileRegistry::builtIn().detect(reader->columns());
        QCOMPARE(detected.id(), profile);
        QCOMPARE(detected.resolvedFor(reader->columns()).keyColumns(), QStringList{key});
    }

    void unknownProfileIsAnError()
    {
        try {
            ProfileRegistry::builtIn().find(QStringLiteral("nope"));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QLatin1String("cget-2019")));
        }
    }

    void genericProfileFindsSynonyms()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lieux.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Identifiant;Nom;Ville;Code_Postal;Latitude;Longitude;Site_Web;Categorie\n"
                   "a1;Le Bocal;Rennes;35000;48,11;-1,68;bocal.fr;Fab Lab associatif\n");
        file.close();
        const auto reader = openSource(path);
        const MappingProfile profile = ProfileRegistry::builtIn().detect(reader->columns());
        QCOMPARE(profile.id(), QStringLiteral("generic"));
        const RecordMapper mapper(profile.resolvedFor(reader->columns()), reader->columns());
        QVERIFY(mapper.hasCoordinateColumns());
        SourceRow row;
        QVERIFY(reader->next(row));
        const MappedRecord mapped = mapper.map(row);
        QCOMPARE(mapped.sourceKey, QStringLiteral("a1"));
        QCOMPARE(mapped.fields.name, QStringLiteral("Le Bocal"));
        QCOMPARE(mapped.fields.postcode, QStringLiteral("35000"));
        QCOMPARE(mapped.fields.website, QStringLiteral("http://bocal.fr"));
        QCOMPARE(mapped.fields.type, PlaceType::Fablab);
        QCOMPARE(*mapped.fields.lat, 48.11);
        QCOMPARE(*mapped.fields.lon, -1.68);
    }

    void typesOfEachSource_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("type");
        QTest::newRow("cget coworking")
            << "cget-2019" << QString::fromUtf8("Tiers lieux à dominante coworking") << 1;
        QTest::newRow("cget fablab") << "cget-2019" << QString::fromUtf8("Tiers lieux à dominante fablab")
                                     << 2;
        QTest::newRow("cget empty") << "cget-2019"
                                    << "" << 0;
        QTest::newRow("bzh fablabMIT") << "maplabbzh"
                                       << "fablabMIT" << 2;
        QTest::newRow("bzh cantine") << "maplabbzh"
                                     << "cantine" << 1;
        QTest::newRow("bzh usages") << "maplabbzh"
                                    << "usages" << 0;
        QTest::newRow("fablabs.io mini") << "fablabs-io"
                                         << "mini_fab_lab" << 2;
        QTest::newRow("osm default") << "osm-coworking"
                                     << "" << 1;
    }
    void typesOfEachSource()
    {
        QFETCH(QString, profile);
        QFETCH(QString, raw);
        QFETCH(int, type);
        QCOMPARE(int(ProfileRegistry::builtIn().find(profile).typeFor(raw)), type);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
