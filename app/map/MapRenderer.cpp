// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapRenderer.h"

#include "map/BasemapLayer.h"
#include "map/LinkLayer.h"
#include "map/MapScene.h"
#include "map/PointLayer.h"
#include "map/TileLayer.h"
#include "map/Viewport.h"

#include <QPainter>

namespace recoupe::map {

MapRenderer::MapRenderer()
{
    // Bottom to top. The basemap is always drawn: it shows wherever tiles have not arrived (or never will).
    m_layers.push_back(std::make_unique<BasemapLayer>());
    m_layers.push_back(std::make_unique<TileLayer>());
    m_layers.push_back(std::make_unique<LinkLayer>());
    m_layers.push_back(std::make_unique<PointLayer>());
}

MapRenderer::~MapRenderer() = default;

QImage MapRenderer::render(const MapScene& scene, const Viewport& viewport, qreal devicePixelRatio) const
{
    QImage image(viewport.size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    paint(painter, scene, viewport);
    return image;
}

void MapRenderer::paint(QPainter& painter, const MapScene& scene, const Viewport& viewport) const
{
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(viewport.size())), scene.style.background);
    for (const auto& layer : m_layers)
        layer->paint(painter, scene, viewport);
}

} // namespace recoupe::map
