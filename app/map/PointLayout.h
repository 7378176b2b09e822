// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapPoint.h"

#include <QPointF>

#include <array>
#include <optional>
#include <vector>

namespace recoupe::map {

class PointIndex;
class PointSelection;
class Viewport;

// One marker on screen: a single place or a cluster of places (a contiguous index range).
struct PointMarker
{
    QPointF position; // screen pixels
    float radius = 0;
    quint32 first = 0;
    quint32 count = 0;
    quint8 kind = 0;
    bool hasCandidates = false;
    bool selected = false;
    std::array<quint8, MapPoint::KindCount> shares{}; // clusters: share of each kind out of 255

    bool isCluster() const { return count > 1; }
};

// Decides what is drawn where for the places of a view. The renderer draws this list and the widget hit
// tests the same list, so that a click always lands on what the user sees.
class PointLayout
{
public:
    // Up to this many places in view every place is drawn alone (a filtered handful stays readable).
    static constexpr int MaxSinglePoints = 150;
    // Above, a grid cell (64 pixels) with at most this many places draws them alone, a fuller one draws a
    // cluster with its count: dense cities cluster, the countryside keeps its points, at every zoom.
    static constexpr int MaxPointsPerCell = 3;
    // From this zoom (streets) every place is drawn alone.
    static constexpr double AllPointsZoom = 15.0;
    // Clusters show the candidate-duplicate ring from this zoom (regional); single places always do.
    static constexpr double MinClusterRingZoom = 8.0;
    static constexpr float PointRadius = 5.0f;
    static constexpr float SelectedPointRadius = 7.0f;

    // In drawing order: unselected markers first, selected ones on top.
    static std::vector<PointMarker> markers(const PointIndex& index, const PointSelection* selection,
                                            const Viewport& viewport);
    static float clusterRadius(quint32 count);
    // The marker under a screen position (within tolerance pixels of its edge), the topmost and nearest.
    static std::optional<PointMarker> hit(const std::vector<PointMarker>& markers, QPointF screen,
                                          double tolerance);
};

} // namespace recoupe::map
