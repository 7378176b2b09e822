// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace recoupe {

// The mission's typology: a place is coworking-dominant or fablab-dominant; places that only rent desks
// (wifi cafés, télécentres, business centres, company hotels) are excluded; unknown until classified.
// The integers are stored in the project: never renumber them.
enum class PlaceType : int
{
    Unknown = 0,
    Coworking = 1,
    Fablab = 2,
    Excluded = 3
};

// Stable machine name used in files and on the command line ("coworking", "fablab", "excluded",
// "unknown").
QString placeTypeKey(PlaceType type);
PlaceType placeTypeFromKey(const QString& key);
// Whether `key` names a type (placeTypeFromKey maps anything else to Unknown).
bool isPlaceTypeKey(const QString& key);
// Translated label for people ("Coworking", "Fablab", "Exclu", "Inconnu").
QString placeTypeLabel(PlaceType type);
// Every type, in the order menus and filters show them.
const QList<PlaceType>& placeTypes();

// Why a place is excluded: the mission's short list, plus "other" with a note.
enum class ExclusionReason
{
    None,
    WifiCafe,
    Telecentre,
    BusinessCentre,
    BusinessHotel,
    Other
};

// Stable machine name ("cafe_wifi", "telecentre", "centre_affaires", "hotel_entreprises", "other";
// "" for none).
QString exclusionReasonKey(ExclusionReason reason);
ExclusionReason exclusionReasonFromKey(const QString& key);
bool isExclusionReasonKey(const QString& key);
QString exclusionReasonLabel(ExclusionReason reason);
// The reasons a curator can choose from (None left out).
const QList<ExclusionReason>& exclusionReasons();

} // namespace recoupe
