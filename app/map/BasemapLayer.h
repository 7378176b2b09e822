// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapLayer.h"

namespace recoupe::map {

// The offline outlines: land filled from régions, light département borders, stronger région borders.
class BasemapLayer : public MapLayer
{
public:
    void paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const override;
};

} // namespace recoupe::map
