// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Decisions.h"

#include "Error.h"
#include "store/AuditLog.h"
#include "store/CandidateQueries.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace recoupe::match::Decisions {

namespace {

QJsonObject describe(const PairKey& p, const QString& note)
{
    QJsonObject o{{QStringLiteral("source_a"), p.sourceA},
                  {QStringLiteral("key_a"), p.keyA},
                  {QStringLiteral("source_b"), p.sourceB},
                  {QStringLiteral("key_b"), p.keyB}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

} // namespace

queries::PairDecisionRow decide(QSqlDatabase& db, const PairKey& pair, Decision decision, const QString& note)
{
    const PairKey p = pair.canonical();
    if (p.sourceA == p.sourceB && p.keyA == p.keyB)
        throw Error(QCoreApplication::translate("match", "A record cannot be paired with itself (%1 %2)")
                        .arg(p.sourceA, p.keyA));
    for (const auto& [source, key] : {std::pair(p.sourceA, p.keyA), std::pair(p.sourceB, p.keyB)}) {
        if (!queries::recordExists(db, source, key))
            throw Error(QCoreApplication::translate("match",
                                                    "No record with key \"%1\" in source \"%2\": check the "
                                                    "source name (see the sources command) and the key")
                            .arg(key, source));
    }
    sql::Transaction transaction(db);
    const auto previous = queries::pairDecision(db, p);
    queries::PairDecisionRow row;
    row.pair = p;
    row.decision = decision;
    row.decidedBy = Store::currentUser();
    row.decidedAt = Store::now();
    row.note = note;
    row.id = queries::upsertPairDecision(db, row);
    queries::dropCandidatePair(db, p); // decided: no longer a candidate
    AuditEntry entry;
    entry.action = QStringLiteral("decide");
    entry.entity = QStringLiteral("pair");
    entry.entityId = row.id;
    entry.field = QStringLiteral("decision");
    entry.oldValue = previous ? QVariant(decisionKey(previous->decision)) : QVariant();
    entry.newValue = decisionKey(decision);
    entry.details = describe(p, note);
    audit::append(db, entry);
    transaction.commit();
    return row;
}

bool undecide(QSqlDatabase& db, const PairKey& pair)
{
    const PairKey p = pair.canonical();
    sql::Transaction transaction(db);
    const auto previous = queries::pairDecision(db, p);
    if (!previous)
        return false;
    queries::deletePairDecision(db, previous->id);
    AuditEntry entry;
    entry.action = QStringLiteral("undecide");
    entry.entity = QStringLiteral("pair");
    entry.entityId = previous->id;
    entry.field = QStringLiteral("decision");
    entry.oldValue = decisionKey(previous->decision);
    entry.details = describe(p, previous->note);
    audit::append(db, entry);
    transaction.commit();
    return true;
}

std::optional<queries::PairDecisionRow> find(QSqlDatabase& db, const PairKey& pair)
{
    return queries::pairDecision(db, pair.canonical());
}

} // namespace recoupe::match::Decisions
