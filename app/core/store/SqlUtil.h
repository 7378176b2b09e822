// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <initializer_list>

struct sqlite3;

namespace recoupe::sql {

// The connection's own SQLite handle (for SQLite's binding, sessions and changesets); throws Error when
// the connection is not SQLite.
sqlite3* sqliteHandle(QSqlDatabase& db);

Q_DECLARE_LOGGING_CATEGORY(lcSql)

// A sentence for a failure of SQLite on the project `path`: in use by another process, read-only, disk
// full, damaged file..., else SQLite's own message. Never the statement: it goes to the log category
// recoupe.sql (QT_LOGGING_RULES="recoupe.sql.debug=true").
QString describe(const QString& path, int sqliteCode, const QString& sqliteMessage);
QString describe(const QSqlDatabase& db, const QSqlError& error);

// Row ids as the inside of an SQL "IN (…)" ("3,7,12"): integers only, so nothing to escape.
QString idList(const QList<qint64>& ids);

// Prepares a statement or throws Error with a sentence from describe().
QSqlQuery prepare(QSqlDatabase& db, const QString& statement);
// Executes a prepared statement or throws Error.
void exec(QSqlQuery& query);
// Prepares, binds positionally and executes; returns the query positioned before the first row.
QSqlQuery exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});
// First column of the first row, or an invalid QVariant.
QVariant scalar(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

// The same for statements a command runs thousands of times (a batch of merges): prepared once per
// connection and kept. Safe because each returns every row at once and leaves its statement reset, so no
// caller ever holds a kept statement half read. Kept statements go with forgetStatements().
void execKept(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});
void execKept(QSqlDatabase& db, const QString& statement, const QVariantList& values);
QList<QVariantList> rowsKept(QSqlDatabase& db, const QString& statement,
                             std::initializer_list<QVariant> values = {});
QVariant scalarKept(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});
// Drops the statements kept for a connection (before it closes).
void forgetStatements(QSqlDatabase& db);

// Sets the connection's busy timeout (how long a write waits for another process's) for a scope, and puts
// the previous one back.
class ScopedBusyTimeout
{
public:
    ScopedBusyTimeout(QSqlDatabase& db, int milliseconds);
    ~ScopedBusyTimeout();
    ScopedBusyTimeout(const ScopedBusyTimeout&) = delete;
    ScopedBusyTimeout& operator=(const ScopedBusyTimeout&) = delete;

private:
    QSqlDatabase& m_db;
    int m_previous;
};

// A write transaction that rolls back unless committed: writes are all or nothing. BEGIN IMMEDIATE takes
// the write lock at once, waiting for another writer (busy timeout) instead of failing half-way when a
// read lock cannot be upgraded. Nestable: inside another transaction it is a savepoint of it.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase& m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_open = false;
};

} // namespace recoupe::sql
