// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/LocateAhead.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace recoupe::geo {
class GeoLayers;
}

namespace recoupe::geography {

// What a run computed.
struct GeographyRun
{
    qint64 places = 0;    // places whose geography was (re)computed
    qint64 located = 0;   // of which with a département
    qint64 nearest = 0;   // of which given the nearest département, not one they lie in
    qint64 unlocated = 0; // with coordinates but in no département and none near
    double seconds = 0;
    double locateSeconds = 0; // of which point-in-polygon (the rest: reading and writing)
};

// Progress: (done, total); returning false cancels (throws Cancelled).
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Geography of places (table place_geography, schema 4 → 5), computed from the bundled layers by
// point-in-polygon. Each runs inside the caller's transaction. The layers and their units are written
// to geo_layer/geo_unit first; when the bundled layers changed, every place is recomputed.
// The places with no geography yet, or that moved since it was computed (import, migration).
// `ahead`: points already located (geo::LocateAhead), in the order of the places they belong to; a place
// whose point comes next there takes its location from it instead of locating it again.
GeographyRun updateStale(QSqlDatabase& db, const Progress& progress = {},
                         const geo::GeoLayers* layers = nullptr, const geo::LocatedPoints& ahead = {});
// Every place (`recoupe-cli geography`).
GeographyRun updateAll(QSqlDatabase& db, const Progress& progress = {},
                       const geo::GeoLayers* layers = nullptr);
// True when updateStale() has work: layers changed, or places without geography or moved since.
bool needsUpdate(QSqlDatabase& db);
// These places (a move, its undo or redo; a merge).
void updatePlaces(QSqlDatabase& db, const QList<qint64>& placeIds);

// The geography of one place, for the editor: values with their origin.
struct Value
{
    QString code;
    QString name;
    QString layerTitle; // the layer it was computed from
    QString vintage;
    double distanceM = 0; // 0 inside; else the nearest polygon, at most this far
};
struct PlaceGeography
{
    Value region, departement, epci, metropole, ze2020, ze2010;
    QString epciNature;
    qint64 ze2020Population = -1;
    QString ze2020Class;
    QString computedAt;
};
std::optional<PlaceGeography> forPlace(QSqlDatabase& db, qint64 placeId);

// Distinct values present in the project, for the filter bar: (code, name) pairs.
QList<std::pair<QString, QString>> metropoles(QSqlDatabase& db);

} // namespace recoupe::geography
