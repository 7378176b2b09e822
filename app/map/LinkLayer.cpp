// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/LinkLayer.h"

#include "map/MapScene.h"
#include "map/Viewport.h"

#include <QPainter>

namespace recoupe::map {

void LinkLayer::paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const
{
    if (!scene.links || scene.links->empty())
        return;
    const QRectF frame = QRectF(QPointF(0, 0), QSizeF(viewport.size())).adjusted(-2, -2, 2, 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(scene.style.link, 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    painter.setPen(pen);
    for (const CandidateLink& link : *scene.links) {
        const QPointF a = viewport.lonLatToScreen(link.from);
        const QPointF b = viewport.lonLatToScreen(link.to);
        // Links shorter than a pixel are invisible, those outside the frame cost for nothing.
        if (QLineF(a, b).length() < 1.0 ||
            !QRectF(a, b).normalized().adjusted(-1, -1, 1, 1).intersects(frame))
            continue;
        painter.drawLine(a, b);
    }
    painter.restore();
}

} // namespace recoupe::map
