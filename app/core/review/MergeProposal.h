// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PlaceWriter.h"

#include <QList>
#include <QSqlDatabase>

namespace recoupe::review {

// One place's offer for one field at a merge: its current value and where that value comes from.
struct FieldOffer
{
    qint64 placeId = 0;
    QVariant value;            // as stored
    qint64 originRecordId = 0; // 0: typed by hand
    QString sourceName;        // the origin record's source ("" when typed by hand)
    QString importedAt;        // when that record was last imported
};

// What the merge panel and `recoupe-cli merge` start from: for each field, every place's offer and the
// one the rule picks.
struct MergeProposal
{
    MergePlan plan;                  // kept place, absorbed places and the picked value of each field
    QList<QList<FieldOffer>> offers; // indexed by Field, one offer per place (kept first)
    QList<int> picked;               // indexed by Field: the index of the picked offer
};

// The place that absorbs the others when nobody says which: the one holding most records, then the
// oldest (lowest id).
qint64 proposedKeptPlace(QSqlDatabase& db, const QList<qint64>& placeIds);

// Proposes the merge of `placeIds` into `keptId` (which must be one of them). The rule, field by field:
// 1. a value over no value (an empty text, no coordinates, type "unknown");
// 2. for the position (longitude and latitude together, from one place): the most precise geocode, that
//    is the most decimals (up to 6, about 10 cm);
// 3. the most recent source (the origin record imported last; a value typed by hand counts as newest);
// 4. the kept place's own value.
// Throws Error when a place does not exist or was merged already.
MergeProposal proposeMerge(QSqlDatabase& db, qint64 keptId, const QList<qint64>& placeIds);

// Decimals of a coordinate as written by its source (shortest form), at most 6.
int coordinateDecimals(double value);

} // namespace recoupe::review
