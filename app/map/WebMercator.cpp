// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace recoupe::map::WebMercator {

double clampLatitude(double lat)
{
    return std::clamp(lat, -MaxLatitude, MaxLatitude);
}

double worldSize(double zoom)
{
    return TileSize * std::exp2(zoom);
}

QPointF lonLatToUnit(QPointF lonLat)
{
    const double lat = clampLatitude(lonLat.y()) * std::numbers::pi / 180.0;
    const double x = (lonLat.x() + 180.0) / 360.0;
    const double y = (1.0 - std::asinh(std::tan(lat)) / std::numbers::pi) / 2.0;
    return {x, y};
}

QPointF unitToLonLat(QPointF unit)
{
    const double lon = unit.x() * 360.0 - 180.0;
    const double lat =
        std::atan(std::sinh(std::numbers::pi * (1.0 - 2.0 * unit.y()))) * 180.0 / std::numbers::pi;
    return {lon, lat};
}

QPointF lonLatToWorld(QPointF lonLat, double zoom)
{
    return lonLatToUnit(lonLat) * worldSize(zoom);
}

QPointF worldToLonLat(QPointF world, double zoom)
{
    return unitToLonLat(world / worldSize(zoom));
}

double metresPerPixel(double lat, double zoom)
{
    const double circumference = 2.0 * std::numbers::pi * EarthRadius;
    return circumference * std::cos(clampLatitude(lat) * std::numbers::pi / 180.0) / worldSize(zoom);
}

TileRange tileRange(const QRectF& unitRect, int z)
{
    TileRange range;
    range.z = z;
    const QRectF rect = unitRect.normalized();
    if (rect.isEmpty())
        return range;
    const int last = (1 << z) - 1;
    const double n = std::exp2(z);
    // A rectangle whose right edge falls exactly on a tile boundary does not need the next tile.
    const auto lastIndex = [&](double v) { return static_cast<int>(std::ceil(v * n)) - 1; };
    range.minX = std::clamp(static_cast<int>(std::floor(rect.left() * n)), 0, last);
    range.minY = std::clamp(static_cast<int>(std::floor(rect.top() * n)), 0, last);
    range.maxX = std::clamp(lastIndex(rect.right()), 0, last);
    range.maxY = std::clamp(lastIndex(rect.bottom()), 0, last);
    if (rect.right() <= 0.0 || rect.bottom() <= 0.0 || rect.left() >= 1.0 || rect.top() >= 1.0)
        range.maxX = range.minX - 1;
    return range;
}

QList<TileId> tiles(const TileRange& range)
{
    QList<TileId> result;
    if (range.isEmpty())
        return result;
    result.reserve(range.count());
    for (int y = range.minY; y <= range.maxY; ++y)
        for (int x = range.minX; x <= range.maxX; ++x)
            result.append(TileId{range.z, x, y});
    return result;
}

} // namespace recoupe::map::WebMercator
