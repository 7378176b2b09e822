// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapLayer.h"

namespace recoupe::map {

// Online raster tiles given in the scene, coarser first so that finer ones cover them.
class TileLayer : public MapLayer
{
public:
    void paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const override;
};

} // namespace recoupe::map
