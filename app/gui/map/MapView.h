// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapPoint.h"
#include "map/MapScene.h"
#include "map/TileSourceSettings.h"
#include "map/Viewport.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace recoupe::map {

class AsyncMapRenderer;
class TileLoader;

// The map of places: offline basemap, optional online tiles, places coloured by kind and clustered,
// candidate-duplicate links, the shared selection. Frames are rendered in a worker; while the user drags
// or waits, the last frame is shown moved and scaled. The widget never changes data: selections and point
// moves go out as signals for the owner of the data to apply (as undoable commands for moves).
//
// Mouse: drag pans, wheel zooms around the pointer, click selects (Ctrl adds or removes), Shift+drag
// selects a rectangle, double click zooms in, Alt+drag (or any drag in move mode) on a selected place
// proposes a new position. Keys: arrows pan, + and - zoom, Escape cancels a drag.
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget* parent = nullptr);
    // Tiles go through this network manager (owned by the caller). Without one, the widget makes its own
    // with a disk cache the first time online tiles are enabled.
    explicit MapView(QNetworkAccessManager* network, QWidget* parent = nullptr);
    ~MapView() override;

    // Replaces the places shown. The index is built in a worker; pointsReady() tells when it shows.
    void setPoints(std::vector<MapPoint> points);
    bool isIndexing() const { return m_indexWatcher.isRunning(); }
    std::shared_ptr<const PointIndex> pointIndex() const { return m_scene.points; }
    void setCandidateLinks(const QList<CandidateLink>& links);
    // The links of the group under review, drawn solid with their labels (empty: none).
    void setReviewLinks(const QList<CandidateLink>& links);
    qsizetype candidateLinkCount() const { return m_scene.links ? qsizetype(m_scene.links->size()) : 0; }

    QList<qint64> selection() const { return m_selection; }
    // Shows that selection without emitting selectionChanged (it comes from elsewhere).
    void setSelection(const QList<qint64>& ids);

    Viewport viewport() const { return m_viewport; }
    void setViewport(const Viewport& viewport);
    void centreOn(QPointF lonLat, double zoom);
    void zoomToSelection();
    // Brings the selection into view when it is not: pans to it, and zooms in only when it is off screen
    // at a national scale (a selected place in Rennes seen from La Réunion) or out when it does not fit.
    void followSelection();
    void zoomToAll();

    bool isMoveMode() const { return m_moveMode; }
    void setMoveMode(bool enabled);

    bool isOnlineTilesEnabled() const { return m_onlineTiles; }
    void setOnlineTilesEnabled(bool enabled);
    TileSourceSettings tileSource() const { return m_tileSource; }
    void setTileSource(const TileSourceSettings& source);
    void setTileCacheDirectory(const QString& path);

    // The frame shown now (null before the first one).
    QImage lastFrame() const { return m_frame; }
    QSize sizeHint() const override { return {640, 480}; }

signals:
    void selectionChanged(const QList<qint64>& ids);
    void pointMoveRequested(qint64 id, double lon, double lat);
    void cursorPositionChanged(double lon, double lat);
    void viewportChanged(const recoupe::map::Viewport& viewport);
    void pointsReady();
    void frameRendered();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    enum class Drag
    {
        None,
        Pan,
        RubberBand,
        MovePoint,
    };

    void applyViewport(const Viewport& viewport);
    void scheduleRender();
    void render();
    void updateTiles();
    void onTileReady(const TileId& tile);
    void onFrameReady(const QImage& frame, const Viewport& viewport);
    void onIndexReady();
    void rebuildSelection();
    void changeSelection(QList<qint64> ids);
    void clickAt(QPointF position, Qt::KeyboardModifiers modifiers);
    QList<qint64> idsOf(quint32 first, quint32 count) const;
    TileLoader* tileLoader();
    QString attribution() const;

    QNetworkAccessManager* m_network = nullptr;
    TileLoader* m_tiles = nullptr;
    AsyncMapRenderer* m_renderer = nullptr;
    TileSourceSettings m_tileSource = TileSourceSettings::openStreetMap();
    QString m_tileCacheDirectory;
    bool m_onlineTiles = false;
    bool m_moveMode = false;
    bool m_followPending = false; // followSelection() asked before the points were loaded

    Viewport m_viewport;
    // The first view (mainland France and Corsica, fitted to the widget) until the curator moves the map:
    // refitted at each resize so that a small screen still shows the south and Corsica.
    Viewport m_initialViewport;
    MapScene m_scene;
    QList<qint64> m_selection;
    QFutureWatcher<std::shared_ptr<const PointIndex>> m_indexWatcher;
    QTimer m_renderTimer;

    QImage m_frame;
    Viewport m_frameViewport;

    Drag m_drag = Drag::None;
    QPointF m_pressPosition;
    QPointF m_lastPosition;
    bool m_dragStarted = false;
    std::optional<quint32> m_movingIndex;
    QPointF m_moveGrabOffset;
    std::optional<QPointF> m_cursorLonLat;
};

} // namespace recoupe::map
