// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CandidateQueries.h"

#include "store/AuditLog.h"
#include "store/BulkStatement.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace recoupe::queries {

qint64 replaceCandidates(QSqlDatabase& db, const MatchRunSummary& run,
                         const std::vector<CandidatePairRow>& pairs)
{
    sql::Transaction transaction(db);
    const qint64 previous =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM candidate_pair")).toLongLong();
    sql::exec(db, QStringLiteral("DELETE FROM candidate_pair"));
    QSqlQuery insertRun = sql::exec(
        db,
        QStringLiteral(
            "INSERT INTO match_run(at, user, records, same_pairs, review_pairs, group_count, seconds) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {run.at.isEmpty() ? Store::now() : run.at, run.user.isEmpty() ? Store::currentUser() : run.user,
         run.records, run.samePairs, run.reviewPairs, run.groups, run.seconds});
    const qint64 runId = insertRun.lastInsertId().toLongLong();

    {
        // Up to hundreds of thousands of pairs: SQLite's own binding (see BulkStatement).
        sql::BulkStatement insert(
            db,
            QStringLiteral("INSERT INTO candidate_pair(run_id, record_a, record_b, score, verdict, group_no, "
                           "distance_m, explanation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const QByteArray same = verdictKey(Verdict::Same).toUtf8();
        const QByteArray review = verdictKey(Verdict::Review).toUtf8();
        for (const CandidatePairRow& p : pairs) {
            insert.bind(0, runId);
            insert.bind(1, p.recordA);
            insert.bind(2, p.recordB);
            insert.bind(3, std::optional<double>(p.score));
            insert.bind(4, p.verdict == Verdict::Same ? same : review);
            insert.bind(5, p.group);
            insert.bind(6, p.distanceMetres >= 0 ? std::optional<double>(p.distanceMetres) : std::nullopt);
            insert.bind(7, p.explanation);
            insert.run();
        }
    }

    refreshCandidatePlaces(db);

    AuditEntry entry;
    entry.action = QStringLiteral("match");
    entry.entity = QStringLiteral("match_run");
    entry.entityId = runId;
    entry.field = QStringLiteral("candidate_pairs");
    entry.oldValue = previous;
    entry.newValue = qint64(pairs.size());
    entry.details = QJsonObject{{QStringLiteral("records"), run.records},
                                {QStringLiteral("same"), run.samePairs},
                                {QStringLiteral("review"), run.reviewPairs},
                                {QStringLiteral("groups"), run.groups}};
    audit::append(db, entry);
    transaction.commit();
    return runId;
}

MatchRunSummary lastMatchRun(QSqlDatabase& db)
{
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT id, at, user, records, same_pairs, review_pairs, "
                                     "group_count, seconds FROM match_run ORDER BY id DESC LIMIT 1"));
    MatchRunSummary run;
    if (q.next()) {
        run.id = q.value(0).toLongLong();
        run.at = q.value(1).toString();
        run.user = q.value(2).toString();
        run.records = q.value(3).toLongLong();
        run.samePairs = q.value(4).toLongLong();
        run.reviewPairs = q.value(5).toLongLong();
        run.groups = q.value(6).toLongLong();
        run.seconds = q.value(7).toDouble();
    }
    return run;
}

qint64 candidatePairCount(QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM candidate_pair")).toLongLong();
}

void markCandidatePairs(QSqlDatabase& db, const QList<qint64>& recordsA, const QList<qint64>& recordsB,
                        std::optional<Decision> decision)
{
    if (recordsA.isEmpty() || recordsB.isEmpty())
        return;
    const QVariant value =
        decision ? QVariant(decisionKey(*decision)) : QVariant(QMetaType(QMetaType::QString));
    if (recordsA.size() == 1 && recordsB.size() == 1) {
        // The usual case (two places of one record each), kept prepared for batches.
        sql::execKept(
            db,
            QStringLiteral("UPDATE candidate_pair SET decision = ? WHERE (record_a = ? AND record_b = ?) "
                           "OR (record_a = ? AND record_b = ?)"),
            {value, recordsA.first(), recordsB.first(), recordsB.first(), recordsA.first()});
        return;
    }
    const QString a = sql::idList(recordsA);
    const QString b = sql::idList(recordsB);
    // Either order: the run stores the matcher's order.
    sql::exec(
        db,
        QStringLiteral("UPDATE candidate_pair SET decision = ? WHERE (record_a IN (%1) AND record_b IN (%2)) "
                       "OR (record_a IN (%2) AND record_b IN (%1))")
            .arg(a, b),
        {decision ? QVariant(decisionKey(*decision)) : QVariant(QMetaType(QMetaType::QString))});
}

void refreshCandidatePlaces(QSqlDatabase& db)
{
    sql::exec(db, QStringLiteral("DELETE FROM candidate_place"));
    sql::exec(db, QStringLiteral(
                      "INSERT INTO candidate_place(place_id) SELECT DISTINCT place_id FROM place_record "
                      "WHERE raw_record_id IN (SELECT record_a FROM candidate_pair WHERE decision IS NULL "
                      "UNION SELECT record_b FROM candidate_pair WHERE decision IS NULL)"));
}

void refreshCandidatePlaces(QSqlDatabase& db, const QList<qint64>& placeIds)
{
    for (qint64 id : placeIds) {
        sql::execKept(db, QStringLiteral("DELETE FROM candidate_place WHERE place_id = ?"), {id});
        // A place is marked while an undecided kept pair joins one of its records to another place's.
        sql::execKept(
            db,
            QStringLiteral(
                "INSERT INTO candidate_place(place_id) SELECT ? WHERE EXISTS (SELECT 1 FROM place_record pr "
                "JOIN candidate_pair c ON c.record_a = pr.raw_record_id JOIN place_record po ON "
                "po.raw_record_id = c.record_b WHERE pr.place_id = ? AND po.place_id <> ? AND "
                "c.decision IS NULL) OR EXISTS (SELECT 1 FROM place_record pr JOIN candidate_pair c ON "
                "c.record_b = pr.raw_record_id JOIN place_record po ON po.raw_record_id = c.record_a "
                "WHERE pr.place_id = ? AND po.place_id <> ? AND c.decision IS NULL)"),
            {id, id, id, id, id});
    }
}

std::vector<PlaceCandidate> candidatesOfPlace(QSqlDatabase& db, qint64 placeId)
{
    // Both directions of each pair, joined to the other side's record, source and place.
    QSqlQuery q = sql::exec(
        db,
        QStringLiteral(
            "WITH mine AS (SELECT raw_record_id AS id FROM place_record WHERE place_id = ?), "
            "pairs AS (SELECT c.*, c.record_b AS other FROM candidate_pair c WHERE c.record_a IN mine AND "
            "c.decision IS NULL UNION ALL SELECT c.*, c.record_a AS other FROM candidate_pair c WHERE "
            "c.record_b IN mine AND c.decision IS NULL) "
            "SELECT pr.place_id, p.name, s.name, r.source_key, x.score, x.verdict, x.distance_m, "
            "x.explanation FROM pairs x JOIN raw_record r ON r.id = x.other JOIN source s ON "
            "s.id = r.source_id JOIN place_record pr ON pr.raw_record_id = r.id JOIN place p ON "
            "p.id = pr.place_id WHERE pr.place_id <> ? ORDER BY x.score DESC"),
        {placeId, placeId});
    std::vector<PlaceCandidate> out;
    while (q.next()) {
        PlaceCandidate c;
        c.otherPlaceId = q.value(0).toLongLong();
        c.otherName = q.value(1).toString();
        c.otherSource = q.value(2).toString();
        c.otherKey = q.value(3).toString();
        c.score = q.value(4).toDouble();
        c.verdict = q.value(5).toString() == verdictKey(Verdict::Same) ? Verdict::Same : Verdict::Review;
        c.distanceMetres = q.value(6).isNull() ? -1 : q.value(6).toDouble();
        c.explanation = q.value(7).toString();
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<std::pair<QPointF, QPointF>> candidateLinks(QSqlDatabase& db, const PlaceFilter& filter,
                                                        double maxMetres, qsizetype limit)
{
    // The places the filter shows, computed once for both ends of every pair.
    const SqlCondition shown = filter::condition(db, filter);
    const QString shownIds =
        QStringLiteral("WITH shown(id) AS MATERIALIZED (SELECT p.id FROM place p%1) ").arg(shown.clause);
    // From the pairs to their places, in that order (CROSS JOIN), the shown places a test of each end
    // (unary +: not an index to walk). Left to itself, SQLite walked every shown place for both ends, each
    // pair of places, before looking at a single candidate pair: the map of a 300,000-place project never
    // came (its points come with the links).
    QSqlQuery q = sql::prepare(
        db,
        QStringLiteral("%1SELECT pa.lon, pa.lat, pb.lon, pb.lat FROM candidate_pair c "
                       "CROSS JOIN place_record ra ON ra.raw_record_id = c.record_a "
                       "CROSS JOIN place pa ON pa.id = ra.place_id "
                       "CROSS JOIN place_record rb ON rb.raw_record_id = c.record_b "
                       "CROSS JOIN place pb ON pb.id = rb.place_id "
                       "WHERE c.decision IS NULL AND pa.id <> pb.id AND pa.lon IS NOT NULL AND pa.lat IS NOT "
                       "NULL AND pb.lon IS NOT NULL AND pb.lat IS NOT NULL AND c.distance_m <= ? %2"
                       "ORDER BY c.score DESC LIMIT ?")
            .arg(shown.clause.isEmpty() ? QString() : shownIds,
                 shown.clause.isEmpty() ? QString()
                                        : QStringLiteral("AND +pa.id IN shown AND +pb.id IN shown ")));
    int i = 0;
    for (const QVariant& v : shown.values)
        q.bindValue(i++, v);
    q.bindValue(i++, maxMetres);
    q.bindValue(i++, limit);
    sql::exec(q);
    q.setForwardOnly(true);
    std::vector<std::pair<QPointF, QPointF>> links;
    while (q.next()) {
        links.emplace_back(QPointF(q.value(0).toDouble(), q.value(1).toDouble()),
                           QPointF(q.value(2).toDouble(), q.value(3).toDouble()));
    }
    return links;
}

} // namespace recoupe::queries
