// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace recoupe {

// A Recoupe project: one SQLite file (WAL, foreign keys on, versioned schema).
// A Store owns one connection, usable from the thread that opened it; a worker thread opens its own
// Store on the same path.
class Store
{
public:
    enum class Access
    {
        Read,   // an existing project, read only: nothing is created, written or migrated
        Write,  // an existing project, brought up to date (a copy kept first when its schema changes)
        Create, // as Write, and a missing or empty file becomes a new project
    };

    // Opens the project file. Throws Error naming the file when it is missing (Read, Write), read-only
    // (Write, Create), another program's SQLite file (`PRAGMA application_id` neither Recoupe's nor unset
    // on an empty or older Recoupe file), not SQLite at all, or written by a newer Recoupe.
    explicit Store(const QString& path, Access access = Access::Create);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QSqlDatabase& database() { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion();
    bool isReadOnly() const { return m_access == Access::Read; }
    // What the person should know about the opening (a migration and where its backup is), translated.
    const QStringList& notices() const { return m_notices; }

    // PRAGMA application_id of every Recoupe project ("RcuP").
    static constexpr int ApplicationId = 0x52637550;

    // Who is working, for the audit log and decisions: $RECOUPE_USER, else the login name.
    static QString currentUser();
    // The current time as stored everywhere: ISO 8601, UTC, seconds.
    static QString now();

private:
    void checkIdentity();

    QString m_path;
    Access m_access;
    QStringList m_notices;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace recoupe
