// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"
#include "store/PlaceFilter.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>
#include <vector>

namespace recoupe {

// The columns of the places table, in SQL and in the GUI's table model.
enum class PlaceColumn
{
    Id,
    Name,
    Address,
    Postcode,
    Commune,
    Type,
    Website,
    Twitter,
    Facebook,
    Lon,
    Lat,
    Status,
    // Computed geography (place_geography)
    Region,
    Departement,
    Epci,
    Metropole,
    Ze2020,
    Ze2020Class,
    Count
};

struct PlaceSort
{
    PlaceColumn column = PlaceColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const PlaceSort&) const = default;
};

// A place located on the map.
struct PlacePoint
{
    qint64 id = 0;
    double lon = 0;
    double lat = 0;
    PlaceType type = PlaceType::Unknown;
    bool hasCandidates = false;
};

// Where a curated field's value came from.
struct FieldOrigin
{
    bool manual = false;    // edited by hand
    qint64 rawRecordId = 0; // the record it was taken from (0 when manual or unknown)
    QString sourceName;     // that record's source
};

// One raw record of a place, as imported.
struct PlaceRecord
{
    qint64 id = 0;
    QString sourceName;
    QString profile;
    QString sourceKey;
    qint64 line = 0;
    bool removed = false;
    bool primary = false;
    QJsonObject attributes;
};

struct SourceSummary
{
    qint64 id = 0;
    QString name;
};

// The SQL behind the places table, map and editor (reads only; writes are edit commands).
namespace placeQueries {

// The column's SQL expression for SELECT and ORDER BY (text columns sort case-insensitively).
QString columnSql(PlaceColumn column);

qint64 count(QSqlDatabase& db, const PlaceFilter& filter = {});
// Rows of the filtered, sorted listing from `offset`; each row holds the PlaceColumn values in order.
QList<QVariantList> page(QSqlDatabase& db, const PlaceFilter& filter, const PlaceSort& sort, qint64 offset,
                         qint64 limit);
// Position of a place in the filtered, sorted listing, or -1 when the filter hides it.
qint64 rowOf(QSqlDatabase& db, const PlaceFilter& filter, const PlaceSort& sort, qint64 placeId);
// Every located place matching the filter (for the map).
std::vector<PlacePoint> points(QSqlDatabase& db, const PlaceFilter& filter);

std::optional<PlaceFields> fields(QSqlDatabase& db, qint64 placeId);
// For each field (indexed by Field): origin from field_origin, else the primary record's source.
QList<FieldOrigin> origins(QSqlDatabase& db, qint64 placeId);
QList<PlaceRecord> records(QSqlDatabase& db, qint64 placeId);
QList<SourceSummary> sources(QSqlDatabase& db);

} // namespace placeQueries
} // namespace recoupe
