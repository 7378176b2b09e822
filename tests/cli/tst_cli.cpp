// SPDX-License-Identifier: GPL-3.0-or-later
// recoupe-cli end to end: the command names, options and output columns scripts rely on.
#include "TestSupport.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace recoupe;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, const QString& defaultProject = QString(),
        const QString& program = QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RECOUPE_LANG"), QStringLiteral("en"));
    if (!defaultProject.isEmpty())
        environment.insert(QStringLiteral("RECOUPE_DEFAULT_PROJECT"), defaultProject);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void importThenList()
    {
        test::TemporaryProject project;
        const Run imported = cli({QStringLiteral("--project"), project.path(), QStringLiteral("import"),
                                  test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv"))});
        QCOMPARE(imported.code, 0);
        QVERIFY2(imported.out.contains(QLatin1String("1512 added")), qPrintable(imported.out));
        QVERIFY(imported.out.contains(QLatin1String("column CP")));

        const Run records = cli({QStringLiteral("--project"), project.path(), QStringLiteral("records"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(records.code, 0);
        const QStringList lines = records.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1513);
        QVERIFY(lines.first().startsWith(QLatin1String("source,source_key,place_id,name,address,postcode,"
                                                       "commune,website,twitter,facebook,type,lon,lat")));
        QVERIFY(lines.at(1).startsWith(
            QString::fromUtf8("CGET 2019,1,1,ADE Coworking,9 Rue du Petit Châtelier,44300,Nantes,"
                              "http://www.ade-coworking.net,,,coworking,-1.5056020,47.2459350")));
    }

    void jsonListings()
    {
        test::TemporaryProject project;
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--project"), project.path(),
                      test::dataPath(QStringLiteral("sources/fablabs_io_france_2017.json"))})
                     .code,
                 0);
        const Run places = cli({QStringLiteral("--project"), project.path(), QStringLiteral("places"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(places.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(places.out.toUtf8()).array();
        QCOMPARE(array.size(), 135);
        QCOMPARE(array.first().toObject().value(QLatin1String("sources")).toString(),
                 QStringLiteral("fablabs.io"));
        QCOMPARE(array.first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("fablab"));

        const Run sources = cli({QStringLiteral("--project"), project.path(), QStringLiteral("sources")});
        QCOMPARE(sources.code, 0);
        QVERIFY(sources.out.startsWith(QLatin1String("source,profile,records,removed,imports,")));
        QVERIFY(sources.out.contains(QLatin1String("fablabs.io,fablabs-io,135,0,1,")));
    }

    void reimportReportsChanges()
    {
        test::TemporaryProject project;
        const QString p = project.path();
        cli({QStringLiteral("--project"), p, QStringLiteral("import"),
             test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson"))});
        const Run again =
            cli({QStringLiteral("--project"), p, QStringLiteral("import"), QStringLiteral("--json"),
                 test::dataPath(QStringLiteral("sources/bzh_fablab_2020-05-26.geojson"))});
        QCOMPARE(again.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("added")).toInt(), 20);
        QCOMPARE(report.value(QLatin1String("source")).toString(), QStringLiteral("MapLabBZH"));
    }

    void failuresAreClearAndNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent.csv")} << "does not exist";
        QTest::newRow("bad values line")
            << QStringList{QStringLiteral("import"), test::dataPath(QStringLiteral("bad/empty.csv"))}
            << "empty.csv";
        QTest::newRow("unknown profile")
            << QStringList{QStringLiteral("import"), QStringLiteral("--profile"), QStringLiteral("nope"),
                           test::dataPath(QStringLiteral("bad/latin1.csv"))}
            << "Unknown profile";
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("records"), QStringLiteral("--format"), QStringLiteral("xml")}
            << "Unknown format";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command";
        QTest::newRow("no file") << QStringList{QStringLiteral("import")} << "exactly one file";
    }
    void failuresAreClearAndNonZero()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        test::TemporaryProject project;
        const Run run = cli(QStringList{QStringLiteral("--project"), project.path()} + arguments);
        QVERIFY(run.code != 0);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void readingAMissingProjectCreatesNothing()
    {
        QTemporaryDir dir;
        const QString mistyped = dir.filePath(QStringLiteral("projet-mal-tape.recoupe"));
        for (const char* command : {"records", "places", "sources", "match"}) {
            const Run run = cli({QStringLiteral("--project"), mistyped, QString::fromLatin1(command)});
            QVERIFY(run.code != 0);
            QVERIFY2(run.err.contains(QLatin1String("There is no project")), qPrintable(run.err));
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    // Listings work on a project the user may not write; writes are refused before they start, and
    // match prints nothing before saying so. As root every file is writable: the commands then run as
    // user nobody (setpriv, util-linux).
    void readOnlyProject()
    {
        test::TemporaryProject project;
        QCOMPARE(cli({QStringLiteral("--project"), project.path(), QStringLiteral("import"),
                      test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson"))})
                     .code,
                 0);
        QFile::setPermissions(project.folder(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                    QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                    QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile::setPermissions(project.path(),
                              QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const bool root = ::geteuid() == 0;
        if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv: a read-only file cannot be made");
        auto run = [&](const QStringList& arguments) {
            if (!root)
                return cli(arguments);
            QStringList wrapped{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"),
                                QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli")};
            return cli(wrapped + arguments, QString(), QStringLiteral("setpriv"));
        };
        // A parent folder that nobody may enter (a root-only temporary folder) would make every case fail.
        if (root && !QFileInfo(QFileInfo(project.folder()).absolutePath()).isExecutable())
            QSKIP("the temporary folder's parent is not open to other users");
        const QByteArray before = [&] {
            QFile f(project.path());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run records = run({QStringLiteral("--project"), project.path(), QStringLiteral("records")});
        QCOMPARE(records.code, 0);
        QCOMPARE(records.out.count(QLatin1Char('\n')), 102);
        const Run imported = run({QStringLiteral("--project"), project.path(), QStringLiteral("import"),
                                  test::dataPath(QStringLiteral("sources/fablabs_io_france_2017.json"))});
        QVERIFY(imported.code != 0);
        QVERIFY2(imported.err.contains(QLatin1String("the project is read-only")) &&
                     !imported.err.contains(QLatin1String("INSERT")),
                 qPrintable(imported.err));
        const Run matched = run({QStringLiteral("--project"), project.path(), QStringLiteral("match")});
        QVERIFY(matched.code != 0);
        QVERIFY2(matched.err.contains(QLatin1String("the project is read-only")), qPrintable(matched.err));
        QVERIFY2(matched.out.isEmpty(), qPrintable(matched.out));
        // Listing the pairs without keeping them only reads: it works on the read-only project.
        const Run listed = run({QStringLiteral("--project"), project.path(), QStringLiteral("match"),
                                QStringLiteral("--no-save")});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QVERIFY(listed.out.startsWith(QLatin1String("source_a,")));
        QVERIFY(listed.out.count(QLatin1Char('\n')) > 1);
        QFile f(project.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QFile::setPermissions(project.folder(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // Two imports into one new project at once, several times (a race shows only now and then): both
    // land. The one that waits must see the schema the other made and changed (a bulk import drops and
    // remakes indexes and triggers): it once failed with "no such table: place" 9 times in 12.
    void concurrentImportsBothLand_data()
    {
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("secondRecords");
        for (int round = 1; round <= 3; ++round) {
            QTest::addRow("fablabs.io %d", round)
                << QStringLiteral("sources/fablabs_io_france_2017.json") << 135;
            QTest::addRow("Breton map %d", round)
                << QStringLiteral("sources/bzh_fablab_2018-08-15.geojson") << 101;
        }
    }
    void concurrentImportsBothLand()
    {
        QFETCH(QString, second);
        QFETCH(int, secondRecords);
        test::TemporaryProject project;
        QList<QProcess*> processes;
        for (const QString& file : {QStringLiteral("cget/CGET_TiersLieux_2019.csv"), second}) {
            auto* process = new QProcess(this);
            process->start(QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli"),
                           {QStringLiteral("--project"), project.path(), QStringLiteral("import"),
                            QStringLiteral("--quiet"), test::dataPath(file)});
            processes << process;
        }
        for (QProcess* process : std::as_const(processes)) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        const Run records = cli({QStringLiteral("--project"), project.path(), QStringLiteral("records")});
        QCOMPARE(records.out.count(QLatin1Char('\n')), 1 + 1512 + secondRecords);
        qDeleteAll(processes);
    }

    void helpForEachCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* c : {"import", "records", "places", "sources", "match", "decide", "review", "merge",
                              "split", "export", "snapshots", "diff"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void helpForEachCommand()
    {
        QFETCH(QString, command);
        const Run run = cli({command, QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("--project")));
        QVERIFY(run.out.contains(QLatin1String("--help")));
    }

    // export / snapshots / diff: contract columns, a merge between two snapshots, bad inputs refused.
    void exportSnapshotsDiff()
    {
        test::TemporaryProject project;
        const QString p = project.path();
        const auto args = [&p](QStringList rest) {
            return QStringList{QStringLiteral("--project"), p} + rest;
        };
        QCOMPARE(cli(args({"import", test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv"))})).code,
                 0);
        const QString first = QDir(project.folder()).filePath(QStringLiteral("a.csv"));
        const Run exported = cli(args({"export", first, "--public"}));
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.out.contains(QLatin1String("Snapshot 1: 1512 places")), qPrintable(exported.out));
        QVERIFY(QFile::exists(QDir(project.folder()).filePath(QStringLiteral("a.metadata.json"))));
        QVERIFY(QFile::exists(QDir(project.folder()).filePath(QStringLiteral("a.schema.json"))));
        QCOMPARE(cli(args({"merge", "1", "2"})).code, 0);
        QCOMPARE(cli(args({"export", QDir(project.folder()).filePath(QStringLiteral("b.gpkg")), "--layout",
                           "recoupe", "--public"}))
                     .code,
                 0);
        const Run list = cli(args({"snapshots"}));
        QCOMPARE(list.code, 0);
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first(), QStringLiteral("snapshot,at,user,layout,format,public,places,file,sha256"));
        QVERIFY(lines.at(2).startsWith(QLatin1String("2,")));
        QVERIFY(lines.at(2).contains(QLatin1String(",recoupe,gpkg,1,1511,")));
        const Run diff = cli(args({"diff", "1", "2", "--format", "csv"}));
        QCOMPARE(diff.code, 0);
        QVERIFY(diff.out.startsWith(QLatin1String("change,place_id,field,old_value,new_value\n")));
        QVERIFY2(diff.out.contains(QLatin1String("merged,2,place_id,2,1")), qPrintable(diff.out));
        const Run json = cli(args({"diff", "1", "2", "--format", "json"}));
        QCOMPARE(json.code, 0);
        QVERIFY(json.out.contains(QLatin1String("\"change\":\"merged\"")));
        // Refused, nothing written: the project as output, an unknown format, an unknown snapshot.
        QVERIFY(cli(args({"export", p})).code != 0);
        QVERIFY(cli(args({"export", first, "--format", "shp"})).code != 0);
        QVERIFY(cli(args({"diff", "1", "9"})).code != 0);
        QCOMPARE(cli(args({"snapshots"})).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    }

    // merge / split / review: the contract columns, a field taken from the second place, the kept id
    // printed, the absorbed place listed only with --all, split printing the restored ids, and a pair
    // decided different kept out of later searches.
    // classify --suggest lists place_id,type,suggested_type,confidence,reason; classify IDS --type sets them.
    void classifySuggestAndSet()
    {
        test::TemporaryProject project;
        const QString p = project.path();
        QCOMPARE(cli({QStringLiteral("--project"), p, QStringLiteral("import"),
                      test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv"))})
                     .code,
                 0);
        const Run suggest =
            cli({QStringLiteral("--project"), p, QStringLiteral("classify"), QStringLiteral("--suggest"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(suggest.code, 0);
        const QStringList lines = suggest.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("place_id,type,suggested_type,confidence,reason"));
        QCOMPARE(lines.size(), 1 + 49); // the 49 places without TYPO
        const Run json =
            cli({QStringLiteral("--project"), p, QStringLiteral("classify"), QStringLiteral("--suggest"),
                 QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 1512);

        const Run set = cli({QStringLiteral("--project"), p, QStringLiteral("classify"), QStringLiteral("1"),
                             QStringLiteral("2"), QStringLiteral("--type"), QStringLiteral("excluded"),
                             QStringLiteral("--reason"), QStringLiteral("centre_affaires")});
        QCOMPARE(set.code, 0);
        const Run noReason = cli({QStringLiteral("--project"), p, QStringLiteral("classify"),
                                  QStringLiteral("3"), QStringLiteral("--type"), QStringLiteral("excluded")});
        QVERIFY(noReason.code != 0);
        QVERIFY(!noReason.err.isEmpty());
        const Run badType = cli({QStringLiteral("--project"), p, QStringLiteral("classify"),
                                 QStringLiteral("3"), QStringLiteral("--type"), QStringLiteral("hotel")});
        QVERIFY(badType.code != 0);
        Store store(p, Store::Access::Read);
        QCOMPARE(test::rowCount(store, QStringLiteral("place"),
                                QStringLiteral("type = 3 AND exclusion_reason = 'centre_affaires'")),
                 qint64(2));
        QCOMPARE(test::rowCount(store, QStringLiteral("audit_log"), QStringLiteral("action = 'classify'")),
                 qint64(1));
    }

    void reviewMergeSplit()
    {
        test::TemporaryProject project;
        const QString p = project.path();
        QCOMPARE(cli({QStringLiteral("--project"), p, QStringLiteral("import"),
                      test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv"))})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("--project"), p, QStringLiteral("match")}).code, 0);
        const Run review = cli({QStringLiteral("--project"), p, QStringLiteral("review"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(review.code, 0);
        const QStringList reviewLines = review.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(
            reviewLines.first(),
            QStringLiteral(
                "group,place_a,place_b,source_a,key_a,source_b,key_b,score,verdict,decision,explanation"));
        QVERIFY(reviewLines.size() > 100);
        QVERIFY(reviewLines.at(1).startsWith(QLatin1String("1,")));

        const auto placeRows = [&](bool all) {
            QStringList args{QStringLiteral("--project"), p, QStringLiteral("places")};
            if (all)
                args << QStringLiteral("--all");
            return cli(args).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        const QStringList before = placeRows(false);
        // Places 1188 and 1430 hold the records of those keys (one place per record after an import).
        const Run merged =
            cli({QStringLiteral("--project"), p, QStringLiteral("merge"), QStringLiteral("1188"),
                 QStringLiteral("1430"), QStringLiteral("--take"), QStringLiteral("website=1430"),
                 QStringLiteral("--set"), QStringLiteral("commune=Vannes")});
        QVERIFY2(merged.code == 0, qPrintable(merged.err));
        QCOMPARE(merged.out.trimmed(), QStringLiteral("1188"));
        const QStringList after = placeRows(false);
        QCOMPARE(after.size(), before.size() - 1);
        QCOMPARE(placeRows(true).size(), before.size());
        QString kept;
        QString website1430;
        for (const QString& line : after) {
            if (line.startsWith(QLatin1String("1188,")))
                kept = line;
        }
        for (const QString& line : before) {
            if (line.startsWith(QLatin1String("1430,")))
                website1430 = line.section(QLatin1Char(','), 5, 5);
        }
        QVERIFY(!website1430.isEmpty());
        QCOMPARE(kept.section(QLatin1Char(','), 5, 5), website1430);
        QVERIFY2(kept.contains(QLatin1String(",active,2,CGET 2019")), qPrintable(kept));
        QVERIFY(cli({QStringLiteral("--project"), p, QStringLiteral("review")})
                    .out.contains(QLatin1String(",same,")));

        // Bad merges: a single place, an unknown field, a place not in the merge.
        QVERIFY(cli({QStringLiteral("--project"), p, QStringLiteral("merge"), QStringLiteral("5")}).code !=
                0);
        const Run badField =
            cli({QStringLiteral("--project"), p, QStringLiteral("merge"), QStringLiteral("5"),
                 QStringLiteral("6"), QStringLiteral("--take"), QStringLiteral("colour=6")});
        QVERIFY(badField.code != 0);
        QVERIFY(badField.err.contains(QLatin1String("colour")));
        QVERIFY(cli({QStringLiteral("--project"), p, QStringLiteral("merge"), QStringLiteral("5"),
                     QStringLiteral("6"), QStringLiteral("--take"), QStringLiteral("name=7")})
                    .code != 0);

        const Run split =
            cli({QStringLiteral("--project"), p, QStringLiteral("split"), QStringLiteral("1188")});
        QVERIFY2(split.code == 0, qPrintable(split.err));
        QCOMPARE(split.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("1188"), QStringLiteral("1430")}));
        QCOMPARE(placeRows(false), before);
        QVERIFY(cli({QStringLiteral("--project"), p, QStringLiteral("split"), QStringLiteral("1188")}).code !=
                0);
        // The split pair is now "different": never proposed again.
        QVERIFY(!cli({QStringLiteral("--project"), p, QStringLiteral("match")})
                     .out.contains(QLatin1String("CGET 2019,1188,CGET 2019,1430,")));
    }

    void defaultProjectIsSeeded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("default.recoupe"));
        const Run run = cli({QStringLiteral("places")}, path);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1513);
    }

    void frenchMessages()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RECOUPE_LANG"), QStringLiteral("fr"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli"), {QStringLiteral("frobnicate")});
        QVERIFY(process.waitForFinished());
        QVERIFY2(
            QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("commande inconnue")),
            "French is the default language of the command line");
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
