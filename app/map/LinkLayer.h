// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapLayer.h"

namespace recoupe::map {

// Lines between places proposed as duplicates, and those of the group under review (solid, labelled).
class LinkLayer : public MapLayer
{
public:
    void paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const override;

private:
    void paintCandidates(QPainter& painter, const MapScene& scene, const Viewport& viewport) const;
    void paintReviewed(QPainter& painter, const MapScene& scene, const Viewport& viewport) const;
};

} // namespace recoupe::map
