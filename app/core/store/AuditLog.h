// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace recoupe {

// One row of the audit log: every change to a project is written here, forever.
struct AuditEntry
{
    QString action; // "import", "edit", "move", "merge", "decide", ...
    QString entity; // "place", "source", "pair", ...
    qint64 entityId = 0;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QJsonObject details;
};

namespace audit {

// Appends an entry inside the caller's transaction, stamped with the time and Store::currentUser().
void append(QSqlDatabase& db, const AuditEntry& entry);

} // namespace audit
} // namespace recoupe
