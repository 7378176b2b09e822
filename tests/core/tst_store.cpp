// SPDX-License-Identifier: GPL-3.0-or-later
// The project store: schema, migrations, settings, transactions.
#include "Error.h"
#include "TestSupport.h"
#include "store/MatchQueries.h"
#include "store/Schema.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace recoupe;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void createsLatestSchema()
    {
        test::TemporaryProject project;
        auto store = project.open();
        QCOMPARE(store->schemaVersion(), schema::latestVersion());
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("PRAGMA page_size")).toInt(), 16384);
        for (const char* table :
             {"source", "import_run", "raw_record", "raw_record_history", "place", "place_record",
              "field_origin", "pair_decision", "audit_log", "place_fts"}) {
            QVERIFY2(sql::scalar(store->database(),
                                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                                 {QString::fromLatin1(table)})
                             .toInt() == 1,
                     table);
        }
    }

    void reopensWithoutMigrating()
    {
        test::TemporaryProject project;
        project.open();
        auto again = project.open();
        QCOMPARE(again->schemaVersion(), schema::latestVersion());
    }

    // Every migration is run from the version before it, on a file holding data of that version.
    void migratesStepByStep()
    {
        for (int from = 0; from < schema::latestVersion(); ++from) {
            test::TemporaryProject project;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
                db.setDatabaseName(project.path());
                QVERIFY(db.open());
                schema::migrateTo(db, from);
                QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), from);
                if (from >= 1) {
                    // A source, an import and two records with their places: one complete, one without
                    // postcode and far outside France.
                    sql::exec(db, QStringLiteral("INSERT INTO source(id, name, profile, created_at) VALUES "
                                                 "(1, 'S', 'generic', 't')"));
                    sql::exec(db,
                              QStringLiteral("INSERT INTO import_run(id, source_id, file_name, file_sha256, "
                                             "file_size, profile, imported_at, imported_by) VALUES "
                                             "(1, 1, 'f.csv', '', 1, 'generic', 't', 'u')"));
                    sql::exec(db, QStringLiteral(
                                      "INSERT INTO raw_record(id, source_id, source_key, import_id, line, "
                                      "attributes, digest, name) VALUES (1, 1, 'a', 1, 2, '{}', 'd', "
                                      "'Lab'), (2, 1, 'b', 1, 3, '{}', 'd', 'Far')"));
                    sql::exec(db, QStringLiteral(
                                      "INSERT INTO place(id, primary_record_id, name, postcode, lon, lat, "
                                      "created_at, updated_at) VALUES (1, 1, 'Lab', '35000', -1.68, "
                                      "48.11, 't', 't'), (2, 2, 'Far', '', 120.0, -30.0, 't', 't')"));
                    sql::exec(
                        db, QStringLiteral("INSERT INTO place_record(place_id, raw_record_id) VALUES (1, 1), "
                                           "(2, 2)"));
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("old"));
            auto store = project.open();
            QCOMPARE(store->schemaVersion(), schema::latestVersion());
            // An existing project keeps its pages (SQLite's 4 KiB, before version 12).
            if (from >= 1)
                QCOMPARE(sql::scalar(store->database(), QStringLiteral("PRAGMA page_size")).toInt(), 4096);
            if (from >= 1) {
                QSqlDatabase& db = store->database();
                QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM place")).toInt(), 2);
                QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM place WHERE id = 1")).toString(),
                         QStringLiteral("Lab"));
                QCOMPARE(
                    sql::scalar(db, QStringLiteral("SELECT has_problem FROM place WHERE id = 1")).toInt(), 0);
                QCOMPARE(
                    sql::scalar(db, QStringLiteral("SELECT has_problem FROM place WHERE id = 2")).toInt(), 1);
                QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_key_check")).isValid(), false);
                QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                         QStringLiteral("ok"));
            }
        }
    }

    void refusesNewerSchema()
    {
        test::TemporaryProject project;
        {
            auto store = project.open();
            sql::exec(store->database(),
                      QStringLiteral("PRAGMA user_version = %1").arg(schema::latestVersion() + 1));
        }
        try {
            project.open();
            QFAIL("a project from a newer Recoupe must be refused");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("newer version")), qPrintable(e.message()));
            QVERIFY(e.message().contains(project.path()));
        }
    }

    void refusesNonSqliteFile()
    {
        test::TemporaryProject project;
        QFile file(project.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QVERIFY_THROWS_EXCEPTION(Error, project.open());
    }

    void refusesFolder()
    {
        test::TemporaryProject project;
        QVERIFY_THROWS_EXCEPTION(Error, Store(project.folder()));
    }

    void projectSaysItIsRecoupes()
    {
        test::TemporaryProject project;
        auto store = project.open();
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("PRAGMA application_id")).toInt(),
                 Store::ApplicationId);
    }

    // Another program's SQLite file is refused by every kind of opening and left byte for byte as it was
    // (setting WAL alone would change its header), with nothing created beside it.
    void foreignSqliteFileIsRefusedAndLeftAlone_data()
    {
        QTest::addColumn<int>("access");
        QTest::newRow("read") << int(Store::Access::Read);
        QTest::newRow("write") << int(Store::Access::Write);
        QTest::newRow("create") << int(Store::Access::Create);
    }
    void foreignSqliteFileIsRefusedAndLeftAlone()
    {
        QFETCH(int, access);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            sql::exec(db, QStringLiteral("CREATE TABLE notes(x)"));
            sql::exec(db, QStringLiteral("INSERT INTO notes VALUES ('a note')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = contents(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        try {
            Store store(path, Store::Access(access));
            QFAIL("another program's file must be refused");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("is not a Recoupe project")) &&
                         e.message().contains(QLatin1String("notes")),
                     qPrintable(e.message()));
        }
        QCOMPARE(contents(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void missingProjectIsNotCreatedByReadOrWrite()
    {
        test::TemporaryProject project;
        for (const Store::Access access : {Store::Access::Read, Store::Access::Write}) {
            try {
                Store store(project.path(), access);
                QFAIL("a missing project must be refused");
            } catch (const Error& e) {
                QVERIFY2(e.message().contains(QLatin1String("There is no project")), qPrintable(e.message()));
            }
            QVERIFY(QDir(project.folder()).entryList(QDir::Files).isEmpty());
        }
    }

    void emptyFileBecomesAProjectOnlyWhenCreating()
    {
        test::TemporaryProject project;
        QFile file(project.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY_THROWS_EXCEPTION(Error, Store(project.path(), Store::Access::Read));
        QCOMPARE(QFileInfo(project.path()).size(), 0);
        Store store(project.path(), Store::Access::Create);
        QCOMPARE(store.schemaVersion(), schema::latestVersion());
    }

    // Reading leaves the file as it was and nothing beside it, and cannot write even by mistake.
    void readingWritesNothing()
    {
        test::TemporaryProject project;
        {
            auto store = project.open();
            sql::exec(store->database(),
                      QStringLiteral(
                          "INSERT INTO source(name, profile, created_at) VALUES ('a', 'generic', 'now')"));
        }
        const QByteArray before = contents(project.path());
        const QStringList files = QDir(project.folder()).entryList(QDir::Files);
        {
            Store store(project.path(), Store::Access::Read);
            QVERIFY(store.isReadOnly());
            QCOMPARE(test::rowCount(store, QStringLiteral("source")), 1);
            QVERIFY_THROWS_EXCEPTION(Error,
                                     sql::exec(store.database(), QStringLiteral("DELETE FROM source")));
        }
        QCOMPARE(contents(project.path()), before);
        QCOMPARE(QDir(project.folder()).entryList(QDir::Files), files);
    }

    // A project of an older schema is copied before it is migrated, and the person is told where.
    void migrationKeepsABackupFirst()
    {
        test::TemporaryProject project;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(project.path());
            QVERIFY(db.open());
            schema::migrateTo(db, 3);
            sql::exec(db, QStringLiteral("INSERT INTO source(id, name, profile, created_at) VALUES (1, 'S', "
                                         "'generic', 't')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        const QString backup = project.path() + QStringLiteral(".schema-3.bak");
        {
            auto store = project.open();
            QCOMPARE(store->schemaVersion(), schema::latestVersion());
            QCOMPARE(store->notices().size(), 1);
            QVERIFY2(store->notices().first().contains(backup), qPrintable(store->notices().first()));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            db.setDatabaseName(backup);
            QVERIFY(db.open());
            QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 3);
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM source")).toString(),
                     QStringLiteral("S"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        // Opened again: nothing more to migrate, no second copy.
        auto again = project.open();
        QVERIFY(again->notices().isEmpty());
        QVERIFY(!QFileInfo::exists(project.path() + QStringLiteral(".schema-3-2.bak")));
    }

    // SQLite's failures reach the person as sentences naming the project, never as SQL.
    void failuresAreSentencesWithoutSql()
    {
        test::TemporaryProject project;
        auto store = project.open();
        try {
            sql::exec(store->database(),
                      QStringLiteral("INSERT INTO place_record(place_id, raw_record_id) VALUES "
                                     "(41, 42)"));
            QFAIL("expected a failure");
        } catch (const Error& e) {
            QVERIFY2(!e.message().contains(QLatin1String("INSERT")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(project.path()), qPrintable(e.message()));
        }
        QVERIFY(sql::describe(project.path(), 5, QStringLiteral("database is locked"))
                    .contains(QLatin1String("in use by another process")));
        QVERIFY(sql::describe(project.path(), 8, QStringLiteral("attempt to write a readonly database"))
                    .contains(QLatin1String("the project is read-only")));
        QVERIFY(sql::describe(project.path(), 13, QStringLiteral("database or disk is full"))
                    .contains(QLatin1String("is full")));
        QVERIFY(sql::describe(project.path(), 11, QStringLiteral("database disk image is malformed"))
                    .contains(QLatin1String("damaged")));
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TemporaryProject project;
        auto store = project.open();
        {
            sql::Transaction transaction(store->database());
            sql::exec(store->database(),
                      QStringLiteral(
                          "INSERT INTO source(name, profile, created_at) VALUES ('a', 'generic', 'now')"));
        }
        QCOMPARE(test::rowCount(*store, QStringLiteral("source")), 0);
        {
            sql::Transaction transaction(store->database());
            sql::exec(store->database(),
                      QStringLiteral(
                          "INSERT INTO source(name, profile, created_at) VALUES ('a', 'generic', 'now')"));
            transaction.commit();
        }
        QCOMPARE(test::rowCount(*store, QStringLiteral("source")), 1);
    }

    // The matcher reads records by source name, then id: each source by its range of ids when the sources'
    // ranges lie apart, the whole table sorted otherwise (a source re-imported after another).
    void matchRecordsInSourceThenIdOrder()
    {
        test::TemporaryProject project;
        auto store = project.open();
        auto& db = store->database();
        sql::exec(db, QStringLiteral("INSERT INTO source(id, name, profile, created_at) VALUES "
                                     "(1, 'Zed', 'generic', 't'), (2, 'Alpha', 'generic', 't'), "
                                     "(3, 'Empty', 'generic', 't')"));
        sql::exec(db,
                  QStringLiteral("INSERT INTO import_run(id, source_id, file_name, file_sha256, file_size, "
                                 "profile, imported_at, imported_by) VALUES (1, 1, 'f.csv', '', 1, "
                                 "'generic', 't', 'u')"));
        const auto add = [&db](int id, int source, const QString& key, int removed = 0) {
            sql::exec(
                db,
                QStringLiteral("INSERT INTO raw_record(id, source_id, source_key, import_id, line, "
                               "attributes, digest, name, removed) VALUES (?, ?, ?, 1, 1, '{}', 'd', ?, ?)"),
                {id, source, key, key, removed});
        };
        add(1, 1, QStringLiteral("z1"));
        add(2, 1, QStringLiteral("z2"), 1);
        add(3, 1, QStringLiteral("z3"));
        add(4, 2, QStringLiteral("a4"));
        add(5, 2, QStringLiteral("a5"));
        add(6, 3, QStringLiteral("e6"), 1);
        const auto order = [&db] {
            QStringList keys;
            for (const auto& r : queries::matchRecords(db))
                keys << r.source + QLatin1Char(':') + r.key;
            match::RecordTable table = queries::matchRecordTable(db);
            QStringList fromTable;
            for (size_t i = 0; i < table.size(); ++i)
                fromTable << table.sourceName(i) + QLatin1Char(':') + table.key(i);
            return keys == fromTable ? keys.join(QLatin1Char(' ')) : QStringLiteral("differ");
        };
        QCOMPARE(order(), QStringLiteral("Alpha:a4 Alpha:a5 Zed:z1 Zed:z3"));
        add(7, 1, QStringLiteral("z7")); // Zed's ids now around Alpha's
        add(8, 2, QStringLiteral("a8"));
        QCOMPARE(order(), QStringLiteral("Alpha:a4 Alpha:a5 Alpha:a8 Zed:z1 Zed:z3 Zed:z7"));
    }

    void foreignKeysEnforced()
    {
        test::TemporaryProject project;
        auto store = project.open();
        QVERIFY_THROWS_EXCEPTION(
            Error,
            sql::exec(store->database(), QStringLiteral("INSERT INTO place_record(place_id, raw_record_id) "
                                                        "VALUES (41, 42)")));
    }

    void indexesFollowPlaces()
    {
        test::TemporaryProject project;
        auto store = project.open();
        auto& db = store->database();
        sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO place(name, address, commune, postcode, lon, lat, created_at, "
                      "updated_at) VALUES ('Le Château', 'rue X', 'Nantes', '44000', -1.5, 47.2, 'n', 'n')"));
        QCOMPARE(
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM place_fts WHERE place_fts MATCH 'chateau'"))
                .toInt(),
            1);
        sql::exec(db, QStringLiteral("UPDATE place SET name = 'Fabrique', lon = 2.3, lat = 48.8"));
        QCOMPARE(
            sql::scalar(db, QStringLiteral("SELECT count(*) FROM place_fts WHERE place_fts MATCH 'chateau'"))
                .toInt(),
            0);
        // No R*Tree since schema step 9 → 10: nothing read it.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                                "'place_rtree%' OR sql LIKE '%place_rtree%'"))
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
