// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/TileId.h"
#include "map/TileSourceSettings.h"

#include <QCache>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QNetworkAccessManager>

class QNetworkReply;

namespace recoupe::map {

// Fetches the raster tiles a view needs, politely: only the tiles asked for (the visible ones), a few
// requests at a time, nearest to the centre first, an identifying User-Agent, HTTP caching on disk when a
// cache directory is given, and a growing pause after network failures so that working offline stays
// quiet. Decoded tiles are kept in a memory LRU cache. Lives in the GUI thread.
class TileLoader : public QObject
{
    Q_OBJECT

public:
    // The network manager is owned by the caller (tests pass a fake one).
    explicit TileLoader(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~TileLoader() override;

    QNetworkAccessManager* network() const { return m_network; }

    TileSourceSettings source() const { return m_source; }
    // Forgets every tile of the previous source.
    void setSource(const TileSourceSettings& source);

    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int count);

    // Installs a QNetworkDiskCache in that folder on the network manager unless it already has a cache.
    void setCacheDirectory(const QString& path);
    // Memory cache budget in KiB of decoded images (a 256² tile is 256 KiB).
    void setMemoryCacheSize(qsizetype kibibytes);

    // The decoded tile if in memory, else a null image.
    QImage tile(const TileId& tile) const;
    bool contains(const TileId& tile) const;

    // Replaces the wish list: tiles not already cached are fetched in the given order; queued requests
    // for tiles no longer wanted are dropped. Requests already sent finish and fill the cache.
    void requestTiles(const QList<TileId>& tiles);

    int inFlightCount() const { return static_cast<int>(m_inFlight.size()); }
    int queuedCount() const { return static_cast<int>(m_queue.size()); }
    bool isBackingOff() const;

signals:
    void tileReady(recoupe::map::TileId tile);

private:
    struct Pending
    {
        TileId tile;
        quint64 sourceGeneration = 0;
    };

    void startRequests();
    void onFinished(QNetworkReply* reply);
    void onNetworkFailure(const TileId& tile, const QString& message);
    bool isFailedRecently(const TileId& tile) const;

    QPointer<QNetworkAccessManager> m_network;
    TileSourceSettings m_source = TileSourceSettings::openStreetMap();
    quint64 m_sourceGeneration = 0;
    int m_maxInFlight = 4;
    mutable QCache<TileId, QImage> m_memory;
    QList<TileId> m_queue;
    QHash<QNetworkReply*, Pending> m_inFlight;
    // Tiles the server refused (404, bad image): not asked again for a while.
    QHash<TileId, QDeadlineTimer> m_failedTiles;
    int m_consecutiveNetworkFailures = 0;
    QDeadlineTimer m_backoffUntil;
    QTimer m_resumeTimer;
};

} // namespace recoupe::map
