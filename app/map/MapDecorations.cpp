// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapDecorations.h"

#include "map/MapPoint.h"
#include "map/Viewport.h"
#include "map/WebMercator.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace recoupe::map {

namespace {
constexpr int Margin = 6;
constexpr int Padding = 4;

QFont smallFont(const QPainter& painter)
{
    QFont font = painter.font();
    font.setPixelSize(11);
    return font;
}

// A text on a light panel, anchored to a corner of a rectangle.
QRect drawLabel(QPainter& painter, const QRect& area, Qt::Alignment corner, const QString& text,
                const MapStyle& style)
{
    painter.setFont(smallFont(painter));
    const QFontMetrics metrics(painter.font());
    const QSize size(metrics.horizontalAdvance(text) + 2 * Padding, metrics.height() + 2 * Padding / 2);
    QRect box(QPoint(0, 0), size);
    if (corner & Qt::AlignRight)
        box.moveRight(area.right() - Margin);
    else if (corner & Qt::AlignHCenter)
        box.moveLeft(area.center().x() - size.width() / 2);
    else
        box.moveLeft(area.left() + Margin);
    if (corner & Qt::AlignBottom)
        box.moveBottom(area.bottom() - Margin);
    else
        box.moveTop(area.top() + Margin);
    painter.fillRect(box, style.panel);
    painter.setPen(style.text);
    painter.drawText(box, Qt::AlignCenter, text);
    return box;
}
} // namespace

double MapDecorations::roundDistance(double metres)
{
    if (metres <= 0)
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(metres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= metres)
            return step * power;
    return power;
}

QString MapDecorations::distanceText(double metres)
{
    if (metres >= 1000)
        return tr("%1 km").arg(QLocale().toString(metres / 1000, 'g', 6));
    return tr("%1 m").arg(QLocale().toString(metres, 'g', 6));
}

QString MapDecorations::kindName(quint8 kind)
{
    switch (kind) {
    case MapPoint::Coworking:
        return tr("Coworking");
    case MapPoint::Fablab:
        return tr("Fablab");
    case MapPoint::Excluded:
        return tr("Excluded");
    default:
        return tr("Unknown type");
    }
}

QString MapDecorations::basemapAttribution()
{
    return tr("Basemap: IGN Admin Express (Licence Ouverte)");
}

void MapDecorations::drawScaleBar(QPainter& painter, const QRect& area, const Viewport& viewport,
                                  const MapStyle& style, int maxPixels)
{
    const double metresPerPixel = WebMercator::metresPerPixel(viewport.centre().y(), viewport.zoom());
    const double metres = roundDistance(metresPerPixel * maxPixels);
    if (metres <= 0)
        return;
    const int length = static_cast<int>(std::lround(metres / metresPerPixel));
    painter.save();
    painter.setFont(smallFont(painter));
    const QFontMetrics metrics(painter.font());
    const QString text = distanceText(metres);
    const int width = std::max(length, metrics.horizontalAdvance(text)) + 2 * Padding;
    const QRect box(area.left() + Margin, area.bottom() - Margin - metrics.height() - 12, width,
                    metrics.height() + 12);
    painter.fillRect(box, style.panel);
    painter.setPen(QPen(style.text, 1.5));
    const int baseline = box.bottom() - 4;
    const int left = box.left() + Padding;
    painter.drawLine(left, baseline, left + length, baseline);
    painter.drawLine(left, baseline, left, baseline - 5);
    painter.drawLine(left + length, baseline, left + length, baseline - 5);
    painter.drawText(QRect(box.left(), box.top() + 1, box.width(), metrics.height()), Qt::AlignCenter, text);
    painter.restore();
}

void MapDecorations::drawAttribution(QPainter& painter, const QRect& area, const QString& text,
                                     const MapStyle& style)
{
    painter.save();
    drawLabel(painter, area, Qt::AlignRight | Qt::AlignBottom, text, style);
    painter.restore();
}

void MapDecorations::drawCursorPosition(QPainter& painter, const QRect& area, QPointF lonLat,
                                        const MapStyle& style)
{
    painter.save();
    const QLocale locale;
    const QString text =
        tr("Lon %1, lat %2").arg(locale.toString(lonLat.x(), 'f', 5), locale.toString(lonLat.y(), 'f', 5));
    drawLabel(painter, area, Qt::AlignHCenter | Qt::AlignBottom, text, style);
    painter.restore();
}

void MapDecorations::drawLegend(QPainter& painter, const QRect& area, const MapStyle& style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(smallFont(painter));
    const QFontMetrics metrics(painter.font());
    const QStringList names{kindName(MapPoint::Coworking), kindName(MapPoint::Fablab),
                            kindName(MapPoint::Excluded), kindName(MapPoint::Unknown),
                            tr("Candidate duplicates")};
    int textWidth = 0;
    for (const QString& name : names)
        textWidth = std::max(textWidth, metrics.horizontalAdvance(name));
    const int row = std::max(18, metrics.height() + 4);
    const QRect box(area.right() - Margin - (textWidth + 30 + Padding), area.top() + Margin,
                    textWidth + 30 + Padding, row * static_cast<int>(names.size()) + Padding);
    painter.fillRect(box, style.panel);
    const quint8 kinds[] = {MapPoint::Coworking, MapPoint::Fablab, MapPoint::Excluded, MapPoint::Unknown};
    for (int i = 0; i < names.size(); ++i) {
        const QPointF centre(box.left() + 13, box.top() + Padding / 2 + row * i + row / 2.0);
        if (i < 4) {
            painter.setPen(QPen(Qt::white, 1.2));
            painter.setBrush(style.kindColour(kinds[i]));
            painter.drawEllipse(centre, 5, 5);
        } else {
            painter.setPen(QPen(style.candidateRing, 2.0));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(centre, 7.5, 7.5);
            painter.setPen(QPen(Qt::white, 1.2));
            painter.setBrush(style.kindColour(MapPoint::Unknown));
            painter.drawEllipse(centre, 5, 5);
        }
        painter.setPen(style.text);
        painter.drawText(QRect(box.left() + 26, static_cast<int>(centre.y()) - row / 2, textWidth + 4, row),
                         Qt::AlignVCenter | Qt::AlignLeft, names.at(i));
    }
    painter.restore();
}

} // namespace recoupe::map
