// SPDX-License-Identifier: GPL-3.0-or-later
// Import of the real files of every supported format, and of bad input.
#include "Error.h"
#include "TestSupport.h"
#include "import/Importer.h"
#include "store/ImportWriter.h"
#include "store/PlaceQueries.h"
#include "store/ProjectQueries.h"
#include "store/Schema.h"
#include "store/SortIndexes.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace recoupe;

namespace {

// name|type|lon|lat of every CGET record, by ID, to compare the variants of the file.
QMap<QString, QString> cgetSignature(Store& store)
{
    QMap<QString, QString> out;
    QSqlQuery q =
        sql::exec(store.database(),
                  QStringLiteral("SELECT source_key, name, type, printf('%.6f', lon), printf('%.6f', lat) "
                                 "FROM raw_record"));
    while (q.next()) {
        out.insert(q.value(0).toString(), QStringLiteral("%1|%2|%3|%4")
                                              .arg(q.value(1).toString(), q.value(2).toString(),
                                                   q.value(3).toString(), q.value(4).toString()));
    }
    return out;
}

QString snapshotOf(Store& store)
{
    QString out;
    queries::forEachRecord(store.database(), [&out](const QVariantList& values) {
        for (const QVariant& v : values)
            out += v.toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    });
    return out + QString::number(test::rowCount(store, QStringLiteral("audit_log")));
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    // The import keeps the digest of the file it read (hashed while SQLite builds the indexes).
    void keepsTheFileDigest()
    {
        test::TemporaryProject project;
        auto store = project.open();
        const QString path = test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv"));
        Importer(*store).run(path, {});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        QCOMPARE(
            sql::scalar(store->database(), QStringLiteral("SELECT file_sha256 FROM import_run")).toString(),
            QString::fromLatin1(hash.result().toHex()));
    }

    void cgetVariantsGiveTheSameRecords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("withoutPosition"); // the early exports lack the position of IDs 1510-1512
        QTest::newRow("final csv") << "cget/CGET_TiersLieux_2019.csv" << 0;
        QTest::newRow("geojson") << "cget/CGET_TiersLieux_2019.geojson" << 0;
        QTest::newRow("xlsx") << "cget/CGET_TiersLieux_2019.xlsx" << 0;
        QTest::newRow("early decimal comma") << "cget/CGET_TiersLieux_2019.early-decimal-comma.csv" << 3;
        QTest::newRow("early semicolon") << "cget/CGET_TiersLieux_2019.early-semicolon.csv" << 3;
        QTest::newRow("early xlsx") << "cget/CGET_TiersLieux_2019.early.xlsx" << 3;
    }
    void cgetVariantsGiveTheSameRecords()
    {
        QFETCH(QString, file);
        QFETCH(int, withoutPosition);
        test::TemporaryProject reference;
        auto referenceStore = reference.open();
        Importer(*referenceStore).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), {});
        const auto expected = cgetSignature(*referenceStore);

        test::TemporaryProject project;
        auto store = project.open();
        const ImportReport report = Importer(*store).run(test::dataPath(file), {});
        QCOMPARE(report.profileId, QStringLiteral("cget-2019"));
        QCOMPARE(report.sourceName, QStringLiteral("CGET 2019"));
        QCOMPARE(report.rows, 1512);
        QCOMPARE(report.added, 1512);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record")), 1512);
        QCOMPARE(test::rowCount(*store, QStringLiteral("place")), 1512);
        QCOMPARE(test::rowCount(*store, QStringLiteral("place"), QStringLiteral("lon IS NULL")),
                 withoutPosition);
        const auto actual = cgetSignature(*store);
        int differences = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (actual.value(it.key()) != it.value()) {
                ++differences;
                QVERIFY2(it.key().toInt() >= 1510,
                         qPrintable(it.key() + QLatin1String(": ") + actual.value(it.key())));
            }
        }
        QCOMPARE(differences, withoutPosition);
        // The 49 places added after the mission have no type.
        QCOMPARE(test::rowCount(*store, QStringLiteral("place"), QStringLiteral("type = 0")), 49);
        QCOMPARE(test::rowCount(*store, QStringLiteral("place"), QStringLiteral("type = 2")), 345);
    }

    void keepsUnmappedColumnsAndOriginalValues()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), {});
        const QString attributes =
            sql::scalar(store->database(),
                        QStringLiteral("SELECT attributes FROM raw_record WHERE source_key = '1'"))
                .toString();
        QVERIFY(attributes.contains(QLatin1String("\"INSEE_ZE\":\"5203\"")));
        QVERIFY(attributes.contains(QLatin1String("\"WEB\":\"www.ade-coworking.net\"")));
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT website FROM place WHERE id = 1"))
                     .toString(),
                 QStringLiteral("http://www.ade-coworking.net"));
    }

    void otherSources_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("withoutPosition");
        QTest::newRow("breton map 2018") << "sources/bzh_fablab_2018-08-15.geojson"
                                         << "MapLabBZH" << 101 << 0;
        QTest::newRow("breton map 2020") << "sources/bzh_fablab_2020-05-26.geojson"
                                         << "MapLabBZH" << 121 << 0;
        QTest::newRow("fablabs.io") << "sources/fablabs_io_france_2017.json"
                                    << "fablabs.io" << 135 << 6;
        QTest::newRow("osm") << "sources/osm_coworking_5_cities_2026.geojson"
                             << "OpenStreetMap" << 212 << 0;
    }
    void otherSources()
    {
        QFETCH(QString, file);
        QFETCH(QString, source);
        QFETCH(int, rows);
        QFETCH(int, withoutPosition);
        test::TemporaryProject project;
        auto store = project.open();
        const ImportReport report = Importer(*store).run(test::dataPath(file), {});
        QCOMPARE(report.sourceName, source);
        QCOMPARE(report.added, rows);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record"), QStringLiteral("lon IS NULL")),
                 withoutPosition);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record"), QStringLiteral("name = ''")), 0);
    }

    void fablabsIoLinksAreSplitByKind()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("sources/fablabs_io_france_2017.json")), {});
        QSqlQuery q =
            sql::exec(store->database(),
                      QStringLiteral("SELECT website, twitter, facebook, postcode, line FROM raw_record "
                                     "WHERE source_key = 'https://www.fablabs.io/labs/fablabsud31'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("http://www.fablab-sud31.fr"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("@FabLabSud31"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("facebook.com/FabLabSud31"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("31550"));
        QVERIFY(q.value(4).toInt() > 1);
        // A postcode that lost its leading zero gets it back.
        QCOMPARE(sql::scalar(store->database(),
                             QStringLiteral("SELECT postcode FROM raw_record WHERE source_key LIKE '%/lab6'"))
                     .toString(),
                 QStringLiteral("02100"));
    }

    void osmAddressIsJoined()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("sources/osm_coworking_5_cities_2026.geojson")),
                             {});
        QCOMPARE(
            sql::scalar(store->database(),
                        QStringLiteral("SELECT address || '|' || postcode || '|' || commune FROM raw_record "
                                       "WHERE source_key = 'node/508597067'"))
                .toString(),
            QStringLiteral("34 Rue d'Aligre|75012|Paris"));
    }

    void latin1AndBom_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::newRow("latin1 semicolon") << "bad/latin1.csv" << 10;
        QTest::newRow("utf8 bom") << "bad/utf8_bom.csv" << 10;
    }
    void latin1AndBom()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        test::TemporaryProject project;
        auto store = project.open();
        const ImportReport report = Importer(*store).run(test::dataPath(file), {});
        QCOMPARE(report.profileId, QStringLiteral("cget-2019"));
        QCOMPARE(report.added, rows);
        QCOMPARE(sql::scalar(store->database(),
                             QStringLiteral("SELECT address FROM raw_record WHERE source_key = '1'"))
                     .toString(),
                 QString::fromUtf8("9 Rue du Petit Châtelier"));
        QCOMPARE(sql::scalar(store->database(),
                             QStringLiteral("SELECT lat FROM raw_record WHERE source_key = '1'"))
                     .toDouble(),
                 47.245935);
    }

    void unusableValuesAreReportedNotDropped()
    {
        test::TemporaryProject project;
        auto store = project.open();
        const ImportReport report =
            Importer(*store).run(test::dataPath(QStringLiteral("bad/bad_values.csv")), {});
        QCOMPARE(report.added, 5);
        auto problemFor = [&report](const QString& key) {
            for (const ImportProblem& p : report.problems) {
                if (p.sourceKey == key && !p.column.contains(QLatin1String("CP")))
                    return p;
            }
            return ImportProblem{};
        };
        const ImportProblem garbled = problemFor(QStringLiteral("1"));
        QCOMPARE(garbled.line, 2);
        QCOMPARE(garbled.column, QStringLiteral("LAT"));
        QVERIFY(garbled.message.contains(QLatin1String("47,2x")));
        QVERIFY(problemFor(QStringLiteral("2")).message.contains(QLatin1String("swapped")));
        QVERIFY(problemFor(QStringLiteral("3")).message.contains(QLatin1String("0, 0")));
        QVERIFY(problemFor(QStringLiteral("4")).message.contains(QLatin1String("out of range")));
        QVERIFY(problemFor(QStringLiteral("5")).message.isEmpty());
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record"), QStringLiteral("lat IS NULL")), 3);
        QCOMPARE(sql::scalar(store->database(),
                             QStringLiteral("SELECT lat FROM raw_record WHERE source_key = '2'"))
                     .toDouble(),
                 48.869483);
        // The report is kept with the import.
        QVERIFY(sql::scalar(store->database(), QStringLiteral("SELECT problems FROM import_run"))
                    .toString()
                    .contains(QLatin1String("47,2x")));
    }

    void duplicateKeysAreReportedAndKept()
    {
        test::TemporaryProject project;
        auto store = project.open();
        const ImportReport report =
            Importer(*store).run(test::dataPath(QStringLiteral("bad/duplicate_keys.csv")), {});
        QCOMPARE(report.added, 6);
        bool reported = false;
        for (const ImportProblem& p : report.problems)
            reported |= p.message.contains(QLatin1String("repeated")) && p.line == 7;
        QVERIFY(reported);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record"), QStringLiteral("source_key LIKE '3%'")),
                 2);
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "bad/empty.csv"
                               << "empty";
        QTest::newRow("no coordinates") << "bad/no_coordinates.csv"
                                        << "no coordinate column";
        QTest::newRow("truncated xlsx") << "bad/truncated.xlsx"
                                        << "truncated.xlsx";
        QTest::newRow("binary") << "bad/not_a_table.csv"
                                << "binary";
        QTest::newRow("utf16") << "bad/utf16.csv"
                               << "UTF-16";
        QTest::newRow("empty sheet") << "bad/empty_sheet.xlsx"
                                     << "its sheet or layer \"BDD_TL\" is empty";
        QTest::newRow("folder") << "bad"
                                << "folder";
        QTest::newRow("missing") << "bad/nope.csv"
                                 << "does not exist";
    }
    void badFilesChangeNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")), {});
        const QString before = snapshotOf(*store);
        try {
            Importer(*store).run(test::dataPath(file), {});
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            const QString name = file.section(QLatin1Char('/'), -1);
            QVERIFY2(e.message().contains(name), qPrintable(e.message()));
        }
        QCOMPARE(snapshotOf(*store), before);
        QCOMPARE(test::rowCount(*store, QStringLiteral("import_run")), 1);
    }

    // Files that cannot be read as their format says are refused with the line (and column) of the
    // fault, and change nothing.
    void malformedFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("message");
        QTest::newRow("JSON object, not an array")
            << QByteArray(R"({"name": "Lab", "lat": 47.2, "lon": -1.5})") << "object.json"
            << "a JSON array of objects was expected, but the file holds one object (keys: lat, lon, name)";
        QTest::newRow("JSON item not an object")
            << QByteArray("[\n{\"name\": \"Lab\", \"latitude\": 47.2, \"longitude\": -1.5},\n 3\n]")
            << "items.json"
            << "line 3: item 2 of the array is a number, not an object";
        QTest::newRow("JSON syntax") << QByteArray("[\n{\"name\": \"Lab\",\n \"latitude\" 47.2}\n]")
                                     << "syntax.json"
                                     << "line 3, column 13: missing name separator";
        QTest::newRow("GeoJSON syntax")
            << QByteArray("{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Feature\",\n"
                          "\"properties\": {\"name\": \"Lab\"} \"geometry\": null}]}")
            << "syntax.geojson"
            << "line 3, column 31: unterminated object";
        QTest::newRow("quote never closes")
            << QByteArray("ID,NOM_TL,LAT,LONG\n1,\"unterminated,47.2,-1.5\n") << "quote.csv"
            << "the quote that opens line 2 (column NOM_TL) never closes";
        QTest::newRow("NUL byte") << QByteArray("ID,NOM_TL,LAT,LONG\n1,Lab\0,47.2,-1.5\n", 38) << "nul.csv"
                                  << "NUL byte on line 2";
    }
    void malformedFilesAreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")), {});
        const QString before = snapshotOf(*store);
        try {
            Importer(*store).run(path, {});
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains(fileName), qPrintable(e.message()));
        }
        QCOMPARE(snapshotOf(*store), before);
    }

    // Rows that the reader had to interpret are imported, never dropped, and reported on their line.
    void doubtfulRowsAreImportedAndReported_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray header = "ID,NOM_TL,LAT,LONG\n";
        QTest::newRow("stray quote")
            << header + "1,Alpha,47.1,-1.5\n2,\"Beta,47.2,-1.5\n3,Gamma,47.3,-1.5\n4,\"Delta\",47.4,-1.5\n"
            << "quote.csv" << 4 << 3 << "does not close on this line";
        QTest::newRow("extra fields") << header + "1,Alpha,47.1,-1.5,extra\n2,Beta,47.2,-1.5\n"
                                      << "extra.csv" << 2 << 2 << "5 fields, the header has 4";
        QTest::newRow("missing fields") << header + "1,Alpha,47.1,-1.5\n2,Beta,47.2\n"
                                        << "missing.csv" << 2 << 3 << "3 fields, the header has 4";
        QTest::newRow("CSV saved as txt") << header + "1,Alpha,47.1,-1.5\n2,Beta,47.2\n"
                                          << "table.txt" << 2 << 3 << "3 fields, the header has 4";
        const QByteArray collection = R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"id": "1", "name": "A"}, "geometry": {"type": "Point", "coordinates": ["a", "b"]}},
{"type": "Feature", "properties": {"id": "2", "name": "B"}, "geometry": {"type": "Point", "coordinates": []}},
{"type": "Feature", "properties": {"id": "3", "name": "C"}, "geometry": {"type": "MultiPoint", "coordinates": [[-2.76, 47.66], [2.35, 48.85]]}},
{"type": "Feature", "properties": {"id": "4", "name": "D"}, "geometry": {"type": "Point", "coordinates": [-1.5, 47.2]}}
]})";
        QTest::newRow("GeoJSON coordinates not numbers")
            << collection << "points.geojson" << 4 << 1 << "the point's coordinates are not two numbers";
        QTest::newRow("GeoJSON empty coordinates")
            << collection << "points.geojson" << 4 << 2 << "the point's coordinates are not two numbers";
        QTest::newRow("GeoJSON MultiPoint")
            << collection << "points.geojson" << 4 << 3
            << "the geometry is a MULTIPOINT, not a point; its centroid is used";
        // GDAL drops these geometries, or only the polygon holding the bad position, without a word.
        const QByteArray shapes = R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"id": "1", "name": "A"}, "geometry": {"type": "MultiPoint", "coordinates": [[-2.76, 47.65], ["a", "b"]]}},
{"type": "Feature", "properties": {"id": "2", "name": "B"}, "geometry": {"type": "Polygon", "coordinates": [[[-1, 47], [-1, 48], ["x", 48], [-1, 47]]]}},
{"type": "Feature", "properties": {"id": "3", "name": "C"}, "geometry": {"type": "MultiPolygon", "coordinates": [[[[-1, 47], [-1, 48], [0, 48], [-1, 47]]], [[[2, 47], [], [3, 48], [2, 47]]]]}},
{"type": "Feature", "properties": {"id": "4", "name": "D"}, "geometry": {"type": "GeometryCollection", "geometries": [{"type": "LineString", "coordinates": [[-1, 47], [-1, "48"]]}]}}
]})";
        QTest::newRow("GeoJSON MultiPoint bad position")
            << shapes << "shapes.geojson" << 4 << 1 << "position 2 of the MultiPoint is not two numbers";
        QTest::newRow("GeoJSON Polygon bad position")
            << shapes << "shapes.geojson" << 4 << 2 << "position 3 of the Polygon is not two numbers";
        QTest::newRow("GeoJSON MultiPolygon empty position")
            << shapes << "shapes.geojson" << 4 << 3 << "position 6 of the MultiPolygon is not two numbers";
        QTest::newRow("GeoJSON LineString in a collection")
            << shapes << "shapes.geojson" << 4 << 4 << "position 2 of the LineString is not two numbers";
        QTest::newRow("GeoJSON value not UTF-8")
            << QByteArray("{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Feature\", "
                          "\"properties\": "
                          "{\"id\": \"1\", \"name\": \"Caf\xc3\xa9\"}, \"geometry\": {\"type\": \"Point\", "
                          "\"coordinates\": [-1.5, 47.2]}},\n{\"type\": \"Feature\", \"properties\": "
                          "{\"id\": \"2\", "
                          "\"name\": \"Co-\xff\xfe"
                          "Factory\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": "
                          "[-1.6, 47.3]}}]}")
            << "utf8.geojson" << 2 << 2 << "the value is not valid UTF-8; read as Latin-1";
        QTest::newRow("JSON array point coordinates")
            << QByteArray(R"([{"name": "A", "geometry": {"type": "Point", "coordinates": ["a", "b"]}}])")
            << "a.json" << 1 << 1 << "the point's coordinates are not two numbers";
    }
    void doubtfulRowsAreImportedAndReported()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, fileName);
        QFETCH(int, records);
        QFETCH(int, line);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        test::TemporaryProject project;
        auto store = project.open();
        ImportOptions options;
        options.profile = QStringLiteral("generic");
        const ImportReport report = Importer(*store).run(path, options);
        QCOMPARE(report.added, records);
        QStringList seen;
        bool found = false;
        for (const ImportProblem& p : report.problems) {
            seen << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
            found |= p.line == line && p.message.contains(message);
        }
        QVERIFY2(found, qPrintable(seen.join(QLatin1Char('\n'))));
        // Kept with the import, for the project's history.
        QVERIFY(sql::scalar(store->database(), QStringLiteral("SELECT problems FROM import_run"))
                    .toString()
                    .contains(message.left(20)));
        // Written out directly, the stored problems are the report's, then its notes at line 0.
        const QByteArray stored =
            sql::scalar(store->database(), QStringLiteral("SELECT problems FROM import_run"))
                .toString()
                .toUtf8();
        QJsonParseError error;
        const QJsonArray parsed = QJsonDocument::fromJson(stored, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QJsonArray expected = report.problemsJson();
        for (const QString& note : report.notes)
            expected.append(QJsonObject{{QStringLiteral("line"), 0}, {QStringLiteral("message"), note}});
        QCOMPARE(parsed, expected);
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT typeof(problems) FROM import_run"))
                     .toString(),
                 QStringLiteral("text"));
    }

    void xlsxFormulasWithoutSavedValueAreReported()
    {
        test::TemporaryProject project;
        auto store = project.open();
        ImportOptions options;
        options.profile = QStringLiteral("generic");
        const ImportReport report =
            Importer(*store).run(test::dataPath(QStringLiteral("bad/formula_without_value.xlsx")), options);
        QCOMPARE(report.added, 3);
        QStringList cells;
        for (const ImportProblem& p : report.problems) {
            if (p.message.contains(QLatin1String("whose result was not saved")))
                cells << QStringLiteral("%1 %2").arg(p.line).arg(p.column);
        }
        QCOMPARE(cells, (QStringList{QStringLiteral("3 NOM_TL"), QStringLiteral("3 LAT")}));
        QCOMPARE(sql::scalar(store->database(),
                             QStringLiteral("SELECT name FROM raw_record WHERE source_key = '3'"))
                     .toString(),
                 QStringLiteral("GAMMA"));
    }

    void tooLargeFileIsRefused()
    {
        test::TemporaryProject project;
        auto store = project.open();
        ImportOptions options;
        options.maxFileSize = 1000;
        QVERIFY_THROWS_EXCEPTION(
            Error,
            Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), options));
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record")), 0);
    }

    // A 2 GB file (sparse: no disk used) is refused at once, before any read.
    void twoGigabyteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(2000) * 1000 * 1000));
        file.close();
        test::TemporaryProject project;
        auto store = project.open();
        QElapsedTimer timer;
        timer.start();
        try {
            Importer(*store).run(path, {});
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("huge.csv")) &&
                         e.message().contains(QLatin1String("limit")),
                     qPrintable(e.message()));
        }
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record")), 0);
    }

    void cancelRollsBack()
    {
        test::TemporaryProject project;
        auto store = project.open();
        qint64 calls = 0;
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                                            {}, [&calls](qint64, qint64) { return ++calls < 2; }));
        QCOMPARE(calls, 2);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record")), 0);
        QCOMPARE(test::rowCount(*store, QStringLiteral("source")), 0);
        QCOMPARE(test::rowCount(*store, QStringLiteral("audit_log")), 0);
    }

    // A large first import drops the place indexes and the FTS5 trigger and builds them again at
    // its end; a small one into a big project keeps them. Either way the schema and the indexes come out
    // as if every place had gone through the trigger, and a cancelled bulk import restores the schema.
    void bulkImportRebuildsIndexes()
    {
        test::TemporaryProject project;
        auto store = project.open();
        QSqlDatabase& db = store->database();
        auto schema = [&db] {
            QStringList out;
            QSqlQuery q =
                sql::exec(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
            while (q.next())
                out << q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
            return out;
        };
        const QStringList before = schema();
        QVERIFY(ImportWriter::worthBulkPlaces(1512, 0));
        QVERIFY(!ImportWriter::worthBulkPlaces(121, 1512));

        QVERIFY_THROWS_EXCEPTION(
            Cancelled, Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                                            {}, [](qint64 done, qint64) { return done < 1024; }));
        QCOMPARE(schema(), before);

        // The bulk import leaves the rarely used sort indexes to the first sort by their column.
        auto withoutDeferred = [&before] {
            QStringList out;
            for (const QString& item : before) {
                const qsizetype create = item.indexOf(QLatin1String("CREATE"));
                if (!item.startsWith(QLatin1String("index")) ||
                    !sortIndexes::isDeferred(item.mid(5, create - 5)))
                    out << item;
            }
            return out;
        };
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), {});
        // The checks of the import build the position indexes they look places up by; nothing else is built.
        const QStringList afterImport = schema();
        for (const QString& item : withoutDeferred())
            QVERIFY2(afterImport.contains(item), qPrintable(item.left(80)));
        for (const QString& item : afterImport)
            QVERIFY2(before.contains(item), qPrintable(item.left(80)));
        QVERIFY(afterImport.contains(QStringLiteral("indexplace_lonCREATE INDEX place_lon ON place(lon)")));
        QVERIFY(!afterImport.contains(
            QStringLiteral("indexplace_nameCREATE INDEX place_name ON place(name COLLATE NOCASE)")));
        QVERIFY(!placeQueries::page(db, {}, {PlaceColumn::Website, Qt::AscendingOrder}, 0, 10).isEmpty());
        QCOMPARE(schema().size(), afterImport.size() + 1);
        sortIndexes::ensureAll(db);
        QCOMPARE(schema(), before);
        Importer(*store).run(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")), {});
        QCOMPARE(schema(), before);
        const qint64 places = test::rowCount(*store, QStringLiteral("place"));
        QCOMPARE(places, 1512 + 101);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM place_fts")).toLongLong(), places);
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(sql::scalar(db, QStringLiteral("INSERT INTO place_fts(place_fts) VALUES('integrity-check')"))
                     .toString(),
                 QString());
        // Every place's words are found, from both imports: the same answers as an index rebuilt from
        // the places.
        auto found = [&db](const QString& word) {
            QList<qint64> ids;
            QSqlQuery q = sql::exec(
                db, QStringLiteral("SELECT rowid FROM place_fts WHERE place_fts MATCH ? ORDER BY rowid"),
                {word});
            while (q.next())
                ids << q.value(0).toLongLong();
            return ids;
        };
        const QStringList words{QStringLiteral("villebois"), QStringLiteral("brest"), QStringLiteral("lyon"),
                                QStringLiteral("fab*"), QStringLiteral("35000")};
        QList<QList<qint64>> answers;
        for (const QString& word : words)
            answers << found(word);
        QVERIFY(answers[1].size() > 5);
        sql::exec(db, QStringLiteral("INSERT INTO place_fts(place_fts) VALUES('rebuild')"));
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(found(words[i]), answers[i]);
        // has_problem, computed in the bulk insert, is what the trigger would have computed.
        QCOMPARE(
            test::rowCount(*store, QStringLiteral("place"),
                           QStringLiteral("has_problem IS NOT (%1)").arg(schema::placeProblemExpression())),
            0);
    }

    void importIsAudited()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("sources/osm_coworking_5_cities_2026.geojson")),
                             {});
        QSqlQuery q =
            sql::exec(store->database(), QStringLiteral("SELECT user, action, details FROM audit_log"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("test"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("import"));
        QVERIFY(q.value(2).toString().contains(QLatin1String("\"added\":212")));
    }

    void otherFormatsThroughGdal_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstName");
        const QString bzh = QStringLiteral("sources/bzh_fablab_2018-08-15.geojson");
        QTest::newRow("GeoPackage") << "GPKG"
                                    << "gpkg" << bzh << "maplabbzh" << 101 << "MakerSpace56";
        QTest::newRow("Shapefile") << "ESRI Shapefile"
                                   << "shp" << bzh << "maplabbzh" << 101 << "MakerSpace56";
        QTest::newRow("KML") << "KML"
                             << "kml" << bzh << "maplabbzh" << 101 << "MakerSpace56";
        // A spreadsheet has no geometry: the CGET table with its LAT/LONG columns.
        QTest::newRow("ODS") << "ODS"
                             << "ods"
                             << "cget/CGET_TiersLieux_2019.csv"
                             << "cget-2019" << 1512 << "ADE Coworking";
    }
    // Converts a real file with ogr2ogr into each format and imports it: same records.
    void otherFormatsThroughGdal()
    {
        QFETCH(QString, driver);
        QFETCH(QString, suffix);
        QFETCH(QString, from);
        QFETCH(QString, profile);
        QFETCH(int, rows);
        QFETCH(QString, firstName);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("converted.") + suffix);
        QProcess ogr2ogr;
        ogr2ogr.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), driver, path, test::dataPath(from)});
        QVERIFY2(ogr2ogr.waitForFinished(60000) && ogr2ogr.exitCode() == 0,
                 "ogr2ogr (package gdal-bin) is needed");
        test::TemporaryProject project;
        auto store = project.open();
        ImportOptions options;
        options.profile = profile;
        const ImportReport report = Importer(*store).run(path, options);
        QCOMPARE(report.added, rows);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record"), QStringLiteral("lon IS NULL")), 0);
        QCOMPARE(sql::scalar(store->database(),
                             QStringLiteral("SELECT name FROM raw_record WHERE source_key = '1'"))
                     .toString(),
                 firstName);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
