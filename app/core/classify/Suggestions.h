// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/TypeFit.h"
#include "classify/TypeSuggester.h"

#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace recoupe::classify {

// The suggested types kept in the project (table place_suggestion), for the editor, the table's filter
// "suggested type differs" and `recoupe-cli classify --suggest`. Every function runs inside the caller's
// transaction (or its own) and throws Error.

// The evidence of the given places (their records, with source names and original attributes).
QList<PlaceEvidence> readEvidence(QSqlDatabase& db, const QList<qint64>& placeIds);

// Suggests again for the given places (merges, splits, edits of their records).
void refreshSuggestions(QSqlDatabase& db, const QList<qint64>& placeIds,
                        const TypeModel& model = TypeModel::bundled());

// Suggests for every active place, in one transaction; `progress(done, total)` returns false to cancel
// (nothing is then written). Returns false when cancelled.
bool refreshAllSuggestions(QSqlDatabase& db, const TypeModel& model = TypeModel::bundled(),
                           const std::function<bool(qint64, qint64)>& progress = {});

// Active places that have no suggestion yet (a new import, an old project).
qint64 placesWithoutSuggestion(QSqlDatabase& db);

// A kept suggestion, beside the place's curated type.
struct SuggestionRow
{
    qint64 placeId = 0;
    PlaceType type = PlaceType::Unknown;
    ExclusionReason exclusion = ExclusionReason::None;
    QString note; // the exclusion's note
    PlaceType suggested = PlaceType::Unknown;
    ExclusionReason suggestedExclusion = ExclusionReason::None;
    double confidence = 0.0;
    QString reason;
    bool disputed = false;
};
// Places whose type is unknown or disputed (all: every active place), by place id.
QList<SuggestionRow> listSuggestions(QSqlDatabase& db, bool all);
// The kept suggestions of the given places (those that have one).
QList<SuggestionRow> suggestionsOf(QSqlDatabase& db, const QList<qint64>& placeIds);

// Every record whose source says coworking or fablab, for fitting and evaluating the word model.
QList<LabelledRecord> labelledRecords(QSqlDatabase& db);

} // namespace recoupe::classify
