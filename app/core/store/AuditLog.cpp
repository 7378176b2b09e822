// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditLog.h"

#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace recoupe::audit {

void append(QSqlDatabase& db, const AuditEntry& entry)
{
    const QVariant details =
        entry.details.isEmpty()
            ? QVariant()
            : QVariant(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
    sql::exec(db,
              QStringLiteral("INSERT INTO audit_log(at, user, action, entity, entity_id, field, old_value, "
                             "new_value, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {Store::now(), Store::currentUser(), entry.action, entry.entity,
               entry.entityId ? QVariant(entry.entityId) : QVariant(),
               entry.field.isEmpty() ? QVariant() : entry.field, entry.oldValue, entry.newValue, details});
}

} // namespace recoupe::audit
