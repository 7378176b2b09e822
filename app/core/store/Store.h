// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace recoupe {

// A Recoupe project: one SQLite file (WAL, foreign keys on, versioned schema).
// A Store owns one connection, usable from the thread that opened it; a worker thread opens its own
// Store on the same path.
class Store
{
public:
    // Opens or creates the project file and brings its schema up to date. Throws Error on failure,
    // including when the file was written by a newer Recoupe.
    explicit Store(const QString& path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QSqlDatabase& database() { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion();

    // Who is working, for the audit log and decisions: $RECOUPE_USER, else the login name.
    static QString currentUser();
    // The current time as stored everywhere: ISO 8601, UTC, seconds.
    static QString now();

private:
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace recoupe
