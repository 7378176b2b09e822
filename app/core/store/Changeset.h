// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

struct sqlite3_session;

namespace recoupe::sql {

// Records every row a command changes in the curated tables, with SQLite's session extension, so that
// the command can be undone and redone exactly (its changeset, inverted or not) however much SQL it ran:
// a merge, a split, a batch of thousands of merges. The audit log is never recorded: an undo adds to it.
class ChangeRecorder
{
public:
    // Starts recording changes to `tables` (each must have a PRIMARY KEY). Throws Error.
    ChangeRecorder(QSqlDatabase& db, const QStringList& tables);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;

    // The changes recorded so far (empty when nothing changed).
    QByteArray changeset();

private:
    sqlite3_session* m_session = nullptr;
};

// The tables a place command changes: places, their records and field origins, decisions, candidates,
// merges.
QStringList curatedTables();

// The changeset that undoes `changeset`.
QByteArray invertChangeset(const QByteArray& changeset);

// Applies a changeset inside the caller's transaction. When the project no longer holds what the
// changeset expects (a row changed since by something outside the undo history), throws Error and the
// caller's transaction must be rolled back.
void applyChangeset(QSqlDatabase& db, const QByteArray& changeset);

} // namespace recoupe::sql
