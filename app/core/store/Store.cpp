// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include "Error.h"
#include "store/Schema.h"
#include "store/SqlUtil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUrl>

namespace recoupe {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("recoupe-%1").arg(counter.fetchAndAddRelaxed(1));
}

// How long a write waits for another process's write to end before saying the project is in use.
constexpr int BusyTimeoutMs = 10000;

// Switching a file to WAL needs it to itself for a moment, and SQLite does not wait for that: while another
// process creates or migrates the same new project, "database is locked" comes at once. Already in WAL
// (every project but a new one): nothing to do; else retry for as long as any other write would wait.
void setWriteAheadLog(QSqlDatabase& db)
{
    if (sql::scalar(db, QStringLiteral("PRAGMA journal_mode"))
            .toString()
            .compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
        return;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        try {
            sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
            return;
        } catch (const Error&) {
            if (waited.elapsed() > BusyTimeoutMs)
                throw;
            QThread::msleep(50);
        }
    }
}

} // namespace

Store::Store(const QString& path, Access access)
    : m_path(path), m_access(access), m_connectionName(uniqueConnectionName())
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw Error(QCoreApplication::translate("Store", "%1 is a folder, not a project file").arg(path));
    if (!info.exists() && access != Access::Create)
        throw Error(QCoreApplication::translate("Store", "There is no project %1").arg(path));
    // A write must be refused before it starts, not by SQLite half-way ("attempt to write a readonly
    // database"). SQLite also writes beside the file (-wal, -shm): the folder must be writable too.
    if (access != Access::Read) {
        const QFileInfo folder(info.absolutePath());
        if (info.exists() && !info.isWritable())
            throw Error(
                QCoreApplication::translate("Store", "Cannot change %1: the project is read-only").arg(path));
        if (!folder.isWritable())
            throw Error(QCoreApplication::translate("Store",
                                                    "Cannot change %1: the project is read-only (its "
                                                    "folder %2 cannot be written)")
                            .arg(path, folder.filePath()));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw Error(QCoreApplication::translate("Store", "The SQLite driver of Qt is not installed"));

    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    auto open = [this, &path, access, writable](bool immutable) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs)};
        // A read-only connection leaves the -wal and -shm files it makes behind; a read-write one that
        // writes nothing (query_only below) removes them when it closes: a listing leaves no trace.
        if (access == Access::Read && !writable)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        if (immutable) {
            // A read-only folder holds no -wal or -shm and none can be made: SQLite reads such a file only
            // when told that nobody writes it, which a read-only folder ensures.
            options << QStringLiteral("QSQLITE_OPEN_URI");
            m_db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString() +
                                 QStringLiteral("?immutable=1"));
        } else {
            m_db.setDatabaseName(path);
        }
        m_db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!m_db.open()) {
            const QString reason = m_db.lastError().text();
            throw Error(QCoreApplication::translate("Store", "Cannot open project %1: %2").arg(path, reason));
        }
    };
    auto close = [this] {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    };
    try {
        open(false);
        if (access == Access::Read && !QFileInfo(info.absolutePath()).isWritable()) {
            QSqlQuery probe(m_db);
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
                probe = QSqlQuery();
                close();
                open(true);
            }
        }
        checkIdentity();
        if (access == Access::Read)
            sql::exec(m_db, QStringLiteral("PRAGMA query_only = 1"));
        if (access != Access::Read) {
            // 16 KiB pages for a new project (the setting does nothing to an existing one): an import of
            // 300,000 rows took 12 % less time than with SQLite's 4 KiB, in a file 9 % smaller (fewer
            // b-tree pages, less space left in each for rows of about a kilobyte).
            sql::exec(m_db, QStringLiteral("PRAGMA page_size = 16384"));
            setWriteAheadLog(m_db);
            sql::exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
            // 64 MB of page cache instead of SQLite's 2 MB: a merge touches places, records, pairs and
            // their indexes scattered over a large project.
            sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -65536"));
            sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        }
        sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -65536"));
        const int version = schemaVersion();
        if (version > schema::latestVersion() || access == Access::Read) {
            schema::checkNotNewer(m_db); // reading never migrates: the queries read what is there
        } else if (version < schema::latestVersion()) {
            if (version >= 1) {
                // Kept before any change, so that a migration that goes wrong, or an older Recoupe that
                // must go on reading the file, loses nothing.
                QString backup = QStringLiteral("%1.schema-%2.bak").arg(path).arg(version);
                for (int n = 2; QFileInfo::exists(backup); ++n)
                    backup = QStringLiteral("%1.schema-%2-%3.bak").arg(path).arg(version).arg(n);
                sql::exec(m_db, QStringLiteral("VACUUM INTO ?"), {backup});
                m_notices << QCoreApplication::translate("Store",
                                                         "The project %1 was updated for this version of "
                                                         "Recoupe (schema %2 to %3); a copy of it as it "
                                                         "was is kept in %4.")
                                 .arg(path)
                                 .arg(version)
                                 .arg(schema::latestVersion())
                                 .arg(backup);
            }
            schema::migrate(m_db);
        }
    } catch (...) {
        close();
        throw;
    }
}

void Store::checkIdentity()
{
    // Only reads: a file that is not ours must be left exactly as it was (setting WAL would change it).
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        throw Error(QCoreApplication::translate("Store", "%1 is not a Recoupe project: %2")
                        .arg(m_path, sql::describe(m_db, probe.lastError())));
    const qint64 objects = probe.value(0).toLongLong();
    probe.finish();
    const int applicationId = sql::scalar(m_db, QStringLiteral("PRAGMA application_id")).toInt();
    if (applicationId == ApplicationId)
        return;
    const int version = schemaVersion();
    if (applicationId == 0 && version == 0 && objects == 0) {
        if (m_access == Access::Create)
            return; // an empty file becomes a project
        throw Error(QCoreApplication::translate("Store", "%1 is empty: it holds no project yet").arg(m_path));
    }
    // Projects made before the application id was set are known by their tables.
    const qint64 recoupeTables =
        sql::scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                   "('source', 'import_run', 'raw_record', 'place', 'audit_log')"))
            .toLongLong();
    if (applicationId == 0 && version >= 1 && recoupeTables == 5)
        return;
    QStringList tables;
    QSqlQuery names = sql::exec(
        m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 6"));
    while (names.next())
        tables << names.value(0).toString();
    throw Error(QCoreApplication::translate("Store",
                                            "%1 is not a Recoupe project: it is the SQLite database of "
                                            "another program (tables: %2); it was left as it was")
                    .arg(m_path, tables.join(QStringLiteral(", "))));
}

Store::~Store()
{
    sql::forgetStatements(m_db);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Store::schemaVersion()
{
    return sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
}

QString Store::currentUser()
{
    for (const char* name : {"RECOUPE_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

QString Store::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace recoupe
