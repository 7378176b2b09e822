// SPDX-License-Identifier: GPL-3.0-or-later
// An import interrupted. kill -9: `recoupe-cli import` is killed at several moments of a first import and of
// a re-import. Each time the project must hold exactly what it held before (same content, integrity ok; for
// the re-import, the project file byte for byte), or, when the kill came after the commit, the whole import.
// A full disk: the import runs with the size of the files it writes limited, and must fail with a sentence
// (no SQL) and leave the project as it was.
#include "TestSupport.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace recoupe;

namespace {

// Everything the project holds, table by table, as one digest; and its integrity check. Opened with a plain
// connection (not a Store), which plays back a journal a kill left behind, as any opening does.
struct Content
{
    QByteArray digest;
    QString integrity;
    qint64 records = 0;
    qint64 imports = 0;
};

Content contentOf(const QString& path)
{
    Content content;
    const QString name = QStringLiteral("kill-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return content;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA integrity_check"));
        content.integrity = q.next() ? q.value(0).toString() : QString();
        QStringList tables;
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& table : std::as_const(tables)) {
            hash.addData(table.toUtf8());
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i) {
                    hash.addData(rows.value(i).toString().toUtf8());
                    hash.addData(QByteArrayView("\x1f", 1));
                }
            }
        }
        content.digest = hash.result();
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM raw_record), (SELECT count(*) FROM import_run)"));
        if (q.next()) {
            content.records = q.value(0).toLongLong();
            content.imports = q.value(1).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return content;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Starts the import and kills it after `delayMs`; true when it was killed before it ended by itself.
bool importKilledAfter(const QString& project, const QString& file, int delayMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    // A 1 MiB page cache: SQLite then writes pages into the project (rollback journal) or the log (WAL) long
    // before the commit, the moments a kill could leave a half-written project behind.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RECOUPE_IMPORT_CACHE_MIB"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli"),
                  {QStringLiteral("--project"), project, QStringLiteral("import"), file});
    if (!process.waitForStarted())
        return false;
    const bool finished = process.waitForFinished(delayMs);
    if (!finished) {
        process.kill(); // SIGKILL
        process.waitForFinished();
    }
    return !finished;
}

struct Run
{
    int code = -1;
    QString err;
};

// Runs the import with every file it writes limited to `limitBytes` (RLIMIT_FSIZE with SIGXFSZ ignored: a
// write past the limit fails, as on a full disk; the project, its log and SQLite's temporary files alike).
Run importOnFullDisk(const QString& project, const QString& file, qint64 limitBytes, int cacheMiB)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RECOUPE_LANG"), QStringLiteral("en"));
    if (cacheMiB > 0)
        environment.insert(QStringLiteral("RECOUPE_IMPORT_CACHE_MIB"), QString::number(cacheMiB));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([limitBytes] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(limitBytes), rlim_t(limitBytes)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli"),
                  {QStringLiteral("--project"), project, QStringLiteral("import"), file});
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The import failed with a sentence that says the disk is full, not SQL; false (and the test failed) if not.
bool refusedForFullDisk(const Run& run)
{
    [&] {
        QVERIFY2(run.code != 0 && run.code != -1, qPrintable(QString::number(run.code) + run.err));
        QVERIFY2(run.err.contains(QLatin1String("is full")) ||
                     run.err.contains(QLatin1String("could not be read or written")),
                 qPrintable(run.err));
        for (const char* sql : {"INSERT", "UPDATE", "SELECT", "CREATE"})
            QVERIFY2(!run.err.contains(QLatin1String(sql)), qPrintable(run.err));
    }();
    return !QTest::currentTestFailed();
}

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private slots:
    void firstImport()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        test::writeCgetCopies(csv, 8, false);
        const QString project = dir.filePath(QStringLiteral("p.recoupe"));
        {
            Store store(project, Store::Access::Create);
        }
        const Content before = contentOf(project);
        QCOMPARE(before.integrity, QStringLiteral("ok"));
        QCOMPARE(before.records, 0);
        int killed = 0;
        for (int delayMs : {60, 250, 600, 1100}) {
            const bool wasKilled = importKilledAfter(project, csv, delayMs);
            const Content after = contentOf(project);
            QCOMPARE(after.integrity, QStringLiteral("ok"));
            if (after.imports == before.imports) {
                QVERIFY2(after.digest == before.digest, qPrintable(QString::number(delayMs)));
                killed += wasKilled ? 1 : 0;
            } else {
                // The kill came after the commit: the whole import is there, and the project is kept as is.
                QCOMPARE(after.imports, before.imports + 1);
                QCOMPARE(after.records, 8 * 1512);
                break;
            }
        }
        QVERIFY2(killed >= 1, "no kill landed during the import");
        // The project is usable afterwards, back in WAL mode.
        Store store(project);
        QCOMPARE(sql::scalar(store.database(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }

    void reimport()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        const QString changed = dir.filePath(QStringLiteral("rows.changed.csv"));
        test::writeCgetCopies(csv, 4, false);
        test::writeCgetCopies(changed, 4, true);
        const QString project = dir.filePath(QStringLiteral("p.recoupe"));
        QVERIFY(!importKilledAfter(project, csv, 60000));
        const Content before = contentOf(project);
        QCOMPARE(before.integrity, QStringLiteral("ok"));
        QCOMPARE(before.records, 4 * 1512);
        const QByteArray bytes = bytesOf(project);
        int killed = 0;
        for (int delayMs : {60, 300, 700}) {
            const bool wasKilled = importKilledAfter(project, changed, delayMs);
            const QByteArray bytesAfter = bytesOf(project); // before any opening plays back the log
            const Content after = contentOf(project);
            QCOMPARE(after.integrity, QStringLiteral("ok"));
            if (after.imports != before.imports) {
                // The kill came after the commit: the whole re-import is there.
                QCOMPARE(after.imports, before.imports + 1);
                QCOMPARE(after.records, 4 * 1512);
                break;
            }
            QVERIFY2(after.digest == before.digest, qPrintable(QString::number(delayMs)));
            QVERIFY2(bytesAfter == bytes, qPrintable(QString::number(delayMs)));
            killed += wasKilled ? 1 : 0;
        }
        QVERIFY2(killed >= 1, "no kill landed during the re-import");
    }

    // The disk fills during a first import or a re-import, with SQLite writing early (1 MiB of page cache)
    // or only at the commit: the import says so in a sentence and the project is left as it was.
    // A first import into a project that does not exist yet: made under a temporary name without a journal,
    // then renamed into place. A kill leaves no project, or the whole of it; what a killed import left
    // beside is removed by the next import into that path.
    void newProject()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        test::writeCgetCopies(csv, 8, false);
        const QString project = dir.filePath(QStringLiteral("p.recoupe"));
        int killed = 0;
        for (int delayMs : {60, 250, 600, 1100, 1800}) {
            const bool wasKilled = importKilledAfter(project, csv, delayMs);
            if (!QFileInfo::exists(project)) {
                QVERIFY(wasKilled);
                ++killed;
                continue;
            }
            const Content after = contentOf(project);
            QCOMPARE(after.integrity, QStringLiteral("ok"));
            QCOMPARE(after.records, 8 * 1512);
            break;
        }
        QVERIFY2(killed >= 1, "no kill landed during the import");
        if (QFileInfo::exists(project))
            QVERIFY(QFile::remove(project));
        QVERIFY(!importKilledAfter(project, csv, 60000));
        QCOMPARE(contentOf(project).records, 8 * 1512);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("p.recoupe.*")}, QDir::Files | QDir::Hidden),
                 QStringList());
        Store store(project);
        QCOMPARE(sql::scalar(store.database(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }

    // The disk full during a first import into a new project: refused with a sentence, and nothing left.
    void newProjectOnFullDisk()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        test::writeCgetCopies(csv, 3, false);
        const QString project = dir.filePath(QStringLiteral("p.recoupe"));
        const Run run = importOnFullDisk(project, csv, qint64(1) << 20, 1);
        if (!refusedForFullDisk(run))
            return;
        QVERIFY(!QFileInfo::exists(project));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("p.recoupe*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void fullDisk_data()
    {
        QTest::addColumn<bool>("reimport");
        QTest::addColumn<qint64>("room");
        QTest::addColumn<int>("cacheMiB");
        for (const bool reimport : {false, true}) {
            for (const qint64 room : {qint64(64) << 10, qint64(1) << 20}) {
                for (const int cache : {1, 0})
                    QTest::addRow("%s, %lld KiB free, cache %s", reimport ? "re-import" : "first import",
                                  room >> 10, cache ? "1 MiB" : "default")
                        << reimport << room << cache;
            }
        }
    }
    void fullDisk()
    {
        QFETCH(bool, reimport);
        QFETCH(qint64, room);
        QFETCH(int, cacheMiB);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        const QString changed = dir.filePath(QStringLiteral("rows.changed.csv"));
        test::writeCgetCopies(csv, 3, false);
        test::writeCgetCopies(changed, 3, true);
        const QString project = dir.filePath(QStringLiteral("p.recoupe"));
        if (reimport)
            QVERIFY(!importKilledAfter(project, csv, 60000));
        else
            Store(project, Store::Access::Create);
        const Content before = contentOf(project);
        QCOMPARE(before.integrity, QStringLiteral("ok"));
        // No file may grow past `room`: the log, the temporary files, the project itself (a re-import's
        // project is already larger, and can only be written within what it holds).
        const Run run = importOnFullDisk(project, reimport ? changed : csv, room, cacheMiB);
        if (!refusedForFullDisk(run))
            return;
        const Content after = contentOf(project);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        QVERIFY(after.digest == before.digest);
        // With room again, the same import lands.
        QVERIFY(!importKilledAfter(project, reimport ? changed : csv, 60000));
        QCOMPARE(contentOf(project).records, 3 * 1512);
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_import_kill.moc"
