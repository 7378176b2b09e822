// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReviewQueries.h"

#include "store/PlaceFilter.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

namespace recoupe::queries {

namespace {

// Both records of each pair with their source, key and place.
const QString pairSelect = QStringLiteral(
    "SELECT c.id, c.group_no, c.record_a, c.record_b, pa.place_id, pb.place_id, sa.name, ra.source_key, "
    "sb.name, "
    "rb.source_key, c.score, c.verdict, c.decision, c.distance_m, c.explanation FROM candidate_pair c "
    "JOIN raw_record ra ON ra.id = c.record_a JOIN source sa ON sa.id = ra.source_id "
    "JOIN raw_record rb ON rb.id = c.record_b JOIN source sb ON sb.id = rb.source_id "
    "LEFT JOIN place_record pa ON pa.raw_record_id = c.record_a "
    "LEFT JOIN place_record pb ON pb.raw_record_id = c.record_b ");

// A row read at once (sql::rowsKept) seen as a query's value(i).
struct RowValues
{
    const QVariantList& row;
    QVariant value(int i) const { return row.value(i); }
};

template <typename Row> ReviewPair pairFrom(const Row& q)
{
    ReviewPair p;
    p.candidateId = q.value(0).toLongLong();
    p.group = q.value(1).toLongLong();
    p.recordA = q.value(2).toLongLong();
    p.recordB = q.value(3).toLongLong();
    p.placeA = q.value(4).toLongLong();
    p.placeB = q.value(5).toLongLong();
    p.sourceA = q.value(6).toString();
    p.keyA = q.value(7).toString();
    p.sourceB = q.value(8).toString();
    p.keyB = q.value(9).toString();
    p.score = q.value(10).toDouble();
    p.verdict = q.value(11).toString() == verdictKey(Verdict::Same) ? Verdict::Same : Verdict::Review;
    if (!q.value(12).isNull())
        p.decision = decisionFromKey(q.value(12).toString());
    p.distanceMetres = q.value(13).isNull() ? -1 : q.value(13).toDouble();
    p.explanation = q.value(14).toString();
    return p;
}

const QString groupColumns =
    QStringLiteral("group_no, max(score), min(score), count(*), count(decision), min(verdict = 'same')");

ReviewGroup groupFrom(const QSqlQuery& q)
{
    ReviewGroup g;
    g.group = q.value(0).toLongLong();
    g.bestScore = q.value(1).toDouble();
    g.worstScore = q.value(2).toDouble();
    g.pairs = q.value(3).toInt();
    g.decided = q.value(4).toInt();
    g.allSame = q.value(5).toBool();
    return g;
}

} // namespace

std::vector<ReviewGroup> reviewGroups(QSqlDatabase& db, const ReviewFilter& f)
{
    QStringList where;
    QVariantList values;
    if (f.sourceId > 0) {
        where << QStringLiteral("(c.record_a IN (SELECT id FROM raw_record WHERE source_id = ?) OR "
                                "c.record_b IN (SELECT id FROM raw_record WHERE source_id = ?))");
        values << f.sourceId << f.sourceId;
    }
    if (!f.region.isEmpty() || !f.departement.isEmpty()) {
        PlaceFilter places;
        places.region = f.region;
        places.departement = f.departement;
        const SqlCondition condition = filter::condition(places);
        where << QStringLiteral("c.record_a IN (SELECT pr.raw_record_id FROM place_record pr JOIN place p ON "
                                "p.id = pr.place_id%1)")
                     .arg(condition.clause);
        values << condition.values;
    }
    QStringList having;
    if (f.verdict) {
        having << QStringLiteral("max(verdict = ?)");
        values << verdictKey(*f.verdict);
    }
    if (f.minScore > 0 || f.maxScore < 1) {
        having << QStringLiteral("max(score) BETWEEN ? AND ?");
        values << f.minScore << f.maxScore;
    }
    if (f.undecidedOnly)
        having << QStringLiteral("count(decision) < count(*)");
    QSqlQuery q = sql::prepare(
        db, QStringLiteral(
                "SELECT %1 FROM candidate_pair c%2 GROUP BY group_no%3 ORDER BY max(score) DESC, group_no")
                .arg(groupColumns,
                     where.isEmpty() ? QString()
                                     : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                     having.isEmpty() ? QString()
                                      : QStringLiteral(" HAVING ") + having.join(QStringLiteral(" AND "))));
    int i = 0;
    for (const QVariant& v : std::as_const(values))
        q.bindValue(i++, v);
    sql::exec(q);
    std::vector<ReviewGroup> groups;
    while (q.next())
        groups.push_back(groupFrom(q));
    return groups;
}

ReviewGroup reviewGroup(QSqlDatabase& db, qint64 group)
{
    QSqlQuery q =
        sql::exec(db,
                  QStringLiteral("SELECT %1 FROM candidate_pair WHERE group_no = ? GROUP BY group_no")
                      .arg(groupColumns),
                  {group});
    return q.next() ? groupFrom(q) : ReviewGroup{};
}

std::vector<ReviewPair> groupPairs(QSqlDatabase& db, qint64 group)
{
    // Kept prepared: the review panel and a batch open thousands of groups.
    static const QString select =
        pairSelect + QStringLiteral("WHERE c.group_no = ? ORDER BY c.score DESC, c.id");
    std::vector<ReviewPair> pairs;
    for (const QVariantList& row : sql::rowsKept(db, select, {group}))
        pairs.push_back(pairFrom(RowValues{row}));
    return pairs;
}

void forEachReviewPair(QSqlDatabase& db, const std::function<void(const ReviewPair&)>& sink)
{
    QSqlQuery q = sql::exec(db, pairSelect + QStringLiteral("ORDER BY c.group_no, c.score DESC, c.id"));
    while (q.next())
        sink(pairFrom(q));
}

std::vector<qint64> batchGroups(QSqlDatabase& db, double minScore)
{
    QSqlQuery q =
        sql::exec(db,
                  QStringLiteral("SELECT group_no FROM candidate_pair GROUP BY group_no HAVING "
                                 "count(decision) = 0 AND min(verdict = 'same') = 1 AND min(score) >= ? "
                                 "ORDER BY max(score) DESC, group_no"),
                  {minScore});
    std::vector<qint64> groups;
    while (q.next())
        groups.push_back(q.value(0).toLongLong());
    return groups;
}

} // namespace recoupe::queries
