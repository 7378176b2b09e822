// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/AsyncMapRenderer.h"

#include "map/MapRenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace recoupe::map {

AsyncMapRenderer::AsyncMapRenderer(QObject* parent)
    : QObject(parent), m_renderer(std::make_shared<const MapRenderer>())
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Frame>::finished, this, &AsyncMapRenderer::onFinished);
}

AsyncMapRenderer::~AsyncMapRenderer()
{
    m_pending.reset();
    m_watcher.waitForFinished();
}

void AsyncMapRenderer::requestFrame(const MapScene& scene, const Viewport& viewport, qreal devicePixelRatio)
{
    m_pending = Request{scene, viewport, devicePixelRatio, ++m_generation};
    if (!m_running)
        startNext();
}

void AsyncMapRenderer::startNext()
{
    if (!m_pending)
        return;
    Request request = std::move(*m_pending);
    m_pending.reset();
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [renderer = m_renderer, request = std::move(request)] {
        return Frame{renderer->render(request.scene, request.viewport, request.devicePixelRatio),
                     request.viewport, request.generation};
    }));
}

void AsyncMapRenderer::onFinished()
{
    m_running = false;
    const Frame frame = m_watcher.result();
    if (frame.generation == m_generation)
        emit frameReady(frame.image, frame.viewport);
    startNext();
}

} // namespace recoupe::map
