// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/Basemap.h"
#include "map/MapStyle.h"
#include "map/PointIndex.h"
#include "map/PointSelection.h"
#include "map/TileId.h"

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace recoupe::map {

// A line between two places proposed as duplicates, lon/lat ends.
struct CandidateLink
{
    QPointF from;
    QPointF to;
    QString label; // drawn at the middle of a reviewed link (its distance)
    friend bool operator==(const CandidateLink&, const CandidateLink&) = default;
};

// Everything one frame shows, as an immutable snapshot: copying it is cheap (shared pointers and
// implicitly shared images) and a render worker can read it while the GUI thread builds the next one.
struct MapScene
{
    std::shared_ptr<const Basemap> basemap;
    std::shared_ptr<const PointIndex> points;
    std::shared_ptr<const PointSelection> selection;
    std::shared_ptr<const std::vector<CandidateLink>> links;
    // The group under review: solid lines labelled with their distance, over everything else.
    std::shared_ptr<const std::vector<CandidateLink>> reviewLinks;
    // Raster tiles available now, any zoom; finer tiles are drawn over coarser ones.
    QHash<TileId, QImage> tiles;
    MapStyle style;
};

} // namespace recoupe::map
