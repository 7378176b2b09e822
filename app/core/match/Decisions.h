// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/MatchRecord.h"
#include "store/DecisionQueries.h"

#include <QSqlDatabase>
#include <optional>

namespace recoupe::match {

// What a person decided about candidate pairs: the service the review panel and `recoupe-cli decide`
// call. Each call is one transaction and writes an audit_log entry (action "decide" / "undecide").
namespace Decisions {

// Records (or changes) the decision on a pair, stamped with Store::currentUser() and the time.
// Throws Error when either record is not in the project or both sides are one record.
queries::PairDecisionRow decide(QSqlDatabase& db, const PairKey& pair, Decision decision,
                                const QString& note = {});
// Forgets the decision on a pair, which may then be proposed again; false if there was none.
bool undecide(QSqlDatabase& db, const PairKey& pair);
std::optional<queries::PairDecisionRow> find(QSqlDatabase& db, const PairKey& pair);

} // namespace Decisions
} // namespace recoupe::match
