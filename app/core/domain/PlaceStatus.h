// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recoupe {

// Where a place stands: listed (active), every record gone from its sources (kept, flagged), or absorbed
// by another place at a merge (kept with a pointer to that place, so that a split can bring it back).
enum class PlaceStatus
{
    Active,
    SourceRemoved,
    Merged
};

// As stored in place.status and printed by the CLI: "active", "source_removed", "merged".
QString placeStatusKey(PlaceStatus status);

} // namespace recoupe
