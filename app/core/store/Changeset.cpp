// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Changeset.h"

#include "Error.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>

#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

namespace recoupe::sql {

namespace {

[[noreturn]] void fail(sqlite3* db, int code, const char* what)
{
    throw Error(QCoreApplication::translate("Store", "Database error: %1 (in: %2)")
                    .arg(QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code)),
                         QString::fromLatin1(what)));
}

struct ApplyState
{
    bool conflict = false;
};

int onConflict(void* context, int, sqlite3_changeset_iter*)
{
    static_cast<ApplyState*>(context)->conflict = true;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

ChangeRecorder::ChangeRecorder(QSqlDatabase& db, const QStringList& tables)
{
    sqlite3* handle = sqliteHandle(db);
    int rc = sqlite3session_create(handle, "main", &m_session);
    if (rc != SQLITE_OK)
        fail(handle, rc, "sqlite3session_create");
    for (const QString& table : tables) {
        rc = sqlite3session_attach(m_session, table.toUtf8().constData());
        if (rc != SQLITE_OK)
            fail(handle, rc, "sqlite3session_attach");
    }
}

ChangeRecorder::~ChangeRecorder()
{
    sqlite3session_delete(m_session);
}

QByteArray ChangeRecorder::changeset()
{
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &data);
    if (rc != SQLITE_OK)
        fail(nullptr, rc, "sqlite3session_changeset");
    QByteArray out(static_cast<const char*>(data), size);
    sqlite3_free(data);
    return out;
}

QStringList curatedTables()
{
    return {QStringLiteral("place"), QStringLiteral("place_record"), QStringLiteral("field_origin"),
            QStringLiteral("pair_decision"), QStringLiteral("candidate_pair"),
            QStringLiteral("candidate_place"), QStringLiteral("place_merge"),
            // Derived from the place, written in the same step so that undo brings them back with it.
            QStringLiteral("place_geography"), QStringLiteral("place_problem"),
            QStringLiteral("place_suggestion")};
}

QByteArray invertChangeset(const QByteArray& changeset)
{
    if (changeset.isEmpty())
        return {};
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3changeset_invert(int(changeset.size()), const_cast<char*>(changeset.constData()),
                                           &size, &data);
    if (rc != SQLITE_OK)
        fail(nullptr, rc, "sqlite3changeset_invert");
    QByteArray out(static_cast<const char*>(data), size);
    sqlite3_free(data);
    return out;
}

void applyChangeset(QSqlDatabase& db, const QByteArray& changeset)
{
    if (changeset.isEmpty())
        return;
    sqlite3* handle = sqliteHandle(db);
    ApplyState state;
    // No savepoint of its own: the caller's transaction holds the whole step.
    const int rc = sqlite3changeset_apply_v2(handle, int(changeset.size()),
                                             const_cast<char*>(changeset.constData()), nullptr, onConflict,
                                             &state, nullptr, nullptr, SQLITE_CHANGESETAPPLY_NOSAVEPOINT);
    if (state.conflict || rc == SQLITE_ABORT) {
        throw Error(QCoreApplication::translate("Store",
                                                "The project changed since this step (another program or "
                                                "an import wrote to it): it cannot be undone or redone."));
    }
    if (rc != SQLITE_OK)
        fail(handle, rc, "sqlite3changeset_apply");
}

} // namespace recoupe::sql
