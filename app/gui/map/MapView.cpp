// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapView.h"

#include "BackgroundPool.h"
#include "map/AsyncMapRenderer.h"
#include "map/MapDecorations.h"
#include "map/PointLayout.h"
#include "map/TileLoader.h"
#include "map/WebMercator.h"

#include <QApplication>
#include <QCursor>
#include <QDir>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QSet>
#include <QStandardPaths>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace recoupe::map {

namespace {
constexpr double HitTolerancePixels = 3.0;
constexpr double KeyZoomStep = 1.0;
constexpr int FitMarginPixels = 40;
constexpr double FitMaxZoom = 16.0;
// Tiles of coarser zooms already in memory stand in for missing ones, up to this many levels up.
constexpr int FallbackTileLevels = 4;
} // namespace

MapView::MapView(QWidget* parent) : MapView(nullptr, parent) {}

MapView::MapView(QNetworkAccessManager* network, QWidget* parent)
    : QWidget(parent), m_network(network), m_renderer(new AsyncMapRenderer(this))
{
    setObjectName(QStringLiteral("mapView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(120, 90);

    m_scene.basemap = Basemap::bundled();
    m_viewport = Viewport({2.5, 46.6}, 5.5, size());
    m_initialViewport = m_viewport;

    // Several changes within one pass of the event loop (resize + selection + tiles) make one frame.
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(0);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapView::render);
    connect(m_renderer, &AsyncMapRenderer::frameReady, this, &MapView::onFrameReady);
    connect(&m_indexWatcher, &QFutureWatcherBase::finished, this, &MapView::onIndexReady);
}

MapView::~MapView()
{
    m_indexWatcher.waitForFinished();
}

// --- data -------------------------------------------------------------------------------------------------

void MapView::setPoints(std::vector<MapPoint> points)
{
    // A million places take a few hundred milliseconds to index: not on the GUI thread.
    m_indexWatcher.setFuture(QtConcurrent::run(backgroundPool(), [points = std::move(points)]() mutable {
        auto index = PointIndex::create(std::move(points));
        index->prepareZooms(static_cast<int>(Viewport::MinZoom), static_cast<int>(Viewport::MaxZoom));
        return index;
    }));
}

void MapView::onIndexReady()
{
    m_scene.points = m_indexWatcher.result();
    rebuildSelection();
    if (m_followPending)
        followSelection();
    scheduleRender();
    emit pointsReady();
}

void MapView::setCandidateLinks(const QList<CandidateLink>& links)
{
    m_scene.links = std::make_shared<const std::vector<CandidateLink>>(links.begin(), links.end());
    scheduleRender();
}

void MapView::setReviewLinks(const QList<CandidateLink>& links)
{
    m_scene.reviewLinks = std::make_shared<const std::vector<CandidateLink>>(links.begin(), links.end());
    scheduleRender();
}

void MapView::setSelection(const QList<qint64>& ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    rebuildSelection();
    scheduleRender();
}

void MapView::rebuildSelection()
{
    if (!m_scene.points || m_selection.isEmpty())
        m_scene.selection.reset();
    else
        m_scene.selection = std::make_shared<const PointSelection>(*m_scene.points, m_selection);
}

void MapView::changeSelection(QList<qint64> ids)
{
    if (ids == m_selection)
        return;
    setSelection(ids);
    emit selectionChanged(m_selection);
}

QList<qint64> MapView::idsOf(quint32 first, quint32 count) const
{
    QList<qint64> ids;
    ids.reserve(count);
    for (quint32 i = first; i < first + count; ++i)
        ids.append(m_scene.points->point(i).id);
    return ids;
}

// --- view -------------------------------------------------------------------------------------------------

void MapView::setViewport(const Viewport& viewport)
{
    Viewport sized = viewport;
    sized.setSize(size());
    applyViewport(sized);
}

void MapView::centreOn(QPointF lonLat, double zoom)
{
    applyViewport(Viewport(lonLat, zoom, size()));
}

void MapView::applyViewport(const Viewport& viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    updateTiles();
    scheduleRender();
    update();
    emit viewportChanged(m_viewport);
    // The place under the cursor changes with the view (keys, fits), not only when the mouse moves.
    const QPointF local = mapFromGlobal(QCursor::pos());
    if (rect().contains(local.toPoint())) {
        const QPointF lonLat = m_viewport.screenToLonLat(local);
        emit cursorPositionChanged(lonLat.x(), lonLat.y());
    }
}

void MapView::zoomToSelection()
{
    if (!m_scene.selection || m_scene.selection->isEmpty())
        return;
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (quint32 i : m_scene.selection->indices()) {
        const QPointF p = m_scene.points->unitPosition(i);
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    const QRectF lonLat(WebMercator::unitToLonLat({minX, minY}), WebMercator::unitToLonLat({maxX, maxY}));
    applyViewport(m_viewport.fittedTo(lonLat, FitMarginPixels, FitMaxZoom));
}

void MapView::followSelection()
{
    m_followPending = !m_scene.points || m_indexWatcher.isRunning();
    if (!m_scene.selection || m_scene.selection->isEmpty() || width() <= 0 || height() <= 0)
        return;
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (quint32 i : m_scene.selection->indices()) {
        const QPointF p = m_scene.points->unitPosition(i);
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    const QRectF margin =
        QRectF(rect()).adjusted(FitMarginPixels, FitMarginPixels, -FitMarginPixels, -FitMarginPixels);
    const QPointF topLeft = m_viewport.unitToScreen({minX, minY});
    const QPointF bottomRight = m_viewport.unitToScreen({maxX, maxY});
    if (margin.contains(topLeft) && margin.contains(bottomRight))
        return; // already in view: the map stays where the curator put it
    const QRectF lonLat(WebMercator::unitToLonLat({minX, minY}), WebMercator::unitToLonLat({maxX, maxY}));
    const Viewport fitted = m_viewport.fittedTo(lonLat, FitMarginPixels, FitMaxZoom);
    // Pan at the current zoom when the selection fits there; zoom to a local scale from a far view.
    const double local = 9.0;
    double zoom = std::min(m_viewport.zoom(), fitted.zoom());
    if (zoom < local && fitted.zoom() >= local)
        zoom = local;
    applyViewport(Viewport(fitted.centre(), zoom, size()));
}

void MapView::zoomToAll()
{
    if (!m_scene.points || m_scene.points->isEmpty())
        return;
    const QRectF unit = m_scene.points->unitBounds();
    const QRectF lonLat(WebMercator::unitToLonLat(unit.topLeft()),
                        WebMercator::unitToLonLat(unit.bottomRight()));
    applyViewport(m_viewport.fittedTo(lonLat, FitMarginPixels, FitMaxZoom));
}

void MapView::setMoveMode(bool enabled)
{
    m_moveMode = enabled;
    setCursor(enabled ? Qt::SizeAllCursor : Qt::ArrowCursor);
}

// --- tiles ------------------------------------------------------------------------------------------------

void MapView::setOnlineTilesEnabled(bool enabled)
{
    if (enabled == m_onlineTiles)
        return;
    m_onlineTiles = enabled;
    if (!enabled) {
        m_scene.tiles.clear();
        if (m_tiles)
            m_tiles->requestTiles({});
    }
    updateTiles();
    scheduleRender();
    update();
}

void MapView::setTileSource(const TileSourceSettings& source)
{
    m_tileSource = source;
    m_scene.tiles.clear();
    if (m_tiles)
        m_tiles->setSource(source);
    updateTiles();
    scheduleRender();
    update();
}

void MapView::setTileCacheDirectory(const QString& path)
{
    m_tileCacheDirectory = path;
    if (m_tiles)
        m_tiles->setCacheDirectory(path);
}

TileLoader* MapView::tileLoader()
{
    if (m_tiles)
        return m_tiles;
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        if (m_tileCacheDirectory.isEmpty())
            m_tileCacheDirectory = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                       .filePath(QStringLiteral("tiles"));
    }
    m_tiles = new TileLoader(m_network, this);
    m_tiles->setSource(m_tileSource);
    m_tiles->setCacheDirectory(m_tileCacheDirectory);
    connect(m_tiles, &TileLoader::tileReady, this, &MapView::onTileReady);
    return m_tiles;
}

void MapView::updateTiles()
{
    if (!m_onlineTiles || !m_tileSource.isValid())
        return;
    TileLoader* loader = tileLoader();
    const QList<TileId> visible = m_viewport.visibleTiles(m_tileSource.maxZoom);
    loader->requestTiles(visible);

    QHash<TileId, QImage> tiles;
    for (const TileId& tile : visible) {
        if (const QImage image = loader->tile(tile); !image.isNull()) {
            tiles.insert(tile, image);
            continue;
        }
        for (int up = 1; up <= FallbackTileLevels && tile.z - up >= 0; ++up) {
            const TileId parent{tile.z - up, tile.x >> up, tile.y >> up};
            if (const QImage image = loader->tile(parent); !image.isNull()) {
                tiles.insert(parent, image);
                break;
            }
        }
    }
    m_scene.tiles = tiles;
}

void MapView::onTileReady(const TileId& tile)
{
    if (!m_onlineTiles || tile.z != m_viewport.tileZoom(m_tileSource.maxZoom))
        return;
    updateTiles();
    scheduleRender();
}

QString MapView::attribution() const
{
    if (m_onlineTiles && !m_tileSource.attribution.isEmpty())
        return m_tileSource.attribution;
    return MapDecorations::basemapAttribution();
}

// --- rendering --------------------------------------------------------------------------------------------

void MapView::scheduleRender()
{
    if (!m_renderTimer.isActive())
        m_renderTimer.start();
}

void MapView::render()
{
    if (m_viewport.size().isEmpty())
        return;
    m_renderer->requestFrame(m_scene, m_viewport, devicePixelRatioF());
}

void MapView::onFrameReady(const QImage& frame, const Viewport& viewport)
{
    m_frame = frame;
    m_frameViewport = viewport;
    update();
    emit frameRendered();
}

void MapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_scene.style.background);
    if (!m_frame.isNull()) {
        // The last frame, placed where its content belongs in the current view (moved and scaled while
        // the next frame renders).
        const QPointF topLeft = m_viewport.unitToScreen(m_frameViewport.screenToUnit(QPointF(0, 0)));
        const double factor = std::exp2(m_viewport.zoom() - m_frameViewport.zoom());
        const QRectF target(topLeft, QSizeF(m_frameViewport.size()) * factor);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(factor - 1.0) > 1e-9);
        painter.drawImage(target, m_frame);
    }

    if (m_drag == Drag::RubberBand && m_dragStarted) {
        const QRectF band = QRectF(m_pressPosition, m_lastPosition).normalized();
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(50);
        painter.fillRect(band, fill);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.drawRect(band);
    }
    if (m_drag == Drag::MovePoint && m_dragStarted && m_movingIndex && m_scene.points) {
        const QPointF from = m_viewport.unitToScreen(m_scene.points->unitPosition(*m_movingIndex));
        const QPointF to = m_lastPosition + m_moveGrabOffset;
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(m_scene.style.selection, 1.5, Qt::DashLine));
        painter.drawLine(from, to);
        painter.setPen(QPen(m_scene.style.selection, 2));
        painter.setBrush(m_scene.style.kindColour(m_scene.points->point(*m_movingIndex).kind));
        painter.drawEllipse(to, PointLayout::SelectedPointRadius, PointLayout::SelectedPointRadius);
    }

    MapDecorations::drawLegend(painter, rect(), m_scene.style);
    MapDecorations::drawScaleBar(painter, rect(), m_viewport, m_scene.style);
    MapDecorations::drawAttribution(painter, rect(), attribution(), m_scene.style);
    if (m_cursorLonLat)
        MapDecorations::drawCursorPosition(painter, rect().adjusted(0, 0, 0, -24), *m_cursorLonLat,
                                           m_scene.style);
}

void MapView::resizeEvent(QResizeEvent*)
{
    const bool untouched = m_viewport == m_initialViewport;
    Viewport resized = m_viewport;
    resized.setSize(size());
    if (untouched && width() > 0 && height() > 0) {
        const QRectF mainland(QPointF(-5.2, 51.2), QPointF(9.7, 41.3)); // Finistère to Corsica
        resized = resized.fittedTo(mainland, FitMarginPixels / 2, FitMaxZoom);
        m_initialViewport = resized;
    }
    applyViewport(resized);
}

// --- interaction ------------------------------------------------------------------------------------------

void MapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPosition = m_lastPosition = event->position();
    m_dragStarted = false;
    m_drag = Drag::Pan;
    if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::RubberBand;
    } else if (((event->modifiers() & Qt::AltModifier) || m_moveMode) && m_scene.points &&
               m_scene.selection) {
        const auto markers = PointLayout::markers(*m_scene.points, m_scene.selection.get(), m_viewport);
        const auto hit = PointLayout::hit(markers, event->position(), HitTolerancePixels);
        if (hit && !hit->isCluster() && hit->selected) {
            m_drag = Drag::MovePoint;
            m_movingIndex = hit->first;
            m_moveGrabOffset = hit->position - event->position();
        }
    }
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF position = event->position();
    const QPointF lonLat = m_viewport.screenToLonLat(position);
    m_cursorLonLat = lonLat;
    emit cursorPositionChanged(lonLat.x(), lonLat.y());

    if (m_drag != Drag::None && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragStarted &&
            (position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance())
            m_dragStarted = true;
        if (m_dragStarted && m_drag == Drag::Pan)
            applyViewport(m_viewport.panned(position - m_lastPosition));
        m_lastPosition = position;
    }
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = std::exchange(m_drag, Drag::None);
    const QPointF position = event->position();
    if (!m_dragStarted) {
        clickAt(position, event->modifiers());
    } else if (drag == Drag::Pan) {
        applyViewport(m_viewport.panned(position - m_lastPosition));
    } else if (drag == Drag::RubberBand && m_scene.points) {
        const QRectF unit(m_viewport.screenToUnit(m_pressPosition), m_viewport.screenToUnit(position));
        const bool add = event->modifiers() & Qt::ControlModifier;
        QList<qint64> ids = add ? m_selection : QList<qint64>();
        const QSet<qint64> already(ids.cbegin(), ids.cend());
        for (quint32 i : m_scene.points->indicesIn(unit.normalized()))
            if (!add || !already.contains(m_scene.points->point(i).id))
                ids.append(m_scene.points->point(i).id);
        changeSelection(ids);
    } else if (drag == Drag::MovePoint && m_movingIndex && m_scene.points) {
        const QPointF lonLat = m_viewport.screenToLonLat(position + m_moveGrabOffset);
        emit pointMoveRequested(m_scene.points->point(*m_movingIndex).id, lonLat.x(), lonLat.y());
    }
    m_movingIndex.reset();
    m_dragStarted = false;
    update();
    event->accept();
}

void MapView::clickAt(QPointF position, Qt::KeyboardModifiers modifiers)
{
    const bool toggle = modifiers & Qt::ControlModifier;
    std::optional<PointMarker> hit;
    if (m_scene.points) {
        const auto markers = PointLayout::markers(*m_scene.points, m_scene.selection.get(), m_viewport);
        hit = PointLayout::hit(markers, position, HitTolerancePixels);
    }
    if (!hit) {
        if (!toggle)
            changeSelection({});
        return;
    }
    // A cluster selects all its places, so that the table can list them.
    const QList<qint64> ids = idsOf(hit->first, hit->count);
    if (!toggle) {
        changeSelection(ids);
        return;
    }
    QList<qint64> selection = m_selection;
    if (!hit->isCluster() && selection.contains(ids.first())) {
        selection.removeAll(ids.first());
    } else {
        const QSet<qint64> already(selection.cbegin(), selection.cend());
        for (qint64 id : ids)
            if (!already.contains(id))
                selection.append(id);
    }
    changeSelection(selection);
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        applyViewport(m_viewport.zoomedAround(event->position(), std::floor(m_viewport.zoom()) + 1));
    event->accept();
}

void MapView::wheelEvent(QWheelEvent* event)
{
    // One notch (120) is one zoom level; touchpads send smaller steps and zoom smoothly.
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        applyViewport(m_viewport.zoomedAround(event->position(), m_viewport.zoom() + steps));
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    const QPointF step(width() / 4.0, height() / 4.0);
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left:
        applyViewport(m_viewport.panned({step.x(), 0}));
        break;
    case Qt::Key_Right:
        applyViewport(m_viewport.panned({-step.x(), 0}));
        break;
    case Qt::Key_Up:
        applyViewport(m_viewport.panned({0, step.y()}));
        break;
    case Qt::Key_Down:
        applyViewport(m_viewport.panned({0, -step.y()}));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        applyViewport(m_viewport.zoomedAround(centre, m_viewport.zoom() + KeyZoomStep));
        break;
    case Qt::Key_Minus:
        applyViewport(m_viewport.zoomedAround(centre, m_viewport.zoom() - KeyZoomStep));
        break;
    case Qt::Key_Escape:
        m_drag = Drag::None;
        m_movingIndex.reset();
        update();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapView::leaveEvent(QEvent* event)
{
    m_cursorLonLat.reset();
    update();
    QWidget::leaveEvent(event);
}

} // namespace recoupe::map
