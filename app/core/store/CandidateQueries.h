// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PairKey.h"
#include "store/PlaceFilter.h"

#include <QList>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace recoupe::queries {

// One candidate pair as kept in the project (table candidate_pair) by the last matching run.
struct CandidatePairRow
{
    qint64 recordA = 0; // raw_record ids
    qint64 recordB = 0;
    double score = 0;
    Verdict verdict = Verdict::Review;
    qint64 group = 0;
    double distanceMetres = -1; // negative when a position is missing
    QString explanation;        // in the language of the run
};

struct MatchRunSummary
{
    qint64 id = 0;
    QString at;
    QString user;
    qint64 records = 0;
    qint64 samePairs = 0;
    qint64 reviewPairs = 0;
    qint64 groups = 0;
    double seconds = 0;
};

// Replaces the kept candidates with those of a new run, in one transaction, audited ("match").
// Returns the run's id.
qint64 replaceCandidates(QSqlDatabase& db, const MatchRunSummary& run,
                         const std::vector<CandidatePairRow>& pairs);

// The last run, if any (id 0 when the project was never matched).
MatchRunSummary lastMatchRun(QSqlDatabase& db);
qint64 candidatePairCount(QSqlDatabase& db);

// Writes a decision (or none: back to review) on the kept pairs between any record of `recordsA` and
// any of `recordsB` (inside the caller's transaction). Decided pairs stay kept, for the review queue's
// progress, but leave the filter, the marks and the links.
void markCandidatePairs(QSqlDatabase& db, const QList<qint64>& recordsA, const QList<qint64>& recordsB,
                        std::optional<Decision> decision);

// Recomputes candidate_place (the places holding a record of an undecided kept pair) from candidate_pair.
void refreshCandidatePlaces(QSqlDatabase& db);
// The same for a few places only (after a decision, a merge or a split).
void refreshCandidatePlaces(QSqlDatabase& db, const QList<qint64>& placeIds);

// A kept candidate pair seen from one place: the other record and its place.
struct PlaceCandidate
{
    qint64 otherPlaceId = 0;
    QString otherName;
    QString otherSource;
    QString otherKey;
    double score = 0;
    Verdict verdict = Verdict::Review;
    double distanceMetres = -1;
    QString explanation;
};

// The kept candidate pairs of a place's records with records of other places, best scores first.
std::vector<PlaceCandidate> candidatesOfPlace(QSqlDatabase& db, qint64 placeId);

// The kept candidate pairs between two located places at most maxMetres apart, both shown by the
// filter, as lon/lat ends (for the map's links), at most `limit` of them, best scores first.
std::vector<std::pair<QPointF, QPointF>> candidateLinks(QSqlDatabase& db, const PlaceFilter& filter,
                                                        double maxMetres, qsizetype limit);

} // namespace recoupe::queries
