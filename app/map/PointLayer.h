// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapLayer.h"

namespace recoupe::map {

// Places and clusters as laid out by PointLayout: colour by kind, a ring for candidate duplicates, a halo
// for the selection, counts on clusters.
class PointLayer : public MapLayer
{
public:
    void paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const override;
};

} // namespace recoupe::map
