// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/Viewport.h"

#include "map/WebMercator.h"

#include <algorithm>
#include <cmath>

namespace recoupe::map {

Viewport::Viewport(QPointF centreLonLat, double zoom, QSize size) : m_size(size)
{
    setCentre(centreLonLat);
    setZoom(zoom);
}

void Viewport::setCentre(QPointF lonLat)
{
    m_centre = {std::clamp(lonLat.x(), -180.0, 180.0), WebMercator::clampLatitude(lonLat.y())};
    m_centreUnit = WebMercator::lonLatToUnit(m_centre);
}

void Viewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
}

double Viewport::scale() const
{
    return WebMercator::worldSize(m_zoom);
}

QPointF Viewport::unitToScreen(QPointF unit) const
{
    return (unit - m_centreUnit) * scale() + QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
}

QPointF Viewport::screenToUnit(QPointF screen) const
{
    return m_centreUnit + (screen - QPointF(m_size.width() / 2.0, m_size.height() / 2.0)) / scale();
}

QPointF Viewport::lonLatToScreen(QPointF lonLat) const
{
    return unitToScreen(WebMercator::lonLatToUnit(lonLat));
}

QPointF Viewport::screenToLonLat(QPointF screen) const
{
    return WebMercator::unitToLonLat(screenToUnit(screen));
}

QRectF Viewport::visibleUnitRect() const
{
    return QRectF(screenToUnit(QPointF(0, 0)), screenToUnit(QPointF(m_size.width(), m_size.height())));
}

Viewport Viewport::panned(QPointF screenDelta) const
{
    Viewport result = *this;
    const QPointF centre = m_centreUnit - screenDelta / scale();
    result.setCentre(
        WebMercator::unitToLonLat({std::clamp(centre.x(), 0.0, 1.0), std::clamp(centre.y(), 0.0, 1.0)}));
    return result;
}

Viewport Viewport::zoomedAround(QPointF screenPoint, double newZoom) const
{
    const QPointF anchor = screenToUnit(screenPoint);
    Viewport result = *this;
    result.setZoom(newZoom);
    // Put the anchor back under the pointer: centre = anchor - (pointer - half size) / newScale.
    const QPointF half(m_size.width() / 2.0, m_size.height() / 2.0);
    const QPointF centre = anchor - (screenPoint - half) / result.scale();
    result.setCentre(
        WebMercator::unitToLonLat({std::clamp(centre.x(), 0.0, 1.0), std::clamp(centre.y(), 0.0, 1.0)}));
    return result;
}

Viewport Viewport::fittedTo(const QRectF& lonLatRect, int marginPixels, double maxZoom) const
{
    const QPointF a = WebMercator::lonLatToUnit(lonLatRect.topLeft());
    const QPointF b = WebMercator::lonLatToUnit(lonLatRect.bottomRight());
    const QRectF unit = QRectF(a, b).normalized();
    const double width = std::max(1, m_size.width() - 2 * marginPixels);
    const double height = std::max(1, m_size.height() - 2 * marginPixels);
    double zoom = maxZoom;
    if (unit.width() > 0 || unit.height() > 0) {
        const double fit = std::min(unit.width() > 0 ? width / unit.width() : INFINITY,
                                    unit.height() > 0 ? height / unit.height() : INFINITY);
        zoom = std::min(maxZoom, std::log2(fit / WebMercator::TileSize));
    }
    Viewport result = *this;
    result.setZoom(zoom);
    result.setCentre(WebMercator::unitToLonLat(unit.center()));
    return result;
}

int Viewport::tileZoom(int maxTileZoom) const
{
    return std::clamp(static_cast<int>(std::lround(m_zoom)), 0, maxTileZoom);
}

QList<TileId> Viewport::visibleTiles(int maxTileZoom) const
{
    const int z = tileZoom(maxTileZoom);
    QList<TileId> result = WebMercator::tiles(WebMercator::tileRange(visibleUnitRect(), z));
    // Centre first: the loader starts requests in this order, so what the user looks at arrives first.
    const QPointF centre = WebMercator::lonLatToUnit(m_centre) * std::exp2(z) - QPointF(0.5, 0.5);
    std::stable_sort(result.begin(), result.end(), [&](const TileId& l, const TileId& r) {
        const auto distance = [&](const TileId& t) { return std::hypot(t.x - centre.x(), t.y - centre.y()); };
        return distance(l) < distance(r);
    });
    return result;
}

} // namespace recoupe::map
