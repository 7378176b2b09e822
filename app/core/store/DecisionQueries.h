// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PairKey.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace recoupe::queries {

// A stored decision on a pair of records (table pair_decision, keyed by source names and keys so that
// it survives re-imports).
struct PairDecisionRow
{
    qint64 id = 0;
    PairKey pair; // canonical order
    Decision decision = Decision::Unsure;
    QString decidedBy;
    QString decidedAt;
    QString note;
};

std::vector<PairDecisionRow> pairDecisions(QSqlDatabase& db);
// The decision on a pair, in either order.
std::optional<PairDecisionRow> pairDecision(QSqlDatabase& db, const PairKey& pair);
// Inserts or replaces the decision on a canonical pair.
void upsertPairDecision(QSqlDatabase& db, const PairDecisionRow& row);
void deletePairDecision(QSqlDatabase& db, qint64 id);
// True when the project has a current record with this source name and key.
bool recordExists(QSqlDatabase& db, const QString& source, const QString& key);

} // namespace recoupe::queries
