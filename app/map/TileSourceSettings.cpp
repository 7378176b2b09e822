// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/TileSourceSettings.h"

#include <QJsonArray>

namespace recoupe::map {

QByteArray TileSourceSettings::defaultUserAgent()
{
    // The OSM tile usage policy asks for an identifying User-Agent; never a browser's.
    return QByteArrayLiteral("Recoupe/0.1 (+desktop app of ANCT tiers-lieux curation)");
}

TileSourceSettings TileSourceSettings::openStreetMap()
{
    TileSourceSettings source;
    source.name = QStringLiteral("OpenStreetMap");
    source.urlTemplate = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    // Legal attribution text, the same in every language.
    source.attribution = QStringLiteral("© OpenStreetMap contributors");
    source.maxZoom = 19;
    return source;
}

bool TileSourceSettings::isValid() const
{
    const bool hasPlaceholders = urlTemplate.contains(QLatin1String("{z}")) &&
                                 urlTemplate.contains(QLatin1String("{x}")) &&
                                 urlTemplate.contains(QLatin1String("{y}"));
    const bool subdomainsOk = !urlTemplate.contains(QLatin1String("{s}")) || !subdomains.isEmpty();
    return hasPlaceholders && subdomainsOk && maxZoom >= 0 && maxZoom <= 22;
}

QUrl TileSourceSettings::url(const TileId& tile) const
{
    QString text = urlTemplate;
    text.replace(QLatin1String("{z}"), QString::number(tile.z));
    text.replace(QLatin1String("{x}"), QString::number(tile.x));
    text.replace(QLatin1String("{y}"), QString::number(tile.y));
    if (!subdomains.isEmpty())
        text.replace(QLatin1String("{s}"), subdomains.at((tile.x + tile.y) % subdomains.size()));
    return QUrl(text);
}

QJsonObject TileSourceSettings::toJson() const
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("url"), urlTemplate},
        {QStringLiteral("subdomains"), QJsonArray::fromStringList(subdomains)},
        {QStringLiteral("attribution"), attribution},
        {QStringLiteral("userAgent"), QString::fromUtf8(userAgent)},
        {QStringLiteral("maxZoom"), maxZoom},
    };
}

TileSourceSettings TileSourceSettings::fromJson(const QJsonObject& json)
{
    TileSourceSettings source;
    source.name = json.value(QStringLiteral("name")).toString();
    source.urlTemplate = json.value(QStringLiteral("url")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("subdomains")).toArray())
        source.subdomains.append(value.toString());
    source.attribution = json.value(QStringLiteral("attribution")).toString();
    const QString userAgent = json.value(QStringLiteral("userAgent")).toString();
    if (!userAgent.isEmpty())
        source.userAgent = userAgent.toUtf8();
    source.maxZoom = json.value(QStringLiteral("maxZoom")).toInt(19);
    return source;
}

} // namespace recoupe::map
