// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace recoupe::sql {

// Binds a value to a statement of SQLite's own API (index from 1), as Qt binds it: integers, reals, text,
// NULL for a null QVariant.
void bindValue(sqlite3_stmt* statement, int index, const QVariant& value);
// Throws Error with the sentence of describe() for the last failure on this connection; the statement
// goes to the log only.
[[noreturn]] void throwLastError(sqlite3* db, const QString& statement);

// A SELECT stepped through SQLite's own API on the connection of a QSqlDatabase, for the reads that walk a
// million rows (the checker): QSqlQuery converts every text to UTF-16 inside a QVariant and caches it, which
// costs more than SQLite's reading. Text comes back as UTF-8 views valid until the next step.
class RowCursor
{
public:
    RowCursor(QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
    // On a connection of SQLite's own (a second, read-only one for work on another thread).
    RowCursor(sqlite3* handle, const QString& statement, const QVariantList& values = {});
    ~RowCursor();
    RowCursor(const RowCursor&) = delete;
    RowCursor& operator=(const RowCursor&) = delete;

    // Steps to the next row; false at the end. Throws Error (a sentence naming the project) on failure.
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::optional<double> number(int column) const; // empty when NULL
    std::string_view utf8(int column) const;        // empty view (null data) when NULL
    QString text(int column) const;                 // null QString when NULL

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_text;
};

} // namespace recoupe::sql
