// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PlaceStatus.h"

namespace recoupe {

QString placeStatusKey(PlaceStatus status)
{
    switch (status) {
    case PlaceStatus::Active:
        break;
    case PlaceStatus::SourceRemoved:
        return QStringLiteral("source_removed");
    case PlaceStatus::Merged:
        return QStringLiteral("merged");
    }
    return QStringLiteral("active");
}

} // namespace recoupe
