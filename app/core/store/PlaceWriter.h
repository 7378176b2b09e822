// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PairKey.h"
#include "domain/PlaceFields.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>
#include <optional>

namespace recoupe {

// The state of a place as merges and splits read and restore it.
struct PlaceState
{
    qint64 id = 0;
    qint64 primaryRecordId = 0;
    QString status;
    QString updatedAt;
    QVariantList values;                  // indexed by Field, as stored (text, integer type, real or NULL)
    QList<std::optional<qint64>> origins; // indexed by Field: no field_origin row, or its record (0 = manual)
    QList<qint64> records;                // raw_record ids, primary first
};

// One field of a merged place: its value as stored and where it comes from (a record, or typed by hand).
struct FieldChoice
{
    Field field = Field::Name;
    QVariant value;
    qint64 originRecordId = 0; // 0: manual
};

// A merge: `kept` absorbs `absorbed`, and takes `fields` (one per field; fields left out keep kept's value).
struct MergePlan
{
    qint64 kept = 0;
    QList<qint64> absorbed;
    QList<FieldChoice> fields;
};

// The SQL of merges, splits and decisions, for the edit commands (which record the changes for undo and
// write the audit log). Every function runs inside the caller's transaction and throws Error.
namespace placeWriter {

PlaceState readPlace(QSqlDatabase& db, qint64 placeId);

// Moves the absorbed places' records to the kept place, marks them merged, writes the kept place's fields
// and their origins, records "same" on the pairs of records now in one place, and keeps in place_merge
// what a split needs.
void merge(QSqlDatabase& db, const MergePlan& plan);

// Brings back every place merged into `placeId` (latest merge first) and the place as it was before its
// first merge (fields that came from a record take that record's current value, so a re-import since is
// kept; fields typed by hand their value). The pairs between the restored places get `pairsBecome`, or
// no decision at all (they are proposed again). Returns the restored place ids, `placeId` first.
QList<qint64> split(QSqlDatabase& db, qint64 placeId, std::optional<Decision> pairsBecome);

// True when the place absorbed others and was not split since.
bool isMerged(QSqlDatabase& db, qint64 placeId);

// Records (or replaces) a decision on a pair of records, by source keys, and on the kept candidate pair;
// `decision` empty forgets it. Returns the previous decision, if any.
std::optional<Decision> decide(QSqlDatabase& db, const PairKey& pair, std::optional<Decision> decision,
                               const QString& note = {});

// The record id of a (source, key), or 0.
qint64 recordId(QSqlDatabase& db, const QString& source, const QString& key);
// The place holding a record, or 0.
qint64 placeOfRecord(QSqlDatabase& db, qint64 recordId);
// The pair key of two records.
PairKey pairKeyOf(QSqlDatabase& db, qint64 recordA, qint64 recordB);

} // namespace placeWriter
} // namespace recoupe
