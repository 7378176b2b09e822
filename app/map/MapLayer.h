// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPainter;

namespace recoupe::map {

struct MapScene;
class Viewport;

// One layer of a frame (basemap, tiles, links, places). Layers keep no state between frames, so one
// renderer may paint in several threads at once.
class MapLayer
{
public:
    virtual ~MapLayer() = default;
    virtual void paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const = 0;
};

} // namespace recoupe::map
