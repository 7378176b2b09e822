// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/TileId.h"

#include <QList>
#include <QPointF>
#include <QRectF>

// Spherical Web Mercator (EPSG:3857) as used by slippy-map tiles. Positions are lon/lat (x then y) in
// degrees. "Unit" coordinates are the zoom-independent world square [0,1]²; y grows southwards as on screen.
// "World pixels" at zoom z are unit coordinates times 256·2^z.
namespace recoupe::map::WebMercator {

inline constexpr int TileSize = 256;
inline constexpr double MaxLatitude = 85.0511287798066;
inline constexpr double EarthRadius = 6378137.0;

double clampLatitude(double lat);
double worldSize(double zoom);

QPointF lonLatToUnit(QPointF lonLat);
QPointF unitToLonLat(QPointF unit);
QPointF lonLatToWorld(QPointF lonLat, double zoom);
QPointF worldToLonLat(QPointF world, double zoom);

// Ground distance covered by one screen pixel, for the scale bar.
double metresPerPixel(double lat, double zoom);

// Tiles of zoom z (clamped to the world) covering a rectangle given in unit coordinates.
struct TileRange
{
    int z = 0;
    int minX = 0;
    int minY = 0;
    int maxX = -1;
    int maxY = -1;
    int count() const { return (maxX - minX + 1) * (maxY - minY + 1); }
    bool isEmpty() const { return maxX < minX || maxY < minY; }
};
TileRange tileRange(const QRectF& unitRect, int z);
QList<TileId> tiles(const TileRange& range);

} // namespace recoupe::map::WebMercator
