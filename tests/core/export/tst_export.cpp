// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots of the real CGET project in each format, read back through GDAL; public mode; formula
// neutralisation; atomic write under a failure and a cancel; the output never the project; round trip.
#include "Error.h"
#include "ExportTestSupport.h"
#include "export/CellSafety.h"
#include "export/ExportColumns.h"
#include "export/FlatJson.h"
#include "store/PlaceQueries.h"
#include "store/ProjectQueries.h"
#include "store/SnapshotStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace recoupe;
using namespace recoupe::exporting;

namespace {

const QStringList cgetPublicColumns{
    "ID",          "NOM_TL",  "ADRESSE",  "CP",       "COMINIT", "INSEECOM",   "NOMCOM",
    "WEB",         "TWITTER", "FACEBOOK", "TYPO",     "LAT",     "LONG",       "GEOCOD",
    "PRECISION",   "METRO",   "NOMMETRO", "INSEEREG", "NOMREG",  "INSEEMETRO", "INSEEDEP",
    "NOMCOMMETRO", "POPCOM",  "COMCLASS", "INSEE_ZE", "NOM_ZE",  "CLASS_ZE",   "POP_ZE"};

// Fake personal data only (never real people in fixtures).
const QByteArray personalSource =
    "ID,NOM_TL,ADRESSE,CP,NOMCOM,WEB,TYPO,LAT,LONG,CONTACT,MAIL\n"
    "1,Atelier Exemple,\"3 rue du Test, écrire à contact.atelier@example.org ou 06 12 34 56 "
    "78\",35000,Rennes,"
    "www.example.org,Tiers lieux à dominante fablab,48.11,-1.68,Jeanne Exemple,jeanne.exemple@example.org\n"
    "2,\"=HYPERLINK(\"\"http://x.example\"\")\",1 rue A,75001,Paris,,,48.86,2.34,,\n"
    "3,@SUM(A1),-rue B,75002,Paris,,Tiers lieux à dominante coworking,48.87,2.35,,\n";

std::unique_ptr<Store> personalProject(const test::TemporaryProject& project)
{
    auto store = project.open();
    const QString csv = test::writeFile(project.folder(), QStringLiteral("personal.csv"), personalSource);
    ImportOptions options;
    options.profile = QStringLiteral("cget-2019");
    options.sourceName = QStringLiteral("personal");
    Importer(*store).run(csv, options);
    return store;
}

QStringList sortedPlaces(Store& store)
{
    QStringList out;
    queries::forEachPlace(store.database(), [&out](const QVariantList& v) {
        QStringList fields;
        for (int i = 1; i <= 10; ++i) // name … lat
            fields << v.at(i).toString();
        out << fields.join(u'|');
    });
    out.sort();
    return out;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void eachFormatReadsBackThroughGdal_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(Format::Csv);
        QTest::newRow("geojson") << int(Format::GeoJson);
        QTest::newRow("gpkg") << int(Format::Gpkg);
        QTest::newRow("xlsx") << int(Format::Xlsx);
    }
    void eachFormatReadsBackThroughGdal()
    {
        QFETCH(int, format);
        test::TemporaryProject project;
        auto store = test::cgetProject(project);
        ExportOptions options;
        options.format = Format(format);
        const QString out = QDir(project.folder()).filePath(Exporter::suggestedFileName(options.format));
        const ExportResult result = Exporter(*store).run(out, options);
        QCOMPARE(result.places, 1512);
        QVERIFY(QFileInfo(out).fileName().endsWith(QStringLiteral("_recoupe_tiers-lieux.") +
                                                   formatKey(options.format)));

        const test::OgrTable t = test::readWithGdal(out);
        QCOMPARE(t.featureCount, 1512);
        QCOMPARE(t.columns, cgetPublicColumns);
        const int id = int(t.columns.indexOf("ID")), name = int(t.columns.indexOf("NOM_TL")),
                  lat = int(t.columns.indexOf("LAT")), lon = int(t.columns.indexOf("LONG")),
                  region = int(t.columns.indexOf("NOMREG")), cp = int(t.columns.indexOf("INSEEDEP"));
        // The file's ID 2, "Anticafé" at 6 rue du Château d'Eau, Paris (accents kept).
        int row = -1;
        for (int i = 0; i < int(t.rows.size()); ++i) {
            if (t.rows.at(i).at(name) == QStringLiteral("Anticafé") &&
                t.rows.at(i).at(int(t.columns.indexOf("ADRESSE"))) ==
                    QStringLiteral("6 Rue du Château d'Eau"))
                row = i;
        }
        QVERIFY(row >= 0);
        const auto fields = placeQueries::fields(store->database(), t.rows.at(row).at(id).toLongLong());
        QVERIFY(fields && fields->name == QStringLiteral("Anticafé")); // ID is the stable place id
        QCOMPARE(t.rows.at(row).at(lat).toDouble(), 48.869483);
        QCOMPARE(t.rows.at(row).at(lon).toDouble(), 2.361539);
        QCOMPARE(t.rows.at(row).at(region), QStringLiteral("Île-de-France"));
        if (options.format == Format::GeoJson || options.format == Format::Gpkg) {
            QCOMPARE(t.points.at(row).first, 2.361539);
            QCOMPARE(t.points.at(row).second, 48.869483);
        }
        // A code with a leading zero (département 01) stays text.
        bool leadingZero = false;
        for (const QStringList& r : t.rows)
            leadingZero = leadingZero || r.at(cp).startsWith(u'0');
        QVERIFY(leadingZero);
        // The sidecars.
        const QJsonObject metadata = QJsonDocument::fromJson(test::readAll(result.metadataFile)).object();
        QCOMPARE(metadata.value("licence").toString(), QStringLiteral("Licence Ouverte 2.0"));
        QCOMPARE(metadata.value("places").toInt(), 1512);
        QCOMPARE(metadata.value("sha256").toString(), result.sha256);
        QVERIFY(!metadata.value("last_update").toString().isEmpty());
        QVERIFY(!metadata.value("sources").toArray().isEmpty());
        QVERIFY(!metadata.value("places_by_region").toArray().isEmpty());
        const QJsonObject schema = QJsonDocument::fromJson(test::readAll(result.schemaFile)).object();
        QCOMPARE(schema.value("fields").toArray().size(), cgetPublicColumns.size());
        QCOMPARE(schema.value("primaryKey").toString(), QStringLiteral("ID"));
        // Recorded in the project.
        const auto recorded = snapshots::find(store->database(), result.snapshotId);
        QVERIFY(recorded);
        QCOMPARE(recorded->places, 1512);
        QCOMPARE(recorded->sha256, result.sha256);
    }

    void recoupeLayoutHasTypeAndExclusionReason()
    {
        test::TemporaryProject project;
        auto store = test::cgetProject(project);
        ExportOptions options;
        options.layout = Layout::Recoupe;
        options.format = Format::Gpkg;
        const QString out = QDir(project.folder()).filePath("modern.gpkg");
        Exporter(*store).run(out, options);
        const test::OgrTable t = test::readWithGdal(out);
        QCOMPARE(t.featureCount, 1512);
        for (const char* c :
             {"place_id", "type", "exclusion_reason", "region", "ze2020_class", "sources", "last_reviewed"})
            QVERIFY2(t.columns.contains(QString::fromLatin1(c)), c);
        QVERIFY(!t.columns.contains("email"));
    }

    void publicModeHasNoPersonalData_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("format");
        for (int layout : {int(Layout::Cget2019), int(Layout::Recoupe)}) {
            for (int format : {int(Format::Csv), int(Format::GeoJson), int(Format::Gpkg), int(Format::Xlsx)})
                QTest::addRow("%s-%s", qPrintable(layoutKey(Layout(layout))),
                              qPrintable(formatKey(Format(format))))
                    << layout << format;
        }
    }
    void publicModeHasNoPersonalData()
    {
        QFETCH(int, layout);
        QFETCH(int, format);
        test::TemporaryProject project;
        auto store = personalProject(project);
        ExportOptions options;
        options.layout = Layout(layout);
        options.format = Format(format);
        const QString out = QDir(project.folder()).filePath("public." + formatKey(options.format));
        const ExportResult result = Exporter(*store).run(out, options);
        QCOMPARE(result.emailsRemoved, 1);
        QCOMPARE(result.phonesRemoved, 1);
        const test::OgrTable t = test::readWithGdal(out);
        QCOMPARE(t.featureCount, 3);
        for (const QString& forbidden : {"CONTACT", "MAIL", "contact", "email", "phone"})
            QVERIFY(!t.columns.contains(forbidden));
        for (const QStringList& row : t.rows) {
            for (const QString& cell : row) {
                QVERIFY2(!cell.contains("example.org") || cell.contains("http://www.example.org"),
                         qPrintable(cell));
                QVERIFY2(!cell.contains("Jeanne") && !cell.contains("06 12 34 56 78"), qPrintable(cell));
            }
        }
        // The rest of the address stays.
        bool addressKept = false;
        for (const QStringList& row : t.rows)
            addressKept = addressKept || row.contains(QStringLiteral("3 rue du Test, écrire à ou"));
        QVERIFY(addressKept);
        const QByteArray metadata = test::readAll(result.metadataFile);
        QVERIFY(metadata.contains("personal data"));
        // Not public: the personal columns are there.
        options.publicOnly = false;
        const QString privateOut = QDir(project.folder()).filePath("private." + formatKey(options.format));
        Exporter(*store).run(privateOut, options);
        const test::OgrTable p = test::readWithGdal(privateOut);
        QVERIFY(p.columns.contains(options.layout == Layout::Cget2019 ? "MAIL" : "email"));
    }

    // The export's JSON reader gives what json_extract gave: escapes decoded, numbers as text, true as 1,
    // null as absent (the next key of the group wins), the first of duplicated keys, nested values by
    // QJsonDocument; no object at all reads as nothing.
    void flatJsonReadsLikeJsonExtract()
    {
        exporting::FlatJson json({{QStringLiteral("A")},
                                  {QStringLiteral("B"), QStringLiteral("b")},
                                  {QStringLiteral("N")},
                                  {QStringLiteral("T")}});
        std::vector<QString> v;
        json.read("{\"A\":\"caf\\u00e9 "
                  "\\\"x\\\"\\n\\ud83d\\ude00\",\"B\":null,\"b\":\"second\",\"N\":12.5,\"T\":true,"
                  "\"A\":\"dup\"}",
                  v);
        QCOMPARE(v.size(), size_t(4));
        QCOMPARE(v[0], QStringLiteral("café \"x\"\n") + QString::fromUcs4(U"\U0001F600"));
        QCOMPARE(v[1], QStringLiteral("second"));
        QCOMPARE(v[2], QStringLiteral("12.5"));
        QCOMPARE(v[3], QStringLiteral("1"));
        json.read(" { \"A\" : \"é\" , \"N\" : {\"x\":1} } ", v);
        QCOMPARE(v[0], QStringLiteral("é"));
        QVERIFY(v[1].isNull());
        QCOMPARE(v[2], QStringLiteral("{\"x\":1}"));
        json.read(std::string_view(), v);
        QVERIFY(v[0].isNull() && v[3].isNull());
        json.read("not json", v);
        QVERIFY(v[0].isNull());
    }

    void scrubberLeavesOrdinaryText()
    {
        PersonalDataScrubber s;
        QCOMPARE(s.scrub("Fablab @Corner_Cow, 12 rue des 3 Lions"),
                 QStringLiteral("Fablab @Corner_Cow, 12 rue des 3 Lions"));
        QCOMPARE(s.scrub("http://medium.com/@lab"), QStringLiteral("http://medium.com/@lab"));
        QCOMPARE(s.scrub("Tél. : +33 (0)6 12 34 56 78"), QStringLiteral("Tél."));
        QCOMPARE(s.scrub("SIRET 12345678901234"), QStringLiteral("SIRET 12345678901234"));
        QCOMPARE(s.phonesRemoved(), 1);
    }

    void formulasAreNeutralised()
    {
        QVERIFY(needsNeutralising("=1+1"));
        QVERIFY(needsNeutralising("+33 tricky"));
        QVERIFY(needsNeutralising("-rue"));
        QVERIFY(needsNeutralising("@SUM(A1)"));
        QVERIFY(needsNeutralising("\tx"));
        QVERIFY(needsNeutralising("\rx"));
        QVERIFY(!needsNeutralising("-1.5"));
        QVERIFY(!needsNeutralising("+33"));
        QVERIFY(!needsNeutralising("Rennes"));

        test::TemporaryProject project;
        auto store = personalProject(project);
        for (Format format : {Format::Csv, Format::Xlsx, Format::GeoJson}) {
            ExportOptions options;
            options.format = format;
            const QString out = QDir(project.folder()).filePath("f." + formatKey(format));
            Exporter(*store).run(out, options);
            const test::OgrTable t = test::readWithGdal(out);
            const int name = int(t.columns.indexOf("NOM_TL")), lon = int(t.columns.indexOf("LONG"));
            QStringList names;
            for (const QStringList& row : t.rows)
                names << row.at(name);
            const bool spreadsheet = format != Format::GeoJson;
            QVERIFY2(names.contains(spreadsheet ? "'=HYPERLINK(\"http://x.example\")"
                                                : "=HYPERLINK(\"http://x.example\")"),
                     qPrintable(names.join(" | ")));
            QVERIFY(names.contains(spreadsheet ? "'@SUM(A1)" : "@SUM(A1)"));
            // Numbers and coordinates untouched: the negative longitude stays a number.
            bool negative = false;
            for (const QStringList& row : t.rows)
                negative = negative || row.at(lon) == QStringLiteral("-1.68");
            QVERIFY(negative);
        }
    }

    void failureAndCancelLeaveThePreviousFile()
    {
        test::TemporaryProject project;
        auto store = test::cgetProject(project);
        for (Format format : {Format::Csv, Format::Gpkg, Format::Xlsx}) {
            ExportOptions options;
            options.format = format;
            const QString out = QDir(project.folder()).filePath("atomic." + formatKey(format));
            Exporter(*store).run(out, options);
            const QByteArray before = test::readAll(out);
            const QByteArray metadataBefore = test::readAll(Exporter::metadataPath(out));
            const qint64 snapshotsBefore = test::rowCount(*store, "snapshot");
            const qint64 placesBefore = test::rowCount(*store, "snapshot_place");
            // A failure half-way (a full disk, say), then a cancel.
            auto failing = [](qint64 done, qint64) -> bool {
                if (done >= 1000)
                    throw Error(QStringLiteral("simulated failure"));
                return true;
            };
            QVERIFY_THROWS_EXCEPTION(Error, Exporter(*store).run(out, options, failing));
            auto cancelling = [](qint64 done, qint64) { return done < 1000; };
            QVERIFY_THROWS_EXCEPTION(Cancelled, Exporter(*store).run(out, options, cancelling));
            QCOMPARE(test::readAll(out), before);
            QCOMPARE(test::readAll(Exporter::metadataPath(out)), metadataBefore);
            QCOMPARE(test::rowCount(*store, "snapshot"), snapshotsBefore);
            QCOMPARE(test::rowCount(*store, "snapshot_place"), placesBefore);
            const QStringList left = QDir(project.folder()).entryList(QDir::Files | QDir::Hidden);
            for (const QString& f : left)
                QVERIFY2(!f.contains(".part-"), qPrintable(f));
        }
    }

    void outputIsNeverTheProject()
    {
        test::TemporaryProject project;
        auto store = test::cgetProject(project);
        const QByteArray before = test::readAll(project.path());
        for (const QString& out : {project.path(), project.path() + "-wal",
                                   QDir(project.folder()).filePath("other.recoupe"), project.folder()}) {
            QVERIFY_THROWS_EXCEPTION(Error, Exporter(*store).run(out, {}));
        }
        // The project named with its sidecar's name: X.recoupe would have X.metadata.json, never itself.
        QCOMPARE(test::rowCount(*store, "snapshot"), 0);
        QCOMPARE(queries::placeCount(store->database()), 1512);
        QVERIFY(!before.isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("semicolon");
        QTest::newRow("cget2019-csv") << int(Layout::Cget2019) << int(Format::Csv) << false;
        QTest::newRow("cget2019-csv-semicolon") << int(Layout::Cget2019) << int(Format::Csv) << true;
        QTest::newRow("recoupe-csv") << int(Layout::Recoupe) << int(Format::Csv) << false;
        QTest::newRow("recoupe-geojson") << int(Layout::Recoupe) << int(Format::GeoJson) << false;
        QTest::newRow("recoupe-gpkg") << int(Layout::Recoupe) << int(Format::Gpkg) << false;
        QTest::newRow("cget2019-xlsx") << int(Layout::Cget2019) << int(Format::Xlsx) << false;
    }
    void roundTrip()
    {
        QFETCH(int, layout);
        QFETCH(int, format);
        QFETCH(bool, semicolon);
        test::TemporaryProject project;
        auto store = test::cgetProject(project);
        ExportOptions options;
        options.layout = Layout(layout);
        options.format = Format(format);
        options.semicolon = semicolon;
        options.publicOnly = false; // a public snapshot leaves out an e-mail written as a website
        const QString out = QDir(project.folder()).filePath("rt." + formatKey(options.format));
        Exporter(*store).run(out, options);

        test::TemporaryProject second;
        auto back = second.open();
        const ImportReport report = Importer(*back).run(out, {});
        QCOMPARE(report.added, 1512);
        QCOMPARE(sortedPlaces(*back), sortedPlaces(*store));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
