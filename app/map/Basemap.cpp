// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/Basemap.h"

#include "map/WebMercator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <mutex>

// Q_INIT_RESOURCE must be called from the global namespace. A resource in a static library is otherwise
// dropped by the linker when nothing refers to it.
static void initBasemapResource()
{
    Q_INIT_RESOURCE(basemap);
}

Q_LOGGING_CATEGORY(lcBasemap, "recoupe.map.basemap", QtInfoMsg)

namespace recoupe::map {

namespace {

Basemap::Ring toRing(const OGRLinearRing& ring)
{
    Basemap::Ring result;
    result.reserve(ring.getNumPoints());
    for (int i = 0; i < ring.getNumPoints(); ++i)
        result.push_back(WebMercator::lonLatToUnit({ring.getX(i), ring.getY(i)}));
    return result;
}

void addPolygon(const OGRPolygon& polygon, Basemap::Area& area)
{
    if (const OGRLinearRing* exterior = polygon.getExteriorRing())
        area.rings.push_back(toRing(*exterior));
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        area.rings.push_back(toRing(*polygon.getInteriorRing(i)));
}

void addGeometry(const OGRGeometry& geometry, Basemap::Area& area)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon:
        addPolygon(*geometry.toPolygon(), area);
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon* polygon : *geometry.toMultiPolygon())
            addPolygon(*polygon, area);
        break;
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *geometry.toGeometryCollection())
            addGeometry(*part, area);
        break;
    default:
        break; // points and lines have no place in a basemap of areas
    }
}

QRectF ringsBounds(const std::vector<Basemap::Ring>& rings)
{
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (const Basemap::Ring& ring : rings)
        for (const QPointF& p : ring) {
            minX = std::min(minX, p.x());
            minY = std::min(minY, p.y());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
    return maxX < minX ? QRectF() : QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

QString readError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

} // namespace

bool Basemap::addData(const QByteArray& data, Level level, QString* error)
{
    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });

    // A unique in-memory file name per call: several threads may read basemaps at once.
    static QAtomicInteger<quint64> counter;
    const QByteArray path = "/vsimem/recoupe/basemap/" + QByteArray::number(counter.fetchAndAddRelaxed(1));
    VSILFILE* file =
        VSIFileFromMemBuffer(path.constData(), reinterpret_cast<GByte*>(const_cast<char*>(data.constData())),
                             static_cast<vsi_l_offset>(data.size()), FALSE);
    if (!file) {
        if (error)
            *error = QCoreApplication::translate("Basemap", "Cannot prepare the basemap data in memory.");
        return false;
    }
    VSIFCloseL(file);

    bool ok = false;
    {
        std::unique_ptr<GDALDataset> dataset(
            GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        if (!dataset || dataset->GetLayerCount() == 0) {
            if (error)
                *error =
                    QCoreApplication::translate("Basemap", "Cannot read the basemap: %1").arg(readError());
        } else {
            OGRLayer* layer = dataset->GetLayer(0);
            for (const auto& feature : *layer) {
                const OGRGeometry* geometry = feature->GetGeometryRef();
                if (!geometry)
                    continue;
                Area area;
                area.level = level;
                area.code = QString::fromUtf8(feature->GetFieldAsString("code"));
                area.name = QString::fromUtf8(feature->GetFieldAsString("nom"));
                addGeometry(*geometry, area);
                if (area.rings.empty())
                    continue;
                area.bounds = ringsBounds(area.rings);
                // A point surely inside (a centre of bounds can fall in the sea for a coastal area).
                OGRGeometryH inside =
                    OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(geometry)));
                area.labelPoint =
                    inside ? WebMercator::lonLatToUnit({OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0)})
                           : area.bounds.center();
                if (inside)
                    OGR_G_DestroyGeometry(inside);
                m_bounds = m_bounds.isNull() ? area.bounds : m_bounds.united(area.bounds);
                m_areas.push_back(std::move(area));
            }
            ok = true;
        }
    }
    VSIUnlink(path.constData());
    return ok;
}

bool Basemap::addFile(const QString& path, Level level, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("Basemap", "Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    return addData(file.readAll(), level, error);
}

std::shared_ptr<const Basemap> Basemap::bundled()
{
    static std::once_flag loaded;
    static std::shared_ptr<const Basemap> basemap;
    std::call_once(loaded, [] {
        initBasemapResource();
        auto result = std::make_shared<Basemap>();
        // Régions first: the renderer fills land from them and strokes their borders over départements.
        const struct
        {
            const char* file;
            Level level;
        } files[] = {
            {":/recoupe/basemap/regions-metropole.geojson", Level::Region},
            {":/recoupe/basemap/regions-outremer.geojson", Level::Region},
            {":/recoupe/basemap/departements-metropole.geojson", Level::Departement},
        };
        for (const auto& entry : files) {
            QString error;
            if (!result->addFile(QString::fromLatin1(entry.file), entry.level, &error))
                qCWarning(lcBasemap) << error;
        }
        basemap = std::move(result);
    });
    return basemap;
}

qsizetype Basemap::vertexCount() const
{
    qsizetype count = 0;
    for (const Area& area : m_areas)
        for (const Ring& ring : area.rings)
            count += static_cast<qsizetype>(ring.size());
    return count;
}

} // namespace recoupe::map
