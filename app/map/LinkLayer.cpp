// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/LinkLayer.h"

#include "map/MapScene.h"
#include "map/Viewport.h"

#include <QFontMetricsF>
#include <QPainter>

namespace recoupe::map {

namespace {
constexpr double MinCandidateLinkZoom = 8.0;
}

void LinkLayer::paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const
{
    paintCandidates(painter, scene, viewport);
    paintReviewed(painter, scene, viewport);
}

void LinkLayer::paintReviewed(QPainter& painter, const MapScene& scene, const Viewport& viewport) const
{
    if (!scene.reviewLinks || scene.reviewLinks->empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(scene.style.link, 3.0);
    pen.setCosmetic(true);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const CandidateLink& link : *scene.reviewLinks) {
        const QPointF a = viewport.lonLatToScreen(link.from);
        const QPointF b = viewport.lonLatToScreen(link.to);
        painter.setPen(pen);
        painter.drawLine(a, b);
        if (link.label.isEmpty())
            continue;
        // The distance on a white box at the middle, readable over any basemap.
        const QPointF middle = (a + b) / 2;
        QRectF box = metrics.boundingRect(link.label).adjusted(-4, -2, 4, 2);
        box.moveCenter(middle + QPointF(0, -box.height()));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(scene.style.link.darker(130));
        painter.drawText(box, Qt::AlignCenter, link.label);
    }
    painter.restore();
}

void LinkLayer::paintCandidates(QPainter& painter, const MapScene& scene, const Viewport& viewport) const
{
    // At a national scale the lines between candidates are a tangle that says nothing: they appear from a
    // regional zoom (the review's group links are drawn at every zoom).
    if (!scene.links || scene.links->empty() || viewport.zoom() < MinCandidateLinkZoom)
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
