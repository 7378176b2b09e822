// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace recoupe::exporting {

// One difference between two snapshots. `change` is added, removed, merged, split, reclassified, moved or
// changed; merged and split name the places in old_value (before) and new_value (after), under field
// place_id.
struct SnapshotChange
{
    QString change;
    qint64 placeId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

// `recoupe-cli diff`: change,place_id,field,old_value,new_value (a contract).
QStringList diffColumns();

// What changed from snapshot `from` to snapshot `to`, by place id then field, from the contents the
// project keeps (the files are not needed). Throws Error when a snapshot does not exist.
QList<SnapshotChange> diffSnapshots(QSqlDatabase& db, qint64 from, qint64 to);

// A report for people: counts per kind of change, then each change in a sentence (at most `limit`).
QString readableDiff(const QList<SnapshotChange>& changes, int limit = 500);

} // namespace recoupe::exporting
