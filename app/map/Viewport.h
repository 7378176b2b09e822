// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/TileId.h"

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QSize>

namespace recoupe::map {

// What part of the world a map shows: centre (lon/lat), fractional zoom and size in logical pixels.
// A plain value, so that a render job can carry the exact view it was made for.
class Viewport
{
public:
    static constexpr double MinZoom = 2.0;
    static constexpr double MaxZoom = 19.0;

    Viewport() { setCentre(m_centre); }
    Viewport(QPointF centreLonLat, double zoom, QSize size);

    QPointF centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    QSize size() const { return m_size; }
    void setCentre(QPointF lonLat);
    void setZoom(double zoom);
    void setSize(QSize size) { m_size = size; }

    // Pixels per unit of the world square at this zoom.
    double scale() const;

    QPointF unitToScreen(QPointF unit) const;
    QPointF screenToUnit(QPointF screen) const;
    QPointF lonLatToScreen(QPointF lonLat) const;
    QPointF screenToLonLat(QPointF screen) const;
    QRectF visibleUnitRect() const;

    // The content follows the pointer: dragging by delta moves the centre by -delta.
    Viewport panned(QPointF screenDelta) const;
    // The point under screenPoint stays under it.
    Viewport zoomedAround(QPointF screenPoint, double newZoom) const;
    // Smallest view (up to maxZoom) showing the whole lon/lat rectangle with a margin in pixels.
    Viewport fittedTo(const QRectF& lonLatRect, int marginPixels, double maxZoom) const;

    // Tile zoom used to show this view, and the tiles needed, nearest to the centre first.
    int tileZoom(int maxTileZoom) const;
    QList<TileId> visibleTiles(int maxTileZoom) const;

    friend bool operator==(const Viewport& a, const Viewport& b)
    {
        return a.m_centre == b.m_centre && a.m_zoom == b.m_zoom && a.m_size == b.m_size;
    }

private:
    QPointF m_centre{2.5, 46.6}; // mainland France
    // Kept with the centre: projecting it costs trigonometry, and every marker of a frame needs it.
    QPointF m_centreUnit;
    double m_zoom = 5.0;
    QSize m_size{256, 256};
};

} // namespace recoupe::map

Q_DECLARE_METATYPE(recoupe::map::Viewport)
