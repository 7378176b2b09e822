// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/GeographyStore.h"

#include "Error.h"
#include "geo/AdminCodes.h"
#include "geo/GeoLayers.h"
#include "store/BulkStatement.h"
#include "store/RowCursor.h"
#include "store/SortIndexes.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace recoupe::geography {

namespace {

using geo::GeoLayers;
using geo::Layer;

const QString regionsKey = QStringLiteral("regions");

// 24 bytes a place (a million places: 24 MB): no position is a NaN longitude.
struct Position
{
    qint64 id = 0;
    double lon = std::numeric_limits<double>::quiet_NaN();
    double lat = std::numeric_limits<double>::quiet_NaN();
    bool located() const { return !std::isnan(lon); }
    std::optional<double> optionalLon() const
    {
        return located() ? std::optional<double>(lon) : std::nullopt;
    }
    std::optional<double> optionalLat() const
    {
        return located() ? std::optional<double>(lat) : std::nullopt;
    }
};
// Writes geo_layer and geo_unit when the stored layers are not the bundled ones; returns true then.
bool syncLayers(QSqlDatabase& db, const GeoLayers& layers)
{
    const QVariant stored =
        sql::scalar(db, QStringLiteral("SELECT digest FROM geo_layer WHERE key = 'departements'"));
    if (stored.toString() == layers.digest())
        return false;
    sql::exec(db, QStringLiteral("DELETE FROM geo_unit"));
    sql::exec(db, QStringLiteral("DELETE FROM geo_layer"));
    QSqlQuery layer = sql::prepare(
        db,
        QStringLiteral("INSERT INTO geo_layer(key, title, vintage, licence, digest) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery unit = sql::prepare(
        db,
        QStringLiteral(
            "INSERT OR IGNORE INTO geo_unit(layer, code, name, population, nature) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < int(Layer::Count); ++i) {
        const geo::LayerInfo& info = GeoLayers::info(Layer(i));
        for (const QVariant& v : {QVariant(info.key), QVariant(info.title), QVariant(info.vintage),
                                  QVariant(info.licence), QVariant(layers.digest())})
            layer.addBindValue(v);
        sql::exec(layer);
        for (const geo::Unit& u : layers.units(Layer(i))) {
            unit.addBindValue(info.key);
            unit.addBindValue(u.code);
            unit.addBindValue(u.name);
            unit.addBindValue(u.population >= 0 ? QVariant(u.population) : QVariant());
            unit.addBindValue(u.nature.isNull() ? QStringLiteral("") : u.nature); // NOT NULL
            sql::exec(unit);
        }
    }
    // Régions: the one of the département (départements nest in régions).
    for (const QVariant& v :
         {QVariant(regionsKey), QVariant(QStringLiteral("Régions 2016 of the départements")),
          QVariant(GeoLayers::info(Layer::Departements).vintage),
          QVariant(GeoLayers::info(Layer::Departements).licence), QVariant(layers.digest())})
        layer.addBindValue(v);
    sql::exec(layer);
    for (const geo::Region& r : geo::regions()) {
        for (const QVariant& v : {QVariant(regionsKey), QVariant(r.code), QVariant(r.name), QVariant(),
                                  QVariant(QStringLiteral(""))})
            unit.addBindValue(v);
        sql::exec(unit);
    }
    return true;
}

std::vector<Position> readPositions(QSqlDatabase& db, const QString& where)
{
    // Read through SQLite's own API: a QVariant per value cost more than the positions themselves.
    sql::RowCursor q(db, QStringLiteral("SELECT p.id, p.lon, p.lat FROM place p LEFT JOIN place_geography g "
                                        "ON g.place_id = p.id ") +
                             where);
    std::vector<Position> positions;
    while (q.next()) {
        Position p;
        p.id = q.integer(0);
        const std::optional<double> lon = q.number(1), lat = q.number(2);
        if (lon && lat) {
            p.lon = *lon;
            p.lat = *lat;
        }
        positions.push_back(p);
    }
    return positions;
}

GeographyRun compute(QSqlDatabase& db, const GeoLayers& layers, const std::vector<Position>& positions,
                     const Progress& progress, const geo::LocatedPoints& ahead = {})
{
    QElapsedTimer timer;
    timer.start();
    GeographyRun run;
    run.places = qint64(positions.size());
    // Two workers past a few thousand places (the machine this runs on has two cores); each has its own
    // Locator, as GEOS prepared geometries are not shared between threads. Places are located and written
    // a chunk at a time: the locations of a million places at once were 190 MB of an import's peak.
    const size_t workers = positions.size() > 4000 ? 2 : 1;
    std::vector<std::unique_ptr<geo::Locator>> locators;
    for (size_t w = 0; w < workers; ++w)
        locators.push_back(std::make_unique<geo::Locator>(layers));
    constexpr size_t chunkSize = 65536;
    std::vector<geo::Location> locations;
    std::vector<char> known; // located ahead
    size_t nextAhead = 0;
    auto locateChunk = [&](size_t chunkFirst, size_t chunkLast) {
        QElapsedTimer locating;
        locating.start();
        locations.assign(chunkLast - chunkFirst, geo::Location());
        known.assign(chunkLast - chunkFirst, 0);
        // The points located ahead come in the order of their places: a place whose point is the next one
        // takes it. A location depends on the point alone, so any place at that point may.
        for (size_t i = chunkFirst; i < chunkLast && nextAhead < ahead.size(); ++i) {
            if (positions[i].located() && ahead.lon(nextAhead) == positions[i].lon &&
                ahead.lat(nextAhead) == positions[i].lat) {
                locations[i - chunkFirst] = ahead.location(nextAhead);
                known[i - chunkFirst] = 1;
                ++nextAhead;
            }
        }
        auto work = [&](geo::Locator& locator, size_t first, size_t last) {
            for (size_t i = first; i < last; ++i) {
                if (positions[i].located() && !known[i - chunkFirst])
                    locations[i - chunkFirst] = locator.locate(positions[i].lon, positions[i].lat);
            }
        };
        if (workers == 1) {
            work(*locators[0], chunkFirst, chunkLast);
        } else {
            const size_t half = chunkFirst + (chunkLast - chunkFirst) / 2;
            std::thread other(work, std::ref(*locators[1]), half, chunkLast);
            work(*locators[0], chunkFirst, half);
            other.join();
        }
        run.locateSeconds += double(locating.elapsed()) / 1000.0;
    };
    const std::vector<geo::Unit>& departements = layers.units(Layer::Departements);
    const std::vector<geo::Unit>& epcis = layers.units(Layer::Epci);
    const std::vector<geo::Unit>& ze2020 = layers.units(Layer::Ze2020);
    const std::vector<geo::Unit>& ze2010 = layers.units(Layer::Ze2010);
    // Every place at once (a first run, new layers): the table emptied and its indexes built again after
    // the rows, in one pass, rather than kept up to date row by row.
    const bool bulk = positions.size() > 50000 &&
                      qint64(positions.size()) >=
                          sql::scalar(db, QStringLiteral("SELECT count(*) FROM place")).toLongLong();
    QStringList indexes, indexNames;
    if (bulk) {
        QSqlQuery q =
            sql::exec(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                         "tbl_name = 'place_geography' AND sql IS NOT NULL"));
        while (q.next()) {
            indexNames << q.value(0).toString();
            indexes << q.value(1).toString();
        }
        q.finish();
        for (const QString& name : std::as_const(indexNames))
            sql::exec(db, QStringLiteral("DROP INDEX %1").arg(name));
        sql::exec(db, QStringLiteral("DELETE FROM place_geography"));
    }
    sql::BulkStatement insert(
        db, QStringLiteral(
                "INSERT OR REPLACE INTO place_geography(place_id, lon, lat, region_code, departement_code, "
                "departement_distance_m, epci_code, epci_distance_m, metropole_code, ze2020_code, "
                "ze2020_distance_m, ze2020_class, ze2010_code, ze2010_distance_m, computed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QByteArray now = Store::now().toUtf8();
    // Codes repeat: their UTF-8 once per unit, not once per place.
    auto utf8 = [](const std::vector<geo::Unit>& units) {
        std::vector<QByteArray> codes;
        for (const geo::Unit& u : units)
            codes.push_back(u.code.toUtf8());
        return codes;
    };
    const std::vector<QByteArray> depCodes = utf8(departements), epciCodes = utf8(epcis),
                                  ze2020Codes = utf8(ze2020), ze2010Codes = utf8(ze2010);
    std::vector<QByteArray> regionCodes, classes;
    for (const geo::Unit& u : departements)
        regionCodes.push_back(geo::regionOfDepartement(u.code).toUtf8());
    for (const geo::Unit& u : ze2020)
        classes.push_back(geo::zoneClass(u.population).toUtf8());
    const std::optional<double> null;
    auto bindHit = [&](int codeIndex, const geo::Hit& hit, const std::vector<QByteArray>& codes) {
        if (hit.found()) {
            insert.bind(codeIndex, codes[size_t(hit.unit)]);
            insert.bind(codeIndex + 1, std::optional<double>(hit.distanceM));
        } else {
            insert.bind(codeIndex, null);
            insert.bind(codeIndex + 1, null);
        }
    };
    for (size_t i = 0; i < positions.size(); ++i) {
        if (i % chunkSize == 0)
            locateChunk(i, std::min(positions.size(), i + chunkSize));
        const Position& p = positions[i];
        const geo::Location& l = locations[i % chunkSize];
        insert.bind(0, p.id);
        insert.bind(1, p.optionalLon());
        insert.bind(2, p.optionalLat());
        const geo::Hit& dep = l[Layer::Departements];
        if (dep.found() && !regionCodes[size_t(dep.unit)].isEmpty())
            insert.bind(3, regionCodes[size_t(dep.unit)]);
        else
            insert.bind(3, null);
        bindHit(4, dep, depCodes);
        bindHit(6, l[Layer::Epci], epciCodes);
        const geo::Hit& epci = l[Layer::Epci];
        if (epci.found() && epcis[size_t(epci.unit)].nature == QLatin1String("ME"))
            insert.bind(8, epciCodes[size_t(epci.unit)]);
        else
            insert.bind(8, null);
        bindHit(9, l[Layer::Ze2020], ze2020Codes);
        const geo::Hit& ze = l[Layer::Ze2020];
        if (ze.found() && !classes[size_t(ze.unit)].isEmpty())
            insert.bind(11, classes[size_t(ze.unit)]);
        else
            insert.bind(11, null);
        bindHit(12, l[Layer::Ze2010], ze2010Codes);
        insert.bind(14, now);
        insert.run();
        if (dep.found()) {
            ++run.located;
            if (dep.nearest())
                ++run.nearest;
        } else if (p.located()) {
            ++run.unlocated;
        }
        if (progress && i % 4096 == 0 && !progress(qint64(i), run.places))
            throw Cancelled();
    }
    // The filters' indexes are left to their first use, or the window's background (sortIndexes).
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (!sortIndexes::isDeferred(indexNames.at(i)))
            sql::exec(db, indexes.at(i));
    }
    run.seconds = double(timer.elapsed()) / 1000.0;
    return run;
}

} // namespace

GeographyRun updateStale(QSqlDatabase& db, const Progress& progress, const geo::GeoLayers* layers,
                         const geo::LocatedPoints& ahead)
{
    const GeoLayers& l = layers ? *layers : GeoLayers::bundled();
    if (syncLayers(db, l))
        return compute(db, l, readPositions(db, QString()), progress, ahead);
    return compute(
        db, l,
        readPositions(db,
                      QStringLiteral("WHERE g.place_id IS NULL OR g.lon IS NOT p.lon OR g.lat IS NOT p.lat")),
        progress, ahead);
}

bool needsUpdate(QSqlDatabase& db)
{
    if (sql::scalar(db, QStringLiteral("SELECT digest FROM geo_layer WHERE key = 'departements'"))
            .toString() != GeoLayers::bundledDigest())
        return sql::scalar(db, QStringLiteral("SELECT count(*) FROM place")).toLongLong() > 0;
    return sql::scalar(db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM place p LEFT JOIN place_geography g ON "
                                      "g.place_id = p.id WHERE g.place_id IS NULL OR g.lon IS NOT p.lon OR "
                                      "g.lat IS NOT p.lat)"))
        .toBool();
}

GeographyRun updateAll(QSqlDatabase& db, const Progress& progress, const geo::GeoLayers* layers)
{
    const GeoLayers& l = layers ? *layers : GeoLayers::bundled();
    syncLayers(db, l);
    return compute(db, l, readPositions(db, QString()), progress);
}

void updatePlaces(QSqlDatabase& db, const QList<qint64>& placeIds)
{
    const GeoLayers& l = GeoLayers::bundled();
    if (syncLayers(db, l)) {
        compute(db, l, readPositions(db, QString()), {});
        return;
    }
    QStringList ids;
    for (qint64 id : placeIds)
        ids << QString::number(id);
    if (ids.isEmpty())
        return;
    compute(db, l, readPositions(db, QStringLiteral("WHERE p.id IN (%1)").arg(ids.join(QLatin1Char(',')))),
            {});
}

std::optional<PlaceGeography> forPlace(QSqlDatabase& db, qint64 placeId)
{
    QSqlQuery q =
        sql::exec(db,
                  QStringLiteral(
                      "SELECT g.region_code, ur.name, g.departement_code, ud.name, g.departement_distance_m, "
                      "g.epci_code, ue.name, ue.nature, g.epci_distance_m, g.metropole_code, um.name, "
                      "g.ze2020_code, uz.name, uz.population, g.ze2020_class, g.ze2020_distance_m, "
                      "g.ze2010_code, uy.name, g.ze2010_distance_m, g.computed_at, "
                      "(SELECT title || '|' || vintage FROM geo_layer WHERE key = 'regions'), "
                      "(SELECT title || '|' || vintage FROM geo_layer WHERE key = 'departements'), "
                      "(SELECT title || '|' || vintage FROM geo_layer WHERE key = 'epci'), "
                      "(SELECT title || '|' || vintage FROM geo_layer WHERE key = 'ze2020'), "
                      "(SELECT title || '|' || vintage FROM geo_layer WHERE key = 'ze2010') "
                      "FROM place_geography g "
                      "LEFT JOIN geo_unit ur ON ur.layer = 'regions' AND ur.code = g.region_code "
                      "LEFT JOIN geo_unit ud ON ud.layer = 'departements' AND ud.code = g.departement_code "
                      "LEFT JOIN geo_unit ue ON ue.layer = 'epci' AND ue.code = g.epci_code "
                      "LEFT JOIN geo_unit um ON um.layer = 'epci' AND um.code = g.metropole_code "
                      "LEFT JOIN geo_unit uz ON uz.layer = 'ze2020' AND uz.code = g.ze2020_code "
                      "LEFT JOIN geo_unit uy ON uy.layer = 'ze2010' AND uy.code = g.ze2010_code "
                      "WHERE g.place_id = ?"),
                  {placeId});
    if (!q.next())
        return std::nullopt;
    auto value = [&](int code, int name, int distance, int layer) {
        Value v;
        v.code = q.value(code).toString();
        v.name = name >= 0 ? q.value(name).toString() : QString();
        v.distanceM = distance >= 0 ? q.value(distance).toDouble() : 0;
        const QStringList origin = q.value(layer).toString().split(QLatin1Char('|'));
        v.layerTitle = origin.value(0);
        v.vintage = origin.value(1);
        return v;
    };
    PlaceGeography g;
    g.region = value(0, 1, 4, 20);
    g.departement = value(2, 3, 4, 21);
    g.epci = value(5, 6, 8, 22);
    g.epciNature = q.value(7).toString();
    g.metropole = value(9, 10, 8, 22);
    g.ze2020 = value(11, 12, 15, 23);
    g.ze2020Population = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
    g.ze2020Class = q.value(14).toString();
    g.ze2010 = value(16, 17, 18, 24);
    g.computedAt = q.value(19).toString();
    return g;
}

QList<std::pair<QString, QString>> metropoles(QSqlDatabase& db)
{
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT code, name FROM geo_unit WHERE layer = 'epci' AND nature = 'ME' "
                                     "ORDER BY name"));
    QList<std::pair<QString, QString>> result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

} // namespace recoupe::geography
