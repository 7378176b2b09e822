// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MatchQueries.h"

#include "store/RowCursor.h"
#include "store/SqlUtil.h"

#include <limits>
#include <string>

namespace recoupe::queries {

namespace {

size_t currentRecordCount(QSqlDatabase& db)
{
    return size_t(
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM raw_record WHERE removed = 0")).toLongLong());
}

// Through SQLite's own API: at a million records, QSqlQuery's QVariants cost more than the reading.
const char* const recordsStatement =
    "SELECT s.name, r.source_key, r.name, r.address, r.postcode, r.website, r.twitter, r.facebook, r.type, "
    "r.lon, r.lat, r.id FROM raw_record r JOIN source s ON s.id = r.source_id WHERE r.removed = 0 "
    "ORDER BY s.name, r.id";

} // namespace

match::RecordTable matchRecordTable(QSqlDatabase& db)
{
    match::RecordTable table;
    table.reserve(currentRecordCount(db));
    sql::RowCursor q(db, QString::fromLatin1(recordsStatement));
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    while (q.next()) {
        const std::string_view texts[match::RecordTable::TextCount] = {
            q.utf8(1), q.utf8(2), q.utf8(3), q.utf8(4), q.utf8(5), q.utf8(6), q.utf8(7)};
        const auto lon = q.number(9);
        const auto lat = q.number(10);
        table.append(q.utf8(0), texts, PlaceType(q.integer(8)), lon && lat ? *lon : none,
                     lon && lat ? *lat : none, q.integer(11));
    }
    return table;
}

std::vector<match::MatchRecord> matchRecords(QSqlDatabase& db)
{
    std::vector<match::MatchRecord> records;
    records.reserve(currentRecordCount(db));
    sql::RowCursor q(db, QString::fromLatin1(recordsStatement));
    QString lastSource;
    std::string lastSourceUtf8;
    bool first = true;
    while (q.next()) {
        match::MatchRecord r;
        const std::string_view source = q.utf8(0);
        if (first || source != lastSourceUtf8) {
            first = false;
            lastSourceUtf8 = std::string(source);
            lastSource = q.text(0);
        }
        r.source = lastSource; // one shared string per source
        r.key = q.text(1);
        r.name = q.text(2);
        r.address = q.text(3);
        r.postcode = q.text(4);
        r.website = q.text(5);
        r.twitter = q.text(6);
        r.facebook = q.text(7);
        r.type = PlaceType(q.integer(8));
        const auto lon = q.number(9);
        const auto lat = q.number(10);
        if (lon && lat) {
            r.lon = *lon;
            r.lat = *lat;
        }
        r.recordId = q.integer(11);
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
