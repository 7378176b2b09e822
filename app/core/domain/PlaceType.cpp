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
    case PlaceType::Excluded:
        return QStringLiteral("excluded");
    case PlaceType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

PlaceType placeTypeFromKey(const QString& key)
{
    for (PlaceType type : placeTypes())
        if (key == placeTypeKey(type))
            return type;
    return PlaceType::Unknown;
}

bool isPlaceTypeKey(const QString& key)
{
    return key == placeTypeKey(placeTypeFromKey(key));
}

QString placeTypeLabel(PlaceType type)
{
    switch (type) {
    case PlaceType::Coworking:
        return QCoreApplication::translate("PlaceType", "Coworking");
    case PlaceType::Fablab:
        return QCoreApplication::translate("PlaceType", "Fablab");
    case PlaceType::Excluded:
        return QCoreApplication::translate("PlaceType", "Excluded");
    case PlaceType::Unknown:
        break;
    }
    return QCoreApplication::translate("PlaceType", "Unknown");
}

const QList<PlaceType>& placeTypes()
{
    static const QList<PlaceType> types{PlaceType::Coworking, PlaceType::Fablab, PlaceType::Excluded,
                                        PlaceType::Unknown};
    return types;
}

QString exclusionReasonKey(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::WifiCafe:
        return QStringLiteral("cafe_wifi");
    case ExclusionReason::Telecentre:
        return QStringLiteral("telecentre");
    case ExclusionReason::BusinessCentre:
        return QStringLiteral("centre_affaires");
    case ExclusionReason::BusinessHotel:
        return QStringLiteral("hotel_entreprises");
    case ExclusionReason::Other:
        return QStringLiteral("other");
    case ExclusionReason::None:
        break;
    }
    return QStringLiteral(""); // empty, not null: stored in NOT NULL columns
}

ExclusionReason exclusionReasonFromKey(const QString& key)
{
    for (ExclusionReason reason : exclusionReasons())
        if (key == exclusionReasonKey(reason))
            return reason;
    return ExclusionReason::None;
}

bool isExclusionReasonKey(const QString& key)
{
    return exclusionReasonFromKey(key) != ExclusionReason::None;
}

QString exclusionReasonLabel(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::WifiCafe:
        return QCoreApplication::translate("PlaceType", "Wifi café");
    case ExclusionReason::Telecentre:
        return QCoreApplication::translate("PlaceType", "Télécentre");
    case ExclusionReason::BusinessCentre:
        return QCoreApplication::translate("PlaceType", "Business centre");
    case ExclusionReason::BusinessHotel:
        return QCoreApplication::translate("PlaceType", "Business hotel");
    case ExclusionReason::Other:
        return QCoreApplication::translate("PlaceType", "Other");
    case ExclusionReason::None:
        break;
    }
    return {};
}

const QList<ExclusionReason>& exclusionReasons()
{
    static const QList<ExclusionReason> reasons{ExclusionReason::WifiCafe, ExclusionReason::Telecentre,
                                                ExclusionReason::BusinessCentre,
                                                ExclusionReason::BusinessHotel, ExclusionReason::Other};
    return reasons;
}

} // namespace recoupe
