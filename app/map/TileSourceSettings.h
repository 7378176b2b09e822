// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/TileId.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace recoupe::map {

// A raster tile source described as data (as QMapShack does), so that a user can point the map to another
// server from the settings without code changes.
struct TileSourceSettings
{
    QString name;
    // {z}, {x}, {y} and optionally {s} (one of subdomains, chosen per tile so that a tile keeps its URL
    // and stays cacheable).
    QString urlTemplate;
    QStringList subdomains;
    QString attribution;
    QByteArray userAgent = defaultUserAgent();
    int maxZoom = 19;

    static QByteArray defaultUserAgent();
    static TileSourceSettings openStreetMap();

    bool isValid() const;
    QUrl url(const TileId& tile) const;

    QJsonObject toJson() const;
    static TileSourceSettings fromJson(const QJsonObject& json);

    friend bool operator==(const TileSourceSettings&, const TileSourceSettings&) = default;
};

} // namespace recoupe::map
