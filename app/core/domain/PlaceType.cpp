// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PlaceType.h"

#include <QCoreApplication>

namespace recoupe {

QString placeTypeKey(PlaceType type)
{
    switch (type) {
    case PlaceType::Coworking:
        return QStringLiteral("coworking");
    case PlaceType::Fablab:
        return QStringLiteral("fablab");
    case PlaceType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

PlaceType placeTypeFromKey(const QString& key)
{
    if (key == QLatin1String("coworking"))
        return PlaceType::Coworking;
    if (key == QLatin1String("fablab"))
        return PlaceType::Fablab;
    return PlaceType::Unknown;
}

QString placeTypeLabel(PlaceType type)
{
    switch (type) {
    case PlaceType::Coworking:
        return QCoreApplication::translate("PlaceType", "Coworking");
    case PlaceType::Fablab:
        return QCoreApplication::translate("PlaceType", "Fablab");
    case PlaceType::Unknown:
        break;
    }
    return QCoreApplication::translate("PlaceType", "Unknown");
}

} // namespace recoupe
