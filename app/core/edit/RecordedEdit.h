// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "edit/ChangesetCommand.h"
#include "edit/Edit.h"
#include "store/AuditLog.h"
#include "store/Changeset.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QUndoStack>

namespace recoupe::edit {

// Runs `body` in one transaction while recording its changes; writes `entry` to the audit log; pushes a
// ChangesetCommand that undoes and redoes exactly those changes. Returns false (nothing written or
// pushed) when `body` throws.
template <typename Body>
inline bool record(Session& session, AuditEntry entry, const QString& text, ChangesetCommand::Notify notify,
                   Body body, QString* error)
{
    QSqlDatabase& db = session.store.database();
    QByteArray changeset;
    try {
        sql::Transaction transaction(db);
        {
            sql::ChangeRecorder recorder(db, sql::curatedTables());
            body(entry);
            changeset = recorder.changeset();
        }
        audit::append(db, entry);
        transaction.commit();
    } catch (const Error& e) {
        if (error)
            *error = e.message();
        return false;
    }
    QJsonObject details = entry.details;
    details.insert(QStringLiteral("entity"), entry.entity);
    details.insert(QStringLiteral("entity_id"), double(entry.entityId));
    auto* command =
        new ChangesetCommand(session.store, session.notifier, changeset, entry.action, details, notify, text);
    notify(session.notifier, true);
    session.stack.push(command);
    return true;
}

} // namespace recoupe::edit
