// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

struct sqlite3;

namespace recoupe::sql {

// The connection's own SQLite handle (for SQLite's binding, sessions and changesets); throws Error when
// the connection is not SQLite.
sqlite3* sqliteHandle(QSqlDatabase& db);

// Prepares a statement or throws Error with the database's message and the statement.
QSqlQuery prepare(QSqlDatabase& db, const QString& statement);
// Executes a prepared statement or throws Error.
void exec(QSqlQuery& query);
// Prepares, binds positionally and executes; returns the query positioned before the first row.
QSqlQuery exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});
// First column of the first row, or an invalid QVariant.
QVariant scalar(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

// A transaction that rolls back unless committed: writes are all or nothing. Nestable: inside another
// transaction it is a savepoint of it.
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
