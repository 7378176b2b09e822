// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapStyle.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRect>
#include <QString>

class QPainter;

namespace recoupe::map {

class Viewport;

// What is drawn over the map in screen space and not rendered with the frame (it must follow the pointer
// and the window at once): scale bar, pointer position, attribution, legend.
class MapDecorations
{
    Q_DECLARE_TR_FUNCTIONS(MapDecorations)

public:
    // Bottom left. Length is a round distance (1, 2 or 5 × 10^n metres) of at most maxPixels.
    static void drawScaleBar(QPainter& painter, const QRect& area, const Viewport& viewport,
                             const MapStyle& style, int maxPixels = 110);
    // Bottom right, always visible: the licence of tiles and basemap requires it.
    static void drawAttribution(QPainter& painter, const QRect& area, const QString& text,
                                const MapStyle& style);
    // Bottom centre: lon/lat under the pointer.
    static void drawCursorPosition(QPainter& painter, const QRect& area, QPointF lonLat,
                                   const MapStyle& style);
    // Top right: place kinds and the candidate-duplicate ring.
    static void drawLegend(QPainter& painter, const QRect& area, const MapStyle& style);

    static QString kindName(quint8 kind);
    static QString basemapAttribution();
    // Largest round distance in metres not above the given one.
    static double roundDistance(double metres);
    static QString distanceText(double metres);
};

} // namespace recoupe::map
