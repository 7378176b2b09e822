// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapLayer.h"

namespace recoupe::map {

// The offline outlines: land filled from régions, light département borders, stronger région borders.
class BasemapLayer : public MapLayer
{
public:
    void paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const override;

    static constexpr double MinNamesZoom = 4.5;         // below: France is too small for names
    static constexpr double DepartementNamesZoom = 7.0; // from here départements, before régions

private:
    void paintNames(QPainter& painter, const MapScene& scene, const Viewport& viewport) const;
};

} // namespace recoupe::map
