// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/ChangesetCommand.h"

#include "Error.h"
#include "edit/EditNotifier.h"
#include "store/AuditLog.h"
#include "store/Changeset.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

namespace recoupe::edit {

ChangesetCommand::ChangesetCommand(Store& store, Notifier& notifier, QByteArray changeset, QString action,
                                   QJsonObject details, Notify notify, const QString& text)
    : m_store(store), m_notifier(notifier), m_changeset(std::move(changeset)), m_action(std::move(action)),
      m_details(std::move(details)), m_notify(std::move(notify))
{
    setText(text);
}

void ChangesetCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    write(true);
}

void ChangesetCommand::undo()
{
    write(false);
}

void ChangesetCommand::write(bool forward)
{
    QSqlDatabase& db = m_store.database();
    try {
        sql::Transaction transaction(db);
        sql::applyChangeset(db, forward ? m_changeset : sql::invertChangeset(m_changeset));
        AuditEntry entry;
        entry.action = forward ? QStringLiteral("redo") : QStringLiteral("undo");
        entry.entity = m_details.value(QStringLiteral("entity")).toString(QStringLiteral("place"));
        entry.entityId = qint64(m_details.value(QStringLiteral("entity_id")).toDouble());
        QJsonObject details = m_details;
        details.insert(QStringLiteral("command"), m_action);
        entry.details = details;
        audit::append(db, entry);
        transaction.commit();
    } catch (const Error& e) {
        emit m_notifier.failed(e.message());
        return;
    }
    if (m_notify)
        m_notify(m_notifier, forward);
}

} // namespace recoupe::edit
