// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapLayer.h"

#include <QImage>

#include <memory>
#include <vector>

namespace recoupe::map {

struct MapScene;
class Viewport;

// Paints a frame of a scene for a view: background, offline basemap, online tiles, candidate links,
// places. Const and stateless, so one renderer serves any number of threads.
class MapRenderer
{
public:
    MapRenderer();
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    // An image of viewport.size() logical pixels at that device pixel ratio.
    QImage render(const MapScene& scene, const Viewport& viewport, qreal devicePixelRatio = 1.0) const;
    void paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const;

private:
    std::vector<std::unique_ptr<MapLayer>> m_layers;
};

} // namespace recoupe::map
