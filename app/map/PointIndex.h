// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapPoint.h"

#include <QPointF>
#include <QRectF>

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace recoupe::map {

// An immutable spatial index over a snapshot of points, shared between the GUI thread and render workers.
// Points are sorted along a Z-order (Morton) curve of their unit Web Mercator position, so that every
// square cell of a power-of-two grid holds a contiguous run of points. A "cluster" of level l is such a
// run inside one cell of side 2^-l; levels are built on first use and kept. Queries descend from a
// coarse level that covers the rectangle with a few cells, so their cost follows what is asked for,
// not how many points exist.
class PointIndex
{
public:
    static constexpr int MaxLevel = 24;

    struct Cluster
    {
        quint64 cell = 0;  // Morton key of the cell at its level
        quint32 begin = 0; // first point (index order)
        quint32 count = 0; // number of points
        float x = 0;       // centroid, unit coordinates (float is enough to place a cluster)
        float y = 0;
        quint8 kind = MapPoint::Unknown; // dominant kind
        bool hasCandidates = false;      // some point of the cluster has candidate duplicates
        std::array<quint8, MapPoint::KindCount> shares{}; // share of each kind, out of 255
    };

    explicit PointIndex(std::vector<MapPoint> points);
    PointIndex(const PointIndex&) = delete;
    PointIndex& operator=(const PointIndex&) = delete;

    static std::shared_ptr<const PointIndex> create(std::vector<MapPoint> points);

    qsizetype size() const { return static_cast<qsizetype>(m_points.size()); }
    bool isEmpty() const { return m_points.empty(); }
    // Points in index order (not the order given).
    const MapPoint& point(quint32 index) const { return m_points[index]; }
    QPointF unitPosition(quint32 index) const { return m_positions[index]; }
    std::optional<quint32> indexOf(qint64 id) const;
    QRectF unitBounds() const { return m_bounds; }

    // Level whose cells are 64 px wide at this zoom (between 64 and 128 px for fractional zooms).
    static int clusterLevel(double zoom);
    const std::vector<Cluster>& clusters(int level) const;
    // Builds the cluster levels of these zooms now (e.g. in the worker that made the index) rather than on
    // the first frame that needs them, which would then take tens of milliseconds with a million places.
    void prepareZooms(int fromZoom, int toZoom) const;
    // Clusters of that level whose cell meets the rectangle (unit coordinates).
    std::vector<const Cluster*> clustersIn(int level, const QRectF& unitRect) const;
    // Points inside the rectangle, in index order.
    std::vector<quint32> indicesIn(const QRectF& unitRect) const;
    // The point nearest to a unit position within a distance (unit coordinates).
    std::optional<quint32> nearest(QPointF unit, double maxDistance) const;

private:
    static quint64 cellOf(quint64 code, int level);
    static QRectF cellRect(quint64 cell, int level);
    void buildLevel(int level) const;

    std::vector<MapPoint> m_points;
    std::vector<QPointF> m_positions;
    std::vector<quint64> m_codes;
    std::vector<std::pair<qint64, quint32>> m_idToIndex; // sorted by id
    QRectF m_bounds;

    mutable std::array<std::once_flag, MaxLevel + 1> m_levelOnce;
    mutable std::array<std::vector<Cluster>, MaxLevel + 1> m_levels;
};

} // namespace recoupe::map
