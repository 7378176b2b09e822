// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/PointLayout.h"

#include "map/PointIndex.h"
#include "map/PointSelection.h"
#include "map/Viewport.h"

#include <algorithm>
#include <cmath>

namespace recoupe::map {

namespace {
constexpr double MarginPixels = 32.0; // markers whose centre is just outside still show their edge
}

float PointLayout::clusterRadius(quint32 count)
{
    return std::min(26.0f, 10.0f + 4.0f * std::log10(static_cast<float>(count)));
}

std::vector<PointMarker> PointLayout::markers(const PointIndex& index, const PointSelection* selection,
                                              const Viewport& viewport)
{
    std::vector<PointMarker> result;
    if (index.isEmpty())
        return result;
    const double margin = MarginPixels / viewport.scale();
    const QRectF view = viewport.visibleUnitRect().adjusted(-margin, -margin, margin, margin);
    const int level = PointIndex::clusterLevel(viewport.zoom());
    const std::vector<const PointIndex::Cluster*> clusters = index.clustersIn(level, view);

    qsizetype inView = 0;
    for (const PointIndex::Cluster* cluster : clusters)
        inView += cluster->count;
    const bool single = inView <= MaxSinglePoints || viewport.zoom() >= AllPointsZoom;

    const auto isSelected = [&](quint32 begin, quint32 count) {
        return selection && selection->intersects(begin, count);
    };
    for (const PointIndex::Cluster* cluster : clusters) {
        if (single || cluster->count <= quint32(MaxPointsPerCell)) {
            for (quint32 i = cluster->begin; i < cluster->begin + cluster->count; ++i) {
                const QPointF unit = index.unitPosition(i);
                if (!view.contains(unit))
                    continue;
                PointMarker marker;
                marker.position = viewport.unitToScreen(unit);
                marker.first = i;
                marker.count = 1;
                marker.kind = index.point(i).kind;
                marker.hasCandidates = index.point(i).hasCandidates;
                marker.selected = isSelected(i, 1);
                marker.radius = marker.selected ? SelectedPointRadius : PointRadius;
                result.push_back(marker);
            }
            continue;
        }
        const QPointF centroid(cluster->x, cluster->y);
        if (!view.contains(centroid))
            continue;
        PointMarker marker;
        marker.position = viewport.unitToScreen(centroid);
        marker.first = cluster->begin;
        marker.count = cluster->count;
        marker.kind = cluster->kind;
        // At a national scale nearly every cluster holds a candidate pair: a ring on each says nothing.
        marker.hasCandidates = cluster->hasCandidates && viewport.zoom() >= MinClusterRingZoom;
        marker.shares = cluster->shares;
        marker.selected = isSelected(cluster->begin, cluster->count);
        marker.radius = clusterRadius(cluster->count);
        result.push_back(marker);
    }
    std::stable_partition(result.begin(), result.end(), [](const PointMarker& m) { return !m.selected; });
    return result;
}

std::optional<PointMarker> PointLayout::hit(const std::vector<PointMarker>& markers, QPointF screen,
                                            double tolerance)
{
    std::optional<PointMarker> best;
    double bestGap = tolerance;
    // From the top of the drawing order: the visible marker under the pointer wins, else the nearest edge.
    for (auto it = markers.rbegin(); it != markers.rend(); ++it) {
        const double gap =
            std::hypot(it->position.x() - screen.x(), it->position.y() - screen.y()) - it->radius;
        if (gap <= 0)
            return *it;
        if (gap <= bestGap) {
            bestGap = gap;
            best = *it;
        }
    }
    return best;
}

} // namespace recoupe::map
