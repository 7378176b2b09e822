// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/PointIndex.h"

#include "map/WebMercator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace recoupe::map {

namespace {

// Spreads the 32 bits of v over the even bits of a 64-bit word.
quint64 spread(quint32 v)
{
    quint64 x = v;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFULL;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFULL;
    x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FULL;
    x = (x | (x << 2)) & 0x3333333333333333ULL;
    x = (x | (x << 1)) & 0x5555555555555555ULL;
    return x;
}

quint32 compact(quint64 x)
{
    x &= 0x5555555555555555ULL;
    x = (x | (x >> 1)) & 0x3333333333333333ULL;
    x = (x | (x >> 2)) & 0x0F0F0F0F0F0F0F0FULL;
    x = (x | (x >> 4)) & 0x00FF00FF00FF00FFULL;
    x = (x | (x >> 8)) & 0x0000FFFF0000FFFFULL;
    x = (x | (x >> 16)) & 0x00000000FFFFFFFFULL;
    return static_cast<quint32>(x);
}

quint32 quantise(double unit)
{
    const double scaled = std::clamp(unit, 0.0, 1.0) * 4294967296.0;
    return static_cast<quint32>(std::min(scaled, 4294967295.0));
}

quint64 morton(quint32 x, quint32 y)
{
    return spread(x) | (spread(y) << 1);
}

} // namespace

PointIndex::PointIndex(std::vector<MapPoint> points)
{
    const std::size_t n = points.size();
    std::vector<QPointF> positions(n);
    std::vector<quint64> codes(n);
    for (std::size_t i = 0; i < n; ++i) {
        positions[i] = WebMercator::lonLatToUnit({points[i].lon, points[i].lat});
        codes[i] = morton(quantise(positions[i].x()), quantise(positions[i].y()));
    }
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return codes[a] < codes[b]; });

    m_points.resize(n);
    m_positions.resize(n);
    m_codes.resize(n);
    m_idToIndex.resize(n);
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (std::size_t i = 0; i < n; ++i) {
        m_points[i] = points[order[i]];
        m_positions[i] = positions[order[i]];
        m_codes[i] = codes[order[i]];
        m_idToIndex[i] = {m_points[i].id, static_cast<quint32>(i)};
        minX = std::min(minX, m_positions[i].x());
        minY = std::min(minY, m_positions[i].y());
        maxX = std::max(maxX, m_positions[i].x());
        maxY = std::max(maxY, m_positions[i].y());
    }
    std::sort(m_idToIndex.begin(), m_idToIndex.end());
    if (n > 0)
        m_bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

std::shared_ptr<const PointIndex> PointIndex::create(std::vector<MapPoint> points)
{
    return std::make_shared<const PointIndex>(std::move(points));
}

std::optional<quint32> PointIndex::indexOf(qint64 id) const
{
    const auto found =
        std::lower_bound(m_idToIndex.begin(), m_idToIndex.end(), std::make_pair(id, quint32(0)));
    if (found == m_idToIndex.end() || found->first != id)
        return std::nullopt;
    return found->second;
}

int PointIndex::clusterLevel(double zoom)
{
    return std::clamp(static_cast<int>(std::floor(zoom)) + 2, 0, MaxLevel);
}

quint64 PointIndex::cellOf(quint64 code, int level)
{
    return level == 0 ? 0 : code >> (64 - 2 * level);
}

QRectF PointIndex::cellRect(quint64 cell, int level)
{
    const double side = std::exp2(-level);
    return QRectF(compact(cell) * side, compact(cell >> 1) * side, side, side);
}

const std::vector<PointIndex::Cluster>& PointIndex::clusters(int level) const
{
    level = std::clamp(level, 0, MaxLevel);
    std::call_once(m_levelOnce[level], [this, level] { buildLevel(level); });
    return m_levels[level];
}

void PointIndex::prepareZooms(int fromZoom, int toZoom) const
{
    for (int zoom = fromZoom; zoom <= toZoom; ++zoom)
        clusters(clusterLevel(zoom));
}

void PointIndex::buildLevel(int level) const
{
    std::vector<Cluster>& out = m_levels[level];
    const std::size_t n = m_points.size();
    std::size_t begin = 0;
    while (begin < n) {
        const quint64 cell = cellOf(m_codes[begin], level);
        std::size_t end = begin;
        double sumX = 0, sumY = 0;
        std::array<quint32, MapPoint::KindCount> kinds{};
        bool candidates = false;
        while (end < n && cellOf(m_codes[end], level) == cell) {
            sumX += m_positions[end].x();
            sumY += m_positions[end].y();
            const quint8 kind = m_points[end].kind < MapPoint::KindCount ? m_points[end].kind : 0;
            ++kinds[kind];
            candidates = candidates || m_points[end].hasCandidates;
            ++end;
        }
        Cluster cluster;
        cluster.cell = cell;
        cluster.begin = static_cast<quint32>(begin);
        cluster.count = static_cast<quint32>(end - begin);
        cluster.x = static_cast<float>(sumX / cluster.count);
        cluster.y = static_cast<float>(sumY / cluster.count);
        // Ties favour a known kind over "unknown".
        cluster.kind = MapPoint::Coworking;
        for (quint8 kind : {MapPoint::Fablab, MapPoint::Excluded, MapPoint::Unknown})
            if (kinds[kind] > kinds[cluster.kind])
                cluster.kind = kind;
        cluster.hasCandidates = candidates;
        for (int kind = 0; kind < MapPoint::KindCount; ++kind)
            cluster.shares[kind] = static_cast<quint8>(std::lround(255.0 * kinds[kind] / cluster.count));
        out.push_back(cluster);
        begin = end;
    }
    out.shrink_to_fit();
}

std::vector<const PointIndex::Cluster*> PointIndex::clustersIn(int level, const QRectF& unitRect) const
{
    std::vector<const Cluster*> result;
    const QRectF rect = unitRect.normalized().intersected(QRectF(0, 0, 1, 1));
    if (m_points.empty() || rect.isEmpty() ||
        !rect.intersects(m_bounds.adjusted(-1e-12, -1e-12, 1e-12, 1e-12)))
        return result;
    level = std::clamp(level, 0, MaxLevel);
    const std::vector<Cluster>& fine = clusters(level);

    // A coarse level where the rectangle spans at most 4×4 cells: few binary searches, and the fine
    // clusters under each coarse cell form one contiguous run.
    const double side = std::max(rect.width(), rect.height());
    const int coarse = std::clamp(static_cast<int>(std::floor(std::log2(3.0 / side))), 0, level);
    const double coarseSide = std::exp2(-coarse);
    const quint32 last = coarse == 0 ? 0 : (quint32(1) << coarse) - 1;
    const auto cellIndex = [&](double v) {
        return std::min(last, static_cast<quint32>(std::max(0.0, std::floor(v / coarseSide))));
    };
    const int shift = 2 * (level - coarse);
    for (quint32 cy = cellIndex(rect.top()); cy <= cellIndex(rect.bottom()); ++cy) {
        for (quint32 cx = cellIndex(rect.left()); cx <= cellIndex(rect.right()); ++cx) {
            const quint64 coarseCell = coarse == 0 ? 0 : morton(cx, cy);
            const quint64 first = coarseCell << shift;
            const quint64 end = (coarseCell + 1) << shift; // level ≤ 24: no overflow
            auto it = std::lower_bound(fine.begin(), fine.end(), first,
                                       [](const Cluster& c, quint64 key) { return c.cell < key; });
            for (; it != fine.end() && it->cell < end; ++it)
                if (cellRect(it->cell, level).intersects(rect))
                    result.push_back(&*it);
        }
    }
    return result;
}

std::vector<quint32> PointIndex::indicesIn(const QRectF& unitRect) const
{
    std::vector<quint32> result;
    const QRectF rect = unitRect.normalized();
    // Cells about a sixteenth of the rectangle: most cells are wholly inside and need no per-point test.
    const double side = std::max(rect.width(), rect.height());
    const int level =
        side > 0 ? std::clamp(static_cast<int>(std::floor(std::log2(16.0 / side))), 0, MaxLevel) : MaxLevel;
    for (const Cluster* cluster : clustersIn(level, rect)) {
        const quint32 end = cluster->begin + cluster->count;
        if (rect.contains(cellRect(cluster->cell, level))) {
            for (quint32 i = cluster->begin; i < end; ++i)
                result.push_back(i);
            continue;
        }
        for (quint32 i = cluster->begin; i < end; ++i) {
            const QPointF& p = m_positions[i];
            if (p.x() >= rect.left() && p.x() <= rect.right() && p.y() >= rect.top() &&
                p.y() <= rect.bottom())
                result.push_back(i);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<quint32> PointIndex::nearest(QPointF unit, double maxDistance) const
{
    const QRectF square(unit - QPointF(maxDistance, maxDistance), QSizeF(2 * maxDistance, 2 * maxDistance));
    std::optional<quint32> best;
    double bestDistance = maxDistance * maxDistance;
    for (quint32 i : indicesIn(square)) {
        const QPointF d = m_positions[i] - unit;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

} // namespace recoupe::map
