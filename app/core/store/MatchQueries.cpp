// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MatchQueries.h"

#include "store/SqlUtil.h"

namespace recoupe::queries {

std::vector<match::MatchRecord> matchRecords(QSqlDatabase& db)
{
    std::vector<match::MatchRecord> records;
    records.reserve(size_t(
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM raw_record WHERE removed = 0")).toLongLong()));
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT s.name, r.source_key, r.name, r.address, r.postcode, r.website, "
                                     "r.twitter, r.facebook, r.type, r.lon, r.lat, r.id FROM raw_record r "
                                     "JOIN source s ON s.id = r.source_id WHERE r.removed = 0 "
                                     "ORDER BY s.name, r.id"));
    q.setForwardOnly(true);
    QString lastSource;
    while (q.next()) {
        match::MatchRecord r;
        r.source = q.value(0).toString();
        if (r.source == lastSource)
            r.source = lastSource; // share one string per source
        else
            lastSource = r.source;
        r.key = q.value(1).toString();
        r.name = q.value(2).toString();
        r.address = q.value(3).toString();
        r.postcode = q.value(4).toString();
        r.website = q.value(5).toString();
        r.twitter = q.value(6).toString();
        r.facebook = q.value(7).toString();
        r.type = PlaceType(q.value(8).toInt());
        if (!q.value(9).isNull() && !q.value(10).isNull()) {
            r.lon = q.value(9).toDouble();
            r.lat = q.value(10).toDouble();
        }
        r.recordId = q.value(11).toLongLong();
        records.push_back(std::move(r));
    }
    return records;
}

std::vector<std::vector<qint64>> placesOfSeveralRecords(QSqlDatabase& db)
{
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT place_id, raw_record_id FROM place_record WHERE place_id IN "
                                     "(SELECT place_id FROM place_record GROUP BY place_id HAVING "
                                     "count(*) > 1) ORDER BY place_id"));
    std::vector<std::vector<qint64>> places;
    qint64 last = 0;
    while (q.next()) {
        const qint64 place = q.value(0).toLongLong();
        if (place != last || places.empty())
            places.emplace_back();
        last = place;
        places.back().push_back(q.value(1).toLongLong());
    }
    return places;
}

} // namespace recoupe::queries
