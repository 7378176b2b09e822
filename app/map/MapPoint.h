// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace recoupe::map {

// What the map needs to know about a place: where it is, what kind, whether it has candidate duplicates.
struct MapPoint
{
    enum Kind : quint8
    {
        Unknown = 0,
        Coworking = 1,
        Fablab = 2,
        Excluded = 3,
    };
    static constexpr int KindCount = 4;

    qint64 id = 0;
    double lon = 0.0;
    double lat = 0.0;
    quint8 kind = Unknown;
    bool hasCandidates = false;
};

} // namespace recoupe::map
