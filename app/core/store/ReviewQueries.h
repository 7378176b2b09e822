// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PairKey.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace recoupe::queries {

// Which groups of the last search the review queue shows.
struct ReviewFilter
{
    std::optional<Verdict> verdict; // groups with at least one pair of this verdict
    double minScore = 0;            // groups whose best pair scores within [minScore, maxScore]
    double maxScore = 1;
    qint64 sourceId = 0; // pairs with a record of this source
    QString region;      // pairs whose first place lies in this région / département (postcode)
    QString departement;
    bool undecidedOnly = false; // groups with a pair still to decide
    bool operator==(const ReviewFilter&) const = default;
};

// One group of the queue: the candidate pairs of the last search that the matcher grouped together.
struct ReviewGroup
{
    qint64 group = 0;
    double bestScore = 0;
    double worstScore = 0;
    int pairs = 0;
    int decided = 0;
    bool allSame = false; // every pair has verdict "same"
    bool examined() const { return decided >= pairs; }
};

// One kept candidate pair, with both records' identity and current places.
struct ReviewPair
{
    qint64 candidateId = 0;
    qint64 group = 0;
    qint64 recordA = 0;
    qint64 recordB = 0;
    qint64 placeA = 0;
    qint64 placeB = 0;
    QString sourceA;
    QString keyA;
    QString sourceB;
    QString keyB;
    double score = 0;
    Verdict verdict = Verdict::Review;
    std::optional<Decision> decision;
    double distanceMetres = -1;
    QString explanation;
};

// The queue's groups, best score first (the matcher numbers groups in that order).
std::vector<ReviewGroup> reviewGroups(QSqlDatabase& db, const ReviewFilter& filter = {});
// One group's summary (after an action on it).
ReviewGroup reviewGroup(QSqlDatabase& db, qint64 group);
// The pairs of one group, best score first.
std::vector<ReviewPair> groupPairs(QSqlDatabase& db, qint64 group);
// Every kept pair, by group then score (for `recoupe-cli review`).
void forEachReviewPair(QSqlDatabase& db, const std::function<void(const ReviewPair&)>& sink);
// Groups of which every pair is undecided, verdict "same" and at least minScore (batch accept).
std::vector<qint64> batchGroups(QSqlDatabase& db, double minScore);

} // namespace recoupe::queries
