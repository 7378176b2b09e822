// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/PointLayer.h"

#include "map/MapScene.h"
#include "map/PointLayout.h"
#include "map/Viewport.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QPainter>

#include <array>
#include <cmath>

namespace recoupe::map {

namespace {

constexpr float CandidateRingGap = 2.5f;
constexpr float HaloWidth = 4.0f;

// One marker of a single place, drawn around its centre.
void drawPoint(QPainter& painter, QPointF centre, float radius, quint8 kind, bool candidates, bool selected,
               const MapStyle& style)
{
    if (selected) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.selectionHalo);
        const float halo = radius + HaloWidth + (candidates ? CandidateRingGap + 1.0f : 0.0f);
        painter.drawEllipse(centre, halo, halo);
    }
    if (candidates) {
        painter.setPen(QPen(style.candidateRing, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, radius + CandidateRingGap, radius + CandidateRingGap);
    }
    painter.setPen(selected ? QPen(style.selection, 2.0) : QPen(Qt::white, 1.2));
    painter.setBrush(style.kindColour(kind));
    painter.drawEllipse(centre, radius, radius);
}

// Single places are many and alike: they are drawn once per look and device pixel ratio into a small
// image, then blitted. Sprites are shared by all render threads.
QImage pointSprite(quint8 kind, bool candidates, bool selected, qreal dpr, const MapStyle& style)
{
    static QMutex mutex;
    static QHash<QString, QImage> sprites;
    const QString key = QStringLiteral("%1/%2/%3/%4/%5%6%7")
                            .arg(kind)
                            .arg(candidates)
                            .arg(selected)
                            .arg(dpr)
                            .arg(style.kindColour(kind).rgba())
                            .arg(style.candidateRing.rgba())
                            .arg(style.selectionHalo.rgba());
    QMutexLocker lock(&mutex);
    const auto found = sprites.constFind(key);
    if (found != sprites.constEnd())
        return *found;

    const int half = 16;
    QImage sprite(QSize(2 * half, 2 * half) * dpr, QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(dpr);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const float radius = selected ? PointLayout::SelectedPointRadius : PointLayout::PointRadius;
    drawPoint(painter, QPointF(half, half), radius, kind, candidates, selected, style);
    painter.end();
    sprites.insert(key, sprite);
    return sprite;
}

QString countText(quint32 count)
{
    if (count < 10000)
        return QLocale().toString(count);
    // Compact form so that the label fits the circle; "k" is understood in French as in English.
    return QStringLiteral("%1k").arg(QLocale().toString(count / 1000));
}

void drawCluster(QPainter& painter, const PointMarker& marker, const MapStyle& style, const QFont& font)
{
    const QPointF c = marker.position;
    const float r = marker.radius;
    if (marker.selected) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.selectionHalo);
        painter.drawEllipse(c, r + HaloWidth + 3, r + HaloWidth + 3);
    }
    if (marker.hasCandidates) {
        painter.setPen(QPen(style.candidateRing, 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, r + CandidateRingGap, r + CandidateRingGap);
    }
    QColor fill = style.kindColour(marker.kind);
    fill.setAlpha(225);
    painter.setPen(marker.selected ? QPen(style.selection, 2.0) : QPen(Qt::white, 1.5));
    painter.setBrush(fill);
    painter.drawEllipse(c, r, r);
    painter.setFont(font);
    painter.setPen(MapStyle::textOn(style.kindColour(marker.kind)));
    painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, countText(marker.count));
}

} // namespace

void PointLayer::paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const
{
    if (!scene.points || scene.points->isEmpty())
        return;
    const std::vector<PointMarker> markers =
        PointLayout::markers(*scene.points, scene.selection.get(), viewport);
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(11);
    // Looked up once per frame and look, not once per place: the shared cache takes a lock.
    std::array<QImage, MapPoint::KindCount * 4> sprites;
    for (const PointMarker& marker : markers) {
        if (marker.isCluster()) {
            drawCluster(painter, marker, scene.style, font);
            continue;
        }
        const quint8 kind = marker.kind < MapPoint::KindCount ? marker.kind : 0;
        QImage& sprite = sprites[kind * 4 + (marker.hasCandidates ? 2 : 0) + (marker.selected ? 1 : 0)];
        if (sprite.isNull())
            sprite = pointSprite(kind, marker.hasCandidates, marker.selected, dpr, scene.style);
        const QSizeF size = sprite.deviceIndependentSize();
        // Whole device pixels: blitting without resampling is what makes thousands of places cheap.
        const QPointF topLeft(std::round((marker.position.x() - size.width() / 2) * dpr) / dpr,
                              std::round((marker.position.y() - size.height() / 2) * dpr) / dpr);
        painter.drawImage(topLeft, sprite);
    }
    painter.restore();
}

} // namespace recoupe::map
