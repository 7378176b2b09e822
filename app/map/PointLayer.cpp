// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/PointLayer.h"

#include "map/MapScene.h"
#include "map/PointLayout.h"
#include "map/Viewport.h"

#include <QCache>
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

void drawCluster(QPainter& painter, QPointF c, float r, const PointMarker& marker, const QString& label,
                 const MapStyle& style)
{
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
    // A ring split by kind shows the mix of the cluster (the disc has the dominant kind's colour).
    painter.setPen(Qt::NoPen);
    const QRectF outer(c.x() - r, c.y() - r, 2 * r, 2 * r);
    int start = 90 * 16;
    int remaining = 360 * 16;
    const int order[] = {MapPoint::Coworking, MapPoint::Fablab, MapPoint::Excluded, MapPoint::Unknown};
    int last = MapPoint::Unknown; // the last kind present takes what rounding left
    for (int kind : order)
        if (marker.shares[kind] > 0)
            last = kind;
    for (int kind : order) {
        const int span = kind == last ? remaining : std::min(remaining, marker.shares[kind] * 360 * 16 / 255);
        if (span > 0) {
            painter.setBrush(style.kindColour(static_cast<quint8>(kind)));
            painter.drawPie(outer, start, -span);
            start -= span;
            remaining -= span;
        }
        if (kind == last)
            break;
    }
    painter.setPen(marker.selected ? QPen(style.selection, 2.0) : QPen(Qt::white, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(c, r, r);
    const float inner = r - 3.5f;
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.kindColour(marker.kind));
    painter.drawEllipse(c, inner, inner);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(11);
    painter.setFont(font);
    painter.setPen(MapStyle::textOn(style.kindColour(marker.kind)));
    painter.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, label);
}

// Laying out a count label and antialiasing circles cost tens of microseconds per cluster, hundreds of
// clusters per frame; the same few looks repeat from frame to frame, so each is drawn once into an image.
QImage clusterSprite(const PointMarker& marker, const MapStyle& style, qreal dpr)
{
    static QMutex mutex;
    static QCache<QString, QImage> sprites(4000);
    const QString label = countText(marker.count);
    // Shares rounded to 1/32 of a turn: invisible difference, far fewer distinct sprites.
    PointMarker look = marker;
    for (quint8& share : look.shares)
        share = static_cast<quint8>(std::min(255L, std::lround(share / 8.0) * 8L));
    const float radius = std::round(marker.radius * 2) / 2;
    const QString key = QStringLiteral("%1/%2/%3/%4/%5/%6/%7/%8-%9-%10")
                            .arg(style.kindColour(marker.kind).rgba())
                            .arg(int(marker.hasCandidates) * 2 + int(marker.selected))
                            .arg(radius)
                            .arg(dpr)
                            .arg(style.candidateRing.rgba())
                            .arg(style.selectionHalo.rgba())
                            .arg(label)
                            .arg(look.shares[MapPoint::Coworking])
                            .arg(look.shares[MapPoint::Fablab])
                            .arg(look.shares[MapPoint::Excluded]);
    QMutexLocker lock(&mutex);
    if (const QImage* found = sprites.object(key))
        return *found;
    const int half = static_cast<int>(std::ceil(radius + HaloWidth + 5));
    QImage sprite(QSize(2 * half, 2 * half) * dpr, QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(dpr);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing, true);
    drawCluster(painter, QPointF(half, half), radius, look, label, style);
    painter.end();
    sprites.insert(key, new QImage(sprite));
    return sprite;
}

// Whole device pixels: blitting without resampling is what makes thousands of markers cheap.
void blit(QPainter& painter, QPointF centre, const QImage& sprite, qreal dpr)
{
    const QSizeF size = sprite.deviceIndependentSize();
    painter.drawImage(QPointF(std::round((centre.x() - size.width() / 2) * dpr) / dpr,
                              std::round((centre.y() - size.height() / 2) * dpr) / dpr),
                      sprite);
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
    // Looked up once per frame and look, not once per place: the shared cache takes a lock.
    std::array<QImage, MapPoint::KindCount * 4> sprites;
    for (const PointMarker& marker : markers) {
        if (marker.isCluster()) {
            blit(painter, marker.position, clusterSprite(marker, scene.style, dpr), dpr);
            continue;
        }
        const quint8 kind = marker.kind < MapPoint::KindCount ? marker.kind : 0;
        QImage& sprite = sprites[kind * 4 + (marker.hasCandidates ? 2 : 0) + (marker.selected ? 1 : 0)];
        if (sprite.isNull())
            sprite = pointSprite(kind, marker.hasCandidates, marker.selected, dpr, scene.style);
        blit(painter, marker.position, sprite, dpr);
    }
    painter.restore();
}

} // namespace recoupe::map
