// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/SourceQuality.h"

#include "store/SqlUtil.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace recoupe::check {

namespace {

QString countList(const QHash<QString, qint64>& counts)
{
    QList<std::pair<QString, qint64>> list;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QStringList parts;
    for (const auto& [key, count] : list)
        parts << QStringLiteral("%1:%2").arg(key).arg(count);
    return parts.join(QLatin1Char(';'));
}

struct Quality
{
    qint64 records = 0, linked = 0, disagreeing = 0, withProblems = 0;
    QHash<QString, qint64> fields, codes;
};

} // namespace

QStringList qualityColumns()
{
    return {QStringLiteral("source"),
            QStringLiteral("records"),
            QStringLiteral("linked"),
            QStringLiteral("disagreeing"),
            QStringLiteral("disagreeing_fields"),
            QStringLiteral("with_problems"),
            QStringLiteral("problems_by_code")};
}

void forEachSourceQuality(QSqlDatabase& db, const queries::RowSink& sink)
{
    QMap<QString, Quality> bySource;
    {
        QSqlQuery q =
            sql::exec(db, QStringLiteral("SELECT s.name, count(r.id) FROM source s LEFT JOIN raw_record r ON "
                                         "r.source_id = s.id AND r.removed = 0 GROUP BY s.id"));
        while (q.next())
            bySource[q.value(0).toString()].records = q.value(1).toLongLong();
    }
    // Records of places that also hold records of another source, compared field by field with the place.
    static const char* const fields[] = {"name",    "address", "postcode", "commune",
                                         "website", "twitter", "facebook", "type"};
    QStringList compare;
    for (const char* f : fields)
        compare << QStringLiteral("r.%1 <> p.%1").arg(QLatin1String(f));
    // Positions: more than about 100 m apart.
    compare << QStringLiteral("(r.lon IS NOT NULL AND p.lon IS NOT NULL AND (abs(r.lon - p.lon) > 0.0013 OR "
                              "abs(r.lat - p.lat) > 0.0009))");
    QSqlQuery q = sql::exec(
        db, QStringLiteral(
                "SELECT s.name, %1 FROM raw_record r JOIN source s ON s.id = r.source_id "
                "JOIN place_record pr ON pr.raw_record_id = r.id JOIN place p ON p.id = pr.place_id "
                "WHERE r.removed = 0 AND EXISTS (SELECT 1 FROM place_record o JOIN raw_record ro ON ro.id = "
                "o.raw_record_id WHERE o.place_id = pr.place_id AND ro.source_id <> r.source_id)")
                .arg(compare.join(QStringLiteral(", "))));
    while (q.next()) {
        Quality& quality = bySource[q.value(0).toString()];
        ++quality.linked;
        bool any = false;
        for (int i = 0; i < int(std::size(fields)) + 1; ++i) {
            if (q.value(i + 1).toBool()) {
                any = true;
                ++quality.fields[i < int(std::size(fields)) ? QString::fromLatin1(fields[i])
                                                            : QStringLiteral("position")];
            }
        }
        quality.disagreeing += any ? 1 : 0;
    }
    QHash<QString, QSet<QString>> withProblems;
    for (const Problem& p : run(db)) {
        if (p.source.isEmpty())
            continue;
        Quality& quality = bySource[p.source];
        ++quality.codes[p.code];
        withProblems[p.source].insert(p.sourceKey);
    }
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        it->withProblems = withProblems.value(it.key()).size();
        sink({it.key(), it->records, it->linked, it->disagreeing, countList(it->fields), it->withProblems,
              countList(it->codes)});
    }
}

} // namespace recoupe::check
