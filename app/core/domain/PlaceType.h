// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recoupe {

// The mission's typology: a place is coworking-dominant or fablab-dominant; unknown until classified.
enum class PlaceType : int { Unknown = 0, Coworking = 1, Fablab = 2 };

// Stable machine name used in files and on the command line ("coworking", "fablab", "unknown").
QString placeTypeKey(PlaceType type);
PlaceType placeTypeFromKey(const QString& key);
// Translated label for people ("Coworking", "Fablab", "Inconnu").
QString placeTypeLabel(PlaceType type);

} // namespace recoupe
