// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace recoupe::map {

// Offline vector outlines of France (régions, départements), pre-projected once to unit Web Mercator
// coordinates so that drawing at any zoom is only a scale and a translation. Immutable once built and
// shared between render workers.
class Basemap
{
public:
    enum class Level : quint8
    {
        Region,
        Departement,
    };

    using Ring = std::vector<QPointF>;

    struct Area
    {
        QString code;
        QString name;
        Level level = Level::Region;
        std::vector<Ring> rings; // outer rings and holes; drawn with the odd-even rule
        QRectF bounds;           // unit coordinates
        QPointF labelPoint;      // unit coordinates of a point inside the area (GEOS point on surface)
    };

    // Reads polygons from any vector format GDAL knows (here GeoJSON in WGS 84). Returns false and sets
    // error when the data cannot be read.
    bool addData(const QByteArray& data, Level level, QString* error = nullptr);
    // A file path, including Qt resource paths (":/...").
    bool addFile(const QString& path, Level level, QString* error = nullptr);

    // The outlines bundled in the application, read once.
    static std::shared_ptr<const Basemap> bundled();

    const std::vector<Area>& areas() const { return m_areas; }
    QRectF bounds() const { return m_bounds; }
    bool isEmpty() const { return m_areas.empty(); }
    qsizetype vertexCount() const;

private:
    std::vector<Area> m_areas;
    QRectF m_bounds;
};

} // namespace recoupe::map
