// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MatchQueries.h"

#include "store/RowCursor.h"
#include "store/SqlUtil.h"

#include <QHash>
#include <algorithm>
#include <limits>
#include <string>

namespace recoupe::queries {

namespace {

// Through SQLite's own API: at a million records, QSqlQuery's QVariants cost more than the reading.
const char* const recordsStatement =
    "SELECT s.name, r.source_key, r.name, r.address, r.postcode, r.website, r.twitter, r.facebook, r.type, "
    "r.lon, r.lat, r.id FROM raw_record r JOIN source s ON s.id = r.source_id WHERE r.removed = 0 "
    "ORDER BY s.name, r.id";

// The same rows, of one source whose ids lie in [first, last]: a range of the table, read in id order
// without a sort. The source's name is bound, as column 0.
const char* const sourceRangeStatement =
    "SELECT ?, r.source_key, r.name, r.address, r.postcode, r.website, r.twitter, r.facebook, r.type, "
    "r.lon, r.lat, r.id FROM raw_record r WHERE r.id BETWEEN ? AND ? AND r.removed = 0 AND +r.source_id = ? "
    "ORDER BY r.id";

// Calls reserve(count) with at least the number of current records (removed ones counted: counting only
// the others read every row of the table once more), then row(cursor) for every current record, in
// recordsStatement's order and columns.
// The records of a source mostly hold ids of their own (a source's import adds them together): the ids of
// one source then lie between those of no other, and each source is read as a range, in name order.
// Otherwise SQLite sorts the whole table (a million wide rows) by source name: half of the reading.
template <typename Reserve, typename Row>
void forEachMatchRecord(QSqlDatabase& db, Reserve&& reserve, Row&& row)
{
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
    };
    QHash<qint64, Range> ranges;
    {
        // From the index on (source_id, source_key) alone, removed records included: 0.1 s a million.
        sql::RowCursor q(db, QStringLiteral("SELECT source_id, min(id), max(id), count(*) FROM raw_record "
                                            "GROUP BY source_id"));
        size_t count = 0;
        while (q.next()) {
            ranges.insert(q.integer(0), Range{q.integer(1), q.integer(2)});
            count += size_t(q.integer(3));
        }
        reserve(count);
    }
    std::vector<Range> byId;
    for (const Range& r : std::as_const(ranges))
        byId.push_back(r);
    std::sort(byId.begin(), byId.end(), [](const Range& a, const Range& b) { return a.first < b.first; });
    bool apart = true;
    for (size_t i = 1; i < byId.size(); ++i)
        apart = apart && byId[i].first > byId[i - 1].last;
    if (!apart) {
        sql::RowCursor q(db, QString::fromLatin1(recordsStatement));
        while (q.next())
            row(q);
        return;
    }
    std::vector<std::pair<qint64, QString>> sources; // in name order
    {
        sql::RowCursor q(db, QStringLiteral("SELECT id, name FROM source ORDER BY name"));
        while (q.next())
            sources.emplace_back(q.integer(0), q.text(1));
    }
    for (const auto& [source, name] : sources) {
        const auto range = ranges.constFind(source);
        if (range == ranges.constEnd())
            continue;
        sql::RowCursor q(db, QString::fromLatin1(sourceRangeStatement),
                         {name, range->first, range->last, source});
        while (q.next())
            row(q);
    }
}

} // namespace

match::RecordTable matchRecordTable(QSqlDatabase& db)
{
    match::RecordTable table;
    constexpr double none = std::numeric_limits<double>::quiet_NaN();
    forEachMatchRecord(
        db, [&table](size_t count) { table.reserve(count); },
        [&table](const sql::RowCursor& q) {
            const std::string_view texts[match::RecordTable::TextCount] = {
                q.utf8(1), q.utf8(2), q.utf8(3), q.utf8(4), q.utf8(5), q.utf8(6), q.utf8(7)};
            const auto lon = q.number(9);
            const auto lat = q.number(10);
            table.append(q.utf8(0), texts, PlaceType(q.integer(8)), lon && lat ? *lon : none,
                         lon && lat ? *lat : none, q.integer(11));
        });
    return table;
}

std::vector<match::MatchRecord> matchRecords(QSqlDatabase& db)
{
    std::vector<match::MatchRecord> records;
    QString lastSource;
    std::string lastSourceUtf8;
    bool first = true;
    forEachMatchRecord(
        db, [&records](size_t count) { records.reserve(count); },
        [&](const sql::RowCursor& q) {
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
        });
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
