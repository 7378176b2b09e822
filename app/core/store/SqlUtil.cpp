// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlUtil.h"

#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <sqlite3.h>

namespace recoupe::sql {

Q_LOGGING_CATEGORY(lcSql, "recoupe.sql", QtWarningMsg)

namespace {

[[noreturn]] void fail(const QSqlDatabase& db, const QSqlError& error, const QString& statement)
{
    qCDebug(lcSql) << "failed:" << error.text() << "in:" << statement.simplified();
    throw Error(describe(db, error));
}

} // namespace

QString describe(const QString& path, int sqliteCode, const QString& sqliteMessage)
{
    switch (sqliteCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("Store",
                                           "The project %1 is in use by another process (an import or a "
                                           "search for duplicates is writing to it); try again when it "
                                           "has finished")
            .arg(path);
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate("Store", "Cannot change %1: the project is read-only").arg(path);
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("Store",
                                           "The disk holding the project %1 is full; the project was "
                                           "left as it was")
            .arg(path);
    case 11: // SQLITE_CORRUPT
        return QCoreApplication::translate("Store", "The project file %1 is damaged; restore it from a copy")
            .arg(path);
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("Store", "the file is not an SQLite database");
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate("Store", "The project file %1 could not be read or written (%2)")
            .arg(path, sqliteMessage);
    case 14: // SQLITE_CANTOPEN
        return QCoreApplication::translate("Store", "The project file %1 cannot be opened (%2)")
            .arg(path, sqliteMessage);
    default:
        return QCoreApplication::translate("Store", "Database error in the project %1: %2")
            .arg(path, sqliteMessage);
    }
}

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QString describe(const QSqlDatabase& db, const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return describe(db.databaseName(), ok ? code : 1, message);
}

QSqlQuery prepare(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(db, query.lastError(), statement);
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec()) {
        // A query does not say its connection; its driver is the connection's own.
        QSqlDatabase db;
        for (const QString& name : QSqlDatabase::connectionNames()) {
            const QSqlDatabase candidate = QSqlDatabase::database(name, false);
            if (candidate.driver() == query.driver())
                db = candidate;
        }
        fail(db, query.lastError(), query.lastQuery());
    }
}

QSqlQuery exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, statement);
    int i = 0;
    for (const QVariant& value : values)
        query.bindValue(i++, value);
    exec(query);
    return query;
}

QVariant scalar(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

namespace {

// Per thread (a connection belongs to the thread that opened it), per connection, per statement text.
thread_local QHash<QString, QHash<QString, QSqlQuery>> keptStatements;

template <typename Values> QSqlQuery& kept(QSqlDatabase& db, const QString& statement, const Values& values)
{
    QHash<QString, QSqlQuery>& mine = keptStatements[db.connectionName()];
    auto it = mine.find(statement);
    if (it == mine.end())
        it = mine.insert(statement, prepare(db, statement));
    int i = 0;
    for (const QVariant& value : values)
        it->bindValue(i++, value);
    exec(*it);
    return *it;
}

} // namespace

void execKept(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    kept(db, statement, values).finish();
}

void execKept(QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    kept(db, statement, values).finish();
}

QList<QVariantList> rowsKept(QSqlDatabase& db, const QString& statement,
                             std::initializer_list<QVariant> values)
{
    QSqlQuery& q = kept(db, statement, values);
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        rows << row;
    }
    q.finish();
    return rows;
}

QVariant scalarKept(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    const QList<QVariantList> rows = rowsKept(db, statement, values);
    return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
}

void forgetStatements(QSqlDatabase& db)
{
    keptStatements.remove(db.connectionName());
}

sqlite3* sqliteHandle(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(QCoreApplication::translate("Store", "The project is not an SQLite database"));
    return *static_cast<sqlite3* const*>(handle.data());
}

ScopedBusyTimeout::ScopedBusyTimeout(QSqlDatabase& db, int milliseconds)
    : m_db(db), m_previous(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt())
{
    exec(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

ScopedBusyTimeout::~ScopedBusyTimeout()
{
    QSqlQuery restore(m_db);
    restore.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_previous));
}

Transaction::Transaction(QSqlDatabase& db) : m_db(db)
{
    // Inside another transaction this one is a savepoint of it: a batch of commands is one transaction, and
    // a failed command inside it rolls back only its own part. The outermost one takes the write lock at
    // once.
    static int counter = 0;
    if (!sqlite3_get_autocommit(sqliteHandle(m_db))) {
        m_savepoint = QStringLiteral("recoupe_%1").arg(++counter);
        exec(m_db, QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    } else {
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            fail(m_db, begin.lastError(), QStringLiteral("BEGIN IMMEDIATE"));
        // While this connection waited for the lock, another process may have changed the schema (made
        // the new project, or dropped and rebuilt indexes and triggers in a bulk import). Reading the
        // schema table now makes SQLite compare its schema cookie and reload: otherwise a statement
        // prepared next could be parsed against the stale schema and fail ("no such table: place", seen
        // with two imports into one new project at once).
        if (!begin.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            fail(m_db, begin.lastError(), QStringLiteral("SELECT count(*) FROM sqlite_master"));
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    q.exec(QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
    q.exec(QStringLiteral("RELEASE %1").arg(m_savepoint));
}

void Transaction::commit()
{
    if (!m_savepoint.isEmpty()) {
        exec(m_db, QStringLiteral("RELEASE %1").arg(m_savepoint));
    } else {
        QSqlQuery commit(m_db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            fail(m_db, commit.lastError(), QStringLiteral("COMMIT"));
    }
    m_open = false;
}

} // namespace recoupe::sql
