// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/MatchRunner.h"

#include "match/Blocker.h"
#include "match/RecordTable.h"
#include "store/CandidateQueries.h"
#include "store/DecisionQueries.h"
#include "store/MatchQueries.h"
#include "store/Store.h"

#include <QHash>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QSet>

namespace recoupe::match {

MatchRunner::MatchRunner(QString projectPath, MatchSettings settings)
    : m_projectPath(std::move(projectPath)), m_matcher(std::move(settings))
{
}

PairKey MatchRunner::pairKey(const CandidatePair& pair) const
{
    const MatchRecord& a = m_records.at(pair.a);
    const MatchRecord& b = m_records.at(pair.b);
    return PairKey{a.source, a.key, b.source, b.key}.canonical();
}

MatchResult MatchRunner::run(const MatchProgress& progress)
{
    std::vector<uint64_t> excluded;
    // With setFreeMatchOnlyFields(), the records are read into a compact table, and made MatchRecords
    // (without the fields only the matcher reads) once matched: a million MatchRecords held whole while
    // matching were more than half of the memory.
    RecordTable table;
    const bool compact = m_freeMatchOnlyFields;
    {
        // Matching only reads: a read-only project can be matched (`match --no-save`); save() writes.
        Store store(m_projectPath, Store::Access::Read);
        m_records.clear();
        if (compact)
            table = queries::matchRecordTable(store.database());
        else
            m_records = queries::matchRecords(store.database());
        const size_t count = compact ? table.size() : m_records.size();
        const auto recordId = [&](size_t i) { return compact ? table.recordId(i) : m_records[i].recordId; };
        const auto identity = [&](size_t i) {
            return compact ? QPair<QString, QString>(table.sourceName(i), table.key(i))
                           : QPair<QString, QString>(m_records[i].source, m_records[i].key);
        };
        const auto decisions = queries::pairDecisions(store.database());
        const auto merged = queries::placesOfSeveralRecords(store.database());
        if (!merged.empty()) {
            // Records already one place are not candidates of each other (a merge also decided them).
            QHash<qint64, uint32_t> byId;
            byId.reserve(qsizetype(count));
            for (size_t i = 0; i < count; ++i)
                byId.insert(recordId(i), uint32_t(i));
            for (const auto& records : merged) {
                for (size_t x = 0; x < records.size(); ++x) {
                    for (size_t y = x + 1; y < records.size(); ++y) {
                        const auto a = byId.constFind(records[x]);
                        const auto b = byId.constFind(records[y]);
                        if (a != byId.constEnd() && b != byId.constEnd())
                            excluded.push_back(Blocker::pack(*a, *b));
                    }
                }
            }
        }
        if (!decisions.empty()) {
            QHash<QPair<QString, QString>, uint32_t> index;
            index.reserve(qsizetype(count));
            for (size_t i = 0; i < count; ++i)
                index.insert(identity(i), uint32_t(i));
            for (const auto& d : decisions) {
                const auto a = index.constFind({d.pair.sourceA, d.pair.keyA});
                const auto b = index.constFind({d.pair.sourceB, d.pair.keyB});
                if (a != index.constEnd() && b != index.constEnd() && *a != *b)
                    excluded.push_back(Blocker::pack(*a, *b));
            }
        }
    }
    if (!compact)
        return m_matcher.run(m_records, excluded, progress);
    // See setFreeMatchOnlyFields().
    const auto dropMatchOnlyFields = [&table] {
        table.dropMatchOnlyFields();
#ifdef __GLIBC__
        malloc_trim(0); // give the freed texts' pages back
#endif
    };
    MatchResult result = m_matcher.run(table, excluded, progress, dropMatchOnlyFields);
    m_records = table.takeRecords();
    return result;
}

qint64 MatchRunner::save(const MatchResult& result, double minScore) const
{
    std::vector<queries::CandidatePairRow> rows;
    rows.reserve(result.pairs.size());
    queries::MatchRunSummary run;
    run.records = result.statistics.records;
    run.seconds = result.statistics.seconds;
    QSet<uint32_t> groups;
    for (const CandidatePair& p : result.pairs) {
        if (p.score < minScore)
            continue;
        queries::CandidatePairRow row;
        row.recordA = m_records.at(p.a).recordId;
        row.recordB = m_records.at(p.b).recordId;
        row.score = p.score;
        row.verdict = p.verdict;
        row.group = p.group;
        row.distanceMetres = p.evidence.distanceMetres;
        row.explanation = PairScorer::explain(p.evidence);
        rows.push_back(std::move(row));
        (p.verdict == Verdict::Same ? run.samePairs : run.reviewPairs) += 1;
        groups.insert(p.group);
    }
    run.groups = groups.size();
    Store store(m_projectPath, Store::Access::Write);
    queries::replaceCandidates(store.database(), run, rows);
    return qint64(rows.size());
}

} // namespace recoupe::match
