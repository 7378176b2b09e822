// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace recoupe::sql {

// A prepared statement run through SQLite's own API on the connection of a QSqlDatabase, for the one
// statement executed a million times by an import: Qt's QVariant binding costs more than SQLite's insert.
// Used inside the caller's transaction like any other statement.
class BulkStatement
{
public:
    BulkStatement(QSqlDatabase& db, const QString& statement);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QByteArray& utf8); // text, copied by SQLite
    void bind(int index, const QString& text);
    void bind(int index, std::optional<double> value); // NULL when empty
    // Executes and resets; returns the last inserted row id. Throws Error on failure.
    qint64 run();

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_text;
};

} // namespace recoupe::sql
