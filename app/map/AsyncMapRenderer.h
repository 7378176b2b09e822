// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapScene.h"
#include "map/Viewport.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace recoupe::map {

class MapRenderer;

// Renders frames in a worker thread. At most one frame is being rendered and one waits; a newer request
// replaces the waiting one, and a frame that finished after a newer request was made is dropped, so the
// view never steps back to an old state. Lives in the GUI thread.
class AsyncMapRenderer : public QObject
{
    Q_OBJECT

public:
    explicit AsyncMapRenderer(QObject* parent = nullptr);
    ~AsyncMapRenderer() override;

    void requestFrame(const MapScene& scene, const Viewport& viewport, qreal devicePixelRatio = 1.0);
    bool isBusy() const { return m_running || m_pending.has_value(); }
    quint64 generation() const { return m_generation; }

signals:
    void frameReady(const QImage& frame, const recoupe::map::Viewport& viewport);

private:
    struct Request
    {
        MapScene scene;
        Viewport viewport;
        qreal devicePixelRatio = 1.0;
        quint64 generation = 0;
    };
    struct Frame
    {
        QImage image;
        Viewport viewport;
        quint64 generation = 0;
    };

    void startNext();
    void onFinished();

    std::shared_ptr<const MapRenderer> m_renderer;
    // Our own single thread: frames must not wait behind long imports or matching on the global pool.
    QThreadPool m_pool;
    QFutureWatcher<Frame> m_watcher;
    std::optional<Request> m_pending;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace recoupe::map
