// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PlaceQueries.h"

#include "store/SortIndexes.h"
#include "store/SqlUtil.h"

#include <QJsonDocument>
#include <QStringList>

namespace recoupe::placeQueries {

namespace {

QString unitName(const char* layer, const char* codeColumn)
{
    return QStringLiteral("(SELECT u.name FROM geo_unit u WHERE u.layer = '%1' AND u.code = g.%2)")
        .arg(QLatin1String(layer), QLatin1String(codeColumn));
}

QString columnName(PlaceColumn column)
{
    switch (column) {
    case PlaceColumn::Region:
        return unitName("regions", "region_code");
    case PlaceColumn::Departement:
        return QStringLiteral("(g.departement_code || ' – ' || %1)")
            .arg(unitName("departements", "departement_code"));
    case PlaceColumn::Epci:
        return unitName("epci", "epci_code");
    case PlaceColumn::Metropole:
        return unitName("epci", "metropole_code");
    case PlaceColumn::Ze2020:
        return unitName("ze2020", "ze2020_code");
    case PlaceColumn::Ze2020Class:
        return QStringLiteral("g.ze2020_class");
    default:
        break;
    }
    static const char* const names[] = {"id",      "name",    "address",  "postcode", "commune", "type",
                                        "website", "twitter", "facebook", "lon",      "lat",     "status"};
    return QStringLiteral("p.") + QLatin1String(names[int(column)]);
}

// The places with their computed geography, for the columns above.
QString fromPlaces()
{
    return QStringLiteral(" FROM place p LEFT JOIN place_geography g ON g.place_id = p.id");
}

bool caseless(PlaceColumn column)
{
    return column == PlaceColumn::Name || column == PlaceColumn::Address || column == PlaceColumn::Commune;
}

QString selectList()
{
    QStringList columns;
    for (int c = 0; c < int(PlaceColumn::Count); ++c)
        columns << columnName(PlaceColumn(c));
    return columns.join(QStringLiteral(", "));
}

QString orderBy(const PlaceSort& sort)
{
    const QString direction =
        sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (sort.column == PlaceColumn::Id)
        return QStringLiteral(" ORDER BY p.id %1").arg(direction);
    return QStringLiteral(" ORDER BY %1 %2, p.id %2").arg(columnSql(sort.column), direction);
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

QString andOrWhere(const SqlCondition& condition)
{
    return condition.clause.isEmpty() ? QStringLiteral(" WHERE ")
                                      : condition.clause + QStringLiteral(" AND ");
}

} // namespace

QString columnSql(PlaceColumn column)
{
    const QString name = columnName(column);
    return caseless(column) ? name + QStringLiteral(" COLLATE NOCASE") : name;
}

qint64 count(QSqlDatabase& db, const PlaceFilter& filter)
{
    const SqlCondition condition = filter::condition(db, filter);
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT count(*) FROM place p") + condition.clause);
    bindAll(q, condition.values);
    sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<QVariantList> page(QSqlDatabase& db, const PlaceFilter& filter, const PlaceSort& sort, qint64 offset,
                         qint64 limit)
{
    sortIndexes::ensureFor(db, sort.column);
    const SqlCondition condition = filter::condition(db, filter);
    QSqlQuery q =
        sql::prepare(db, QStringLiteral("SELECT %1").arg(selectList()) + fromPlaces() + condition.clause +
                             orderBy(sort) + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    bindAll(q, condition.values);
    sql::exec(q);
    QList<QVariantList> rows;
    rows.reserve(int(limit));
    const int columns = int(PlaceColumn::Count);
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        rows << row;
    }
    return rows;
}

qint64 rowOf(QSqlDatabase& db, const PlaceFilter& filter, const PlaceSort& sort, qint64 placeId)
{
    sortIndexes::ensureFor(db, sort.column);
    const SqlCondition condition = filter::condition(db, filter);
    // Is the place shown at all, and its sort key.
    QSqlQuery probe = sql::prepare(db, QStringLiteral("SELECT %1").arg(columnName(sort.column)) +
                                           fromPlaces() + andOrWhere(condition) + QStringLiteral("p.id = ?"));
    bindAll(probe, condition.values);
    probe.bindValue(condition.values.size(), placeId);
    sql::exec(probe);
    if (!probe.next())
        return -1;
    const QVariant key = probe.value(0);
    const bool ascending = sort.order == Qt::AscendingOrder;
    const QString idBefore = ascending ? QStringLiteral("p.id < ?") : QStringLiteral("p.id > ?");
    QString before;
    QVariantList values = condition.values;
    if (sort.column == PlaceColumn::Id) {
        before = idBefore;
        values << placeId;
    } else {
        const QString column = columnSql(sort.column);
        // SQLite sorts NULL first in ascending order, last in descending order.
        QString keyBefore;
        if (key.isNull()) {
            keyBefore = ascending ? QStringLiteral("0") : QStringLiteral("%1 IS NOT NULL").arg(column);
        } else {
            keyBefore = ascending ? QStringLiteral("(%1 IS NULL OR %1 < ?)").arg(column)
                                  : QStringLiteral("%1 > ?").arg(column);
            values << key;
        }
        before = QStringLiteral("(%1 OR (%2 IS ? AND %3))").arg(keyBefore, column, idBefore);
        values << key << placeId;
    }
    QSqlQuery q =
        sql::prepare(db, QStringLiteral("SELECT count(*)") + fromPlaces() + andOrWhere(condition) + before);
    bindAll(q, values);
    sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : -1;
}

std::vector<PlacePoint> points(QSqlDatabase& db, const PlaceFilter& filter)
{
    const SqlCondition condition = filter::condition(db, filter);
    QSqlQuery q = sql::prepare(
        db, QStringLiteral("SELECT p.id, p.lon, p.lat, p.type, p.id IN (%1) FROM place p")
                    .arg(filter::candidatePlacesQuery()) +
                andOrWhere(condition) + QStringLiteral("p.lon IS NOT NULL AND p.lat IS NOT NULL"));
    bindAll(q, condition.values);
    sql::exec(q);
    std::vector<PlacePoint> result;
    while (q.next()) {
        result.push_back({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble(),
                          PlaceType(q.value(3).toInt()), q.value(4).toBool()});
    }
    return result;
}

std::optional<PlaceFields> fields(QSqlDatabase& db, qint64 placeId)
{
    QSqlQuery q =
        sql::exec(db,
                  QStringLiteral("SELECT name, address, postcode, commune, website, twitter, facebook, "
                                 "type, lon, lat FROM place WHERE id = ?"),
                  {placeId});
    if (!q.next())
        return std::nullopt;
    PlaceFields f;
    f.name = q.value(0).toString();
    f.address = q.value(1).toString();
    f.postcode = q.value(2).toString();
    f.commune = q.value(3).toString();
    f.website = q.value(4).toString();
    f.twitter = q.value(5).toString();
    f.facebook = q.value(6).toString();
    f.type = PlaceType(q.value(7).toInt());
    if (!q.value(8).isNull())
        f.lon = q.value(8).toDouble();
    if (!q.value(9).isNull())
        f.lat = q.value(9).toDouble();
    return f;
}

QList<FieldOrigin> origins(QSqlDatabase& db, qint64 placeId)
{
    QList<FieldOrigin> result(fieldKeys().size());
    QSqlQuery primary =
        sql::exec(db,
                  QStringLiteral("SELECT r.id, s.name FROM place p JOIN raw_record r ON r.id = "
                                 "p.primary_record_id JOIN source s ON s.id = r.source_id "
                                 "WHERE p.id = ?"),
                  {placeId});
    if (primary.next()) {
        for (FieldOrigin& o : result) {
            o.rawRecordId = primary.value(0).toLongLong();
            o.sourceName = primary.value(1).toString();
        }
    }
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT f.field, f.raw_record_id, s.name FROM field_origin f "
                                           "LEFT JOIN raw_record r ON r.id = f.raw_record_id "
                                           "LEFT JOIN source s ON s.id = r.source_id WHERE f.place_id = ?"),
                            {placeId});
    while (q.next()) {
        const auto field = fieldFromKey(q.value(0).toString());
        if (!field)
            continue;
        FieldOrigin& o = result[int(*field)];
        o.manual = q.value(1).isNull();
        o.rawRecordId = o.manual ? 0 : q.value(1).toLongLong();
        o.sourceName = o.manual ? QString() : q.value(2).toString();
    }
    return result;
}

QList<PlaceRecord> records(QSqlDatabase& db, qint64 placeId)
{
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT r.id, s.name, s.profile, r.source_key, r.line, r.removed, "
                                           "r.id = p.primary_record_id, r.attributes FROM place_record pr "
                                           "JOIN place p ON p.id = pr.place_id "
                                           "JOIN raw_record r ON r.id = pr.raw_record_id "
                                           "JOIN source s ON s.id = r.source_id WHERE pr.place_id = ? "
                                           "ORDER BY r.id = p.primary_record_id DESC, r.id"),
                            {placeId});
    QList<PlaceRecord> result;
    while (q.next()) {
        PlaceRecord r;
        r.id = q.value(0).toLongLong();
        r.sourceName = q.value(1).toString();
        r.profile = q.value(2).toString();
        r.sourceKey = q.value(3).toString();
        r.line = q.value(4).toLongLong();
        r.removed = q.value(5).toBool();
        r.primary = q.value(6).toBool();
        r.attributes = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        result << r;
    }
    return result;
}

QList<SourceSummary> sources(QSqlDatabase& db)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, name FROM source ORDER BY name"));
    QList<SourceSummary> result;
    while (q.next())
        result << SourceSummary{q.value(0).toLongLong(), q.value(1).toString()};
    return result;
}

} // namespace recoupe::placeQueries
