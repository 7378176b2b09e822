// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/TileLoader.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTiles, "recoupe.map.tiles", QtInfoMsg)

namespace recoupe::map {

namespace {
constexpr int RefusedTileRetryMs = 10 * 60 * 1000;
constexpr int MaxBackoffMs = 5 * 60 * 1000;
constexpr int TransferTimeoutMs = 20 * 1000;
constexpr qsizetype DiskCacheBytes = 250LL * 1024 * 1024;

qsizetype imageCost(const QImage& image)
{
    return std::max<qsizetype>(1, image.sizeInBytes() / 1024);
}

// Errors that say "the network is not there" rather than "this tile is bad".
bool isNetworkDown(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    default:
        return true;
    }
}
} // namespace

TileLoader::TileLoader(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network), m_memory(64 * 1024)
{
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &TileLoader::startRequests);
}

TileLoader::~TileLoader()
{
    for (auto it = m_inFlight.keyBegin(); it != m_inFlight.keyEnd(); ++it) {
        (*it)->disconnect(this);
        (*it)->abort();
        (*it)->deleteLater();
    }
}

void TileLoader::setSource(const TileSourceSettings& source)
{
    if (source == m_source)
        return;
    m_source = source;
    ++m_sourceGeneration;
    m_memory.clear();
    m_queue.clear();
    m_failedTiles.clear();
    m_consecutiveNetworkFailures = 0;
    m_backoffUntil = QDeadlineTimer();
}

void TileLoader::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
    startRequests();
}

void TileLoader::setCacheDirectory(const QString& path)
{
    if (!m_network || m_network->cache() || path.isEmpty())
        return;
    auto* cache = new QNetworkDiskCache(m_network);
    cache->setCacheDirectory(path);
    cache->setMaximumCacheSize(DiskCacheBytes);
    m_network->setCache(cache);
}

void TileLoader::setMemoryCacheSize(qsizetype kibibytes)
{
    m_memory.setMaxCost(std::max<qsizetype>(256, kibibytes));
}

QImage TileLoader::tile(const TileId& tile) const
{
    const QImage* image = m_memory.object(tile);
    return image ? *image : QImage();
}

bool TileLoader::contains(const TileId& tile) const
{
    return m_memory.contains(tile);
}

bool TileLoader::isBackingOff() const
{
    return m_consecutiveNetworkFailures > 0 && !m_backoffUntil.hasExpired();
}

void TileLoader::requestTiles(const QList<TileId>& tiles)
{
    QList<TileId> inFlight;
    for (const Pending& pending : std::as_const(m_inFlight))
        inFlight.append(pending.tile);

    m_queue.clear();
    for (const TileId& tile : tiles) {
        if (tile.z > m_source.maxZoom || m_memory.contains(tile) || inFlight.contains(tile) ||
            isFailedRecently(tile) || m_queue.contains(tile))
            continue;
        m_queue.append(tile);
    }
    startRequests();
}

void TileLoader::startRequests()
{
    if (!m_network || !m_source.isValid())
        return;
    if (isBackingOff()) {
        if (!m_resumeTimer.isActive() && !m_queue.isEmpty())
            m_resumeTimer.start(std::max<qint64>(1, m_backoffUntil.remainingTime()));
        return;
    }
    while (m_inFlight.size() < m_maxInFlight && !m_queue.isEmpty()) {
        const TileId tile = m_queue.takeFirst();
        QNetworkRequest request(m_source.url(tile));
        request.setHeader(QNetworkRequest::UserAgentHeader, m_source.userAgent);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(TransferTimeoutMs);
        QNetworkReply* reply = m_network->get(request);
        m_inFlight.insert(reply, Pending{tile, m_sourceGeneration});
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }
}

void TileLoader::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    const auto found = m_inFlight.constFind(reply);
    if (found == m_inFlight.constEnd())
        return;
    const Pending pending = found.value();
    m_inFlight.erase(found);

    if (pending.sourceGeneration == m_sourceGeneration) {
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::NoError) {
            QImage image;
            if (image.loadFromData(reply->readAll())) {
                image.convertTo(QImage::Format_ARGB32_Premultiplied);
                const qsizetype cost = imageCost(image);
                m_memory.insert(pending.tile, new QImage(std::move(image)), cost);
                if (m_consecutiveNetworkFailures > 0)
                    qCInfo(lcTiles) << "tile server reachable again";
                m_consecutiveNetworkFailures = 0;
                emit tileReady(pending.tile);
            } else {
                m_failedTiles.insert(pending.tile, QDeadlineTimer(RefusedTileRetryMs));
            }
        } else if (error != QNetworkReply::OperationCanceledError) {
            if (isNetworkDown(error))
                onNetworkFailure(pending.tile, reply->errorString());
            else
                m_failedTiles.insert(pending.tile, QDeadlineTimer(RefusedTileRetryMs));
        }
    }
    startRequests();
}

void TileLoader::onNetworkFailure(const TileId& tile, const QString& message)
{
    // Offline is normal for this app: log once per outage, then wait longer and longer before retrying.
    if (m_consecutiveNetworkFailures == 0)
        qCInfo(lcTiles) << "tile server unreachable, showing the offline basemap:" << message;
    // Requests sent together fail together: count one failure per attempt, not per reply.
    if (!isBackingOff())
        ++m_consecutiveNetworkFailures;
    const int exponent = std::min(m_consecutiveNetworkFailures - 1, 16);
    const qint64 delay = std::min<qint64>(MaxBackoffMs, 1000LL << exponent);
    m_backoffUntil = QDeadlineTimer(delay);
    if (!m_queue.contains(tile))
        m_queue.prepend(tile);
}

bool TileLoader::isFailedRecently(const TileId& tile) const
{
    const auto found = m_failedTiles.constFind(tile);
    return found != m_failedTiles.constEnd() && !found->hasExpired();
}

} // namespace recoupe::map
