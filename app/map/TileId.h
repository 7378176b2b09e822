// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace recoupe::map {

// One slippy-map tile: zoom, column, row.
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileId&, const TileId&) = default;
    QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }
};

inline size_t qHash(const TileId& tile, size_t seed = 0)
{
    return qHashMulti(seed, tile.z, tile.x, tile.y);
}

} // namespace recoupe::map

Q_DECLARE_METATYPE(recoupe::map::TileId)
