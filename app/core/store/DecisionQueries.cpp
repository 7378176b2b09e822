// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DecisionQueries.h"

#include "store/SqlUtil.h"

namespace recoupe::queries {

namespace {

const QString columns =
    QStringLiteral("id, source_a, key_a, source_b, key_b, decision, decided_by, decided_at, note");

PairDecisionRow rowFrom(const QSqlQuery& q)
{
    PairDecisionRow row;
    row.id = q.value(0).toLongLong();
    row.pair =
        PairKey{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}
            .canonical();
    row.decision = decisionFromKey(q.value(5).toString()).value_or(Decision::Unsure);
    row.decidedBy = q.value(6).toString();
    row.decidedAt = q.value(7).toString();
    row.note = q.value(8).toString();
    return row;
}

} // namespace

std::vector<PairDecisionRow> pairDecisions(QSqlDatabase& db)
{
    std::vector<PairDecisionRow> rows;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT %1 FROM pair_decision ORDER BY id").arg(columns));
    while (q.next())
        rows.push_back(rowFrom(q));
    return rows;
}

std::optional<PairDecisionRow> pairDecision(QSqlDatabase& db, const PairKey& pair)
{
    QSqlQuery q = sql::exec(
        db,
        QStringLiteral("SELECT %1 FROM pair_decision WHERE (source_a = ? AND key_a = ? AND "
                       "source_b = ? AND key_b = ?) OR (source_a = ? AND key_a = ? AND "
                       "source_b = ? AND key_b = ?) ORDER BY id DESC LIMIT 1")
            .arg(columns),
        {pair.sourceA, pair.keyA, pair.sourceB, pair.keyB, pair.sourceB, pair.keyB, pair.sourceA, pair.keyA});
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

void upsertPairDecision(QSqlDatabase& db, const PairDecisionRow& row)
{
    const PairKey& p = row.pair;
    // A row written in the other order by an older tool is replaced by the canonical one.
    sql::execKept(
        db,
        QStringLiteral("DELETE FROM pair_decision WHERE source_a = ? AND key_a = ? AND source_b = ? AND "
                       "key_b = ?"),
        {p.sourceB, p.keyB, p.sourceA, p.keyA});
    sql::execKept(
        db,
        QStringLiteral("INSERT INTO pair_decision(source_a, key_a, source_b, key_b, decision, decided_by, "
                       "decided_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(source_a, key_a, source_b, key_b) DO UPDATE SET "
                       "decision = excluded.decision, decided_by = excluded.decided_by, "
                       "decided_at = excluded.decided_at, note = excluded.note"),
        {p.sourceA, p.keyA, p.sourceB, p.keyB, decisionKey(row.decision), row.decidedBy, row.decidedAt,
         row.note});
}

void deletePairDecision(QSqlDatabase& db, qint64 id)
{
    sql::exec(db, QStringLiteral("DELETE FROM pair_decision WHERE id = ?"), {id});
}

bool recordExists(QSqlDatabase& db, const QString& source, const QString& key)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM raw_record r JOIN source s ON s.id = r.source_id "
                                      "WHERE s.name = ? AND r.source_key = ? AND r.removed = 0"),
                       {source, key})
               .toLongLong() > 0;
}

} // namespace recoupe::queries
