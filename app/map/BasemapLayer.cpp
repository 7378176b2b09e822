// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/BasemapLayer.h"

#include "map/MapScene.h"
#include "map/Viewport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

#include <cmath>

namespace recoupe::map {

namespace {

// Vertices closer than this on screen add nothing visible: dropping them keeps every zoom fast.
constexpr double MinStepPixels = 0.75;
// Clip a little outside the frame, so that the clip edges (and their stroke) stay out of sight.
constexpr double ClipMarginPixels = 8.0;

// Sutherland–Hodgman clipping against one edge of the rectangle.
template <typename Inside, typename Cross> QPolygonF clipEdge(const QPolygonF& in, Inside inside, Cross cross)
{
    QPolygonF out;
    if (in.isEmpty())
        return out;
    out.reserve(in.size() + 4);
    QPointF previous = in.last();
    bool previousInside = inside(previous);
    for (const QPointF& current : in) {
        const bool currentInside = inside(current);
        if (currentInside != previousInside)
            out.append(cross(previous, current));
        if (currentInside)
            out.append(current);
        previous = current;
        previousInside = currentInside;
    }
    return out;
}

// Keeps the coordinates handed to the raster engine small at high zoom, where a région spans millions of
// pixels; a filled area stays filled because the clip follows the rectangle's edges.
QPolygonF clip(const QPolygonF& polygon, const QRectF& r)
{
    const auto atX = [](double x) {
        return [x](QPointF a, QPointF b) {
            return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
        };
    };
    const auto atY = [](double y) {
        return [y](QPointF a, QPointF b) {
            return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
        };
    };
    QPolygonF p = clipEdge(
        polygon, [&](QPointF q) { return q.x() >= r.left(); }, atX(r.left()));
    p = clipEdge(
        p, [&](QPointF q) { return q.x() <= r.right(); }, atX(r.right()));
    p = clipEdge(
        p, [&](QPointF q) { return q.y() >= r.top(); }, atY(r.top()));
    return clipEdge(
        p, [&](QPointF q) { return q.y() <= r.bottom(); }, atY(r.bottom()));
}

QPainterPath screenPath(const Basemap::Area& area, const Viewport& viewport, const QRectF& clipRect,
                        const QRectF& viewUnit)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const double scale = viewport.scale();
    const QPointF origin = viewport.unitToScreen(QPointF(0, 0));
    const bool needsClip = !viewUnit.contains(area.bounds);
    for (const Basemap::Ring& ring : area.rings) {
        if (ring.size() < 3)
            continue;
        QPolygonF polygon;
        polygon.reserve(static_cast<qsizetype>(ring.size()));
        for (const QPointF& unit : ring) {
            const QPointF p = origin + unit * scale;
            if (!polygon.isEmpty()) {
                const QPointF d = p - polygon.last();
                if (std::abs(d.x()) < MinStepPixels && std::abs(d.y()) < MinStepPixels)
                    continue;
            }
            polygon.append(p);
        }
        if (polygon.size() < 3)
            continue;
        if (needsClip)
            polygon = clip(polygon, clipRect);
        if (polygon.size() < 3)
            continue;
        path.addPolygon(polygon);
        path.closeSubpath();
    }
    return path;
}

} // namespace

void BasemapLayer::paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const
{
    if (!scene.basemap)
        return;
    const QRectF viewUnit = viewport.visibleUnitRect();
    const QRectF clipRect =
        QRectF(QPointF(0, 0), QSizeF(viewport.size()))
            .adjusted(-ClipMarginPixels, -ClipMarginPixels, ClipMarginPixels, ClipMarginPixels);

    std::vector<QPainterPath> regions;
    std::vector<QPainterPath> departements;
    for (const Basemap::Area& area : scene.basemap->areas()) {
        if (!area.bounds.intersects(viewUnit))
            continue;
        QPainterPath path = screenPath(area, viewport, clipRect, viewUnit);
        if (path.isEmpty())
            continue;
        (area.level == Basemap::Level::Region ? regions : departements).push_back(std::move(path));
    }

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(scene.style.land);
    for (const QPainterPath& path : regions)
        painter.drawPath(path);

    painter.setBrush(Qt::NoBrush);
    // Cosmetic one-pixel pens take the raster engine's fast line path; wider pens are stroked as polygons,
    // several times slower over thousands of vertices. Régions stand out by colour, not width.
    QPen departementPen(scene.style.departementBorder, 1.0);
    departementPen.setCosmetic(true);
    painter.setPen(departementPen);
    for (const QPainterPath& path : departements)
        painter.drawPath(path);
    QPen regionPen(scene.style.regionBorder, 1.0);
    regionPen.setCosmetic(true);
    painter.setPen(regionPen);
    for (const QPainterPath& path : regions)
        painter.drawPath(path);
    paintNames(painter, scene, viewport);
    painter.restore();
}

// Names orient a reader of the offline map: régions at a national scale, départements from a regional
// one, in a quiet colour under the places, and only where the name fits without overlapping another.
void BasemapLayer::paintNames(QPainter& painter, const MapScene& scene, const Viewport& viewport) const
{
    const double zoom = viewport.zoom();
    if (zoom < MinNamesZoom)
        return;
    const Basemap::Level level =
        zoom < DepartementNamesZoom ? Basemap::Level::Region : Basemap::Level::Departement;
    QFont font = painter.font();
    font.setPointSizeF(level == Basemap::Level::Region ? 9.0 : 8.0);
    font.setBold(level == Basemap::Level::Region);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    QColor colour = scene.style.text;
    colour.setAlphaF(0.45f);
    painter.setPen(colour);
    const QRectF frame(QPointF(0, 0), QSizeF(viewport.size()));
    std::vector<QRectF> taken;
    for (const Basemap::Area& area : scene.basemap->areas()) {
        if (area.level != level || area.name.isEmpty())
            continue;
        const QPointF at = viewport.unitToScreen(area.labelPoint);
        const QSizeF size = metrics.size(Qt::TextSingleLine, area.name);
        const QRectF box(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height());
        // The area must be wider on screen than its name, and the name must not cover another one.
        const double areaWidth = area.bounds.width() * viewport.scale();
        if (!frame.contains(box) || areaWidth < size.width() * 1.2)
            continue;
        if (std::any_of(taken.begin(), taken.end(), [&](const QRectF& r) { return r.intersects(box); }))
            continue;
        taken.push_back(box.adjusted(-4, -2, 4, 2));
        painter.drawText(box, Qt::AlignCenter, area.name);
    }
}

} // namespace recoupe::map
