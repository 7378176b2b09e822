// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/TileLayer.h"

#include "map/MapScene.h"
#include "map/Viewport.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace recoupe::map {

void TileLayer::paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const
{
    if (scene.tiles.isEmpty())
        return;
    std::vector<TileId> ids;
    ids.reserve(scene.tiles.size());
    const QRectF view = viewport.visibleUnitRect();
    for (auto it = scene.tiles.keyBegin(); it != scene.tiles.keyEnd(); ++it) {
        const double side = std::exp2(-it->z);
        if (QRectF(it->x * side, it->y * side, side, side).intersects(view))
            ids.push_back(*it);
    }
    std::sort(ids.begin(), ids.end(), [](const TileId& a, const TileId& b) { return a.z < b.z; });

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const TileId& id : ids) {
        const double side = std::exp2(-id.z);
        // Rounded edges: neighbouring tiles share their edge pixel exactly, so no hairline seams.
        const QPointF topLeft = viewport.unitToScreen(QPointF(id.x * side, id.y * side));
        const QPointF bottomRight = viewport.unitToScreen(QPointF((id.x + 1) * side, (id.y + 1) * side));
        const QRectF target(QPointF(std::round(topLeft.x()), std::round(topLeft.y())),
                            QPointF(std::round(bottomRight.x()), std::round(bottomRight.y())));
        painter.drawImage(target, scene.tiles.value(id));
    }
    painter.restore();
}

} // namespace recoupe::map
