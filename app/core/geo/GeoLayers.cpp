// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeoLayers.h"

#include "Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <cmath>
#include <mutex>

// Q_INIT_RESOURCE must be called from the global namespace; a resource in a static library is otherwise
// dropped by the linker when nothing refers to it.
static void initGeoResource()
{
    Q_INIT_RESOURCE(geo);
}

namespace recoupe::geo {

namespace {

// Attribute names of each bundled file: code, name, population (empty: none).
struct LayerFields
{
    const char* file;
    const char* code;
    const char* name;
    const char* population;
};

const LayerFields layerFields[int(Layer::Count)] = {
    {"departements.geojson", "code", "nom", ""},
    {"epci_2022.geojson", "CODGEO", "LIBGEO", "POPULATION"},
    {"zones_emploi_2020.geojson", "CODGEO", "LIBGEO", "POPULATION"},
    {"zones_emploi_2010.geojson", "ZE2010", "LIBZE2010", "POPULATION"},
};

// One degree of latitude in metres; a degree of longitude is shorter, so a distance in degrees times
// this is an upper bound of the distance on the ground.
constexpr double metresPerDegree = 111320.0;

// The nature of an EPCI, from the legal form its name starts with. The file has no nature column; the
// 22 métropoles are named "Métropole …", "… Métropole" or "Eurométropole …" without a CA/CU prefix
// ("CA Chartres Métropole" is a communauté d'agglomération).
QString epciNature(const QString& name)
{
    if (name.startsWith(QLatin1String("CC ")))
        return QStringLiteral("CC");
    if (name.startsWith(QLatin1String("CA ")))
        return QStringLiteral("CA");
    if (name.startsWith(QLatin1String("CU ")))
        return QStringLiteral("CU");
    if (name.contains(QStringLiteral("étropole"), Qt::CaseInsensitive))
        return QStringLiteral("ME");
    return {};
}

QString cannotRead(const QString& what)
{
    return QCoreApplication::translate("Geography", "Cannot read the boundary layer %1: %2")
        .arg(what, QString::fromUtf8(CPLGetLastErrorMsg()));
}

QString digestOf(const QList<QByteArray>& contents)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& c : contents)
        hash.addData(c);
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QList<QByteArray> bundledContents()
{
    initGeoResource();
    QList<QByteArray> contents;
    for (const LayerFields& fields : layerFields) {
        QFile file(QStringLiteral(":/recoupe/geo/") + QLatin1String(fields.file));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QCoreApplication::translate("Geography", "The boundary layer %1 is missing from this "
                                                                 "build of Recoupe")
                            .arg(QLatin1String(fields.file)));
        contents << file.readAll();
    }
    return contents;
}

GeoLayers::IndexedLayer readLayer(Layer which, const QByteArray& geoJson)
{
    static std::atomic<int> serial{0};
    const QByteArray path =
        QByteArrayLiteral("/vsimem/recoupe-geo-") + QByteArray::number(serial++) + ".geojson";
    // GDAL reads the bytes in place (no copy, not owned): they outlive the dataset.
    VSIFCloseL(VSIFileFromMemBuffer(path.constData(),
                                    reinterpret_cast<GByte*>(const_cast<char*>(geoJson.constData())),
                                    vsi_l_offset(geoJson.size()), FALSE));
    GDALAllRegister();
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset || dataset->GetLayerCount() < 1) {
        VSIUnlink(path.constData());
        throw Error(cannotRead(GeoLayers::info(which).key));
    }
    const LayerFields& fields = layerFields[int(which)];
    OGRLayer* layer = dataset->GetLayer(0);
    OGRFeatureDefn* definition = layer->GetLayerDefn();
    const int codeField = definition->GetFieldIndex(fields.code);
    const int nameField = definition->GetFieldIndex(fields.name);
    const int populationField = *fields.population ? definition->GetFieldIndex(fields.population) : -1;
    if (codeField < 0 || nameField < 0) {
        VSIUnlink(path.constData());
        throw Error(cannotRead(GeoLayers::info(which).key));
    }
    GeoLayers::IndexedLayer result;
    for (auto& feature : *layer) {
        OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty())
            continue;
        std::unique_ptr<OGRGeometry> owned(feature->StealGeometry());
        // IsValid() reports why through CPLError; the reason is of no use to a person here.
        CPLPushErrorHandler(CPLQuietErrorHandler);
        const bool valid = owned->IsValid();
        CPLPopErrorHandler();
        if (!valid) {
            if (OGRGeometry* valid = owned->MakeValid())
                owned.reset(valid);
        }
        Unit unit;
        unit.code = QString::fromUtf8(feature->GetFieldAsString(codeField));
        unit.name = QString::fromUtf8(feature->GetFieldAsString(nameField));
        if (populationField >= 0 && feature->IsFieldSetAndNotNull(populationField))
            unit.population = qint64(feature->GetFieldAsDouble(populationField));
        if (which == Layer::Epci)
            unit.nature = epciNature(unit.name);
        const int index = int(result.units.size());
        OGREnvelope envelope;
        owned->getEnvelope(&envelope);
        const double cell = GeoLayers::cellDegrees;
        for (int ix = int(std::floor(envelope.MinX / cell)); ix <= int(std::floor(envelope.MaxX / cell));
             ++ix)
            for (int iy = int(std::floor(envelope.MinY / cell)); iy <= int(std::floor(envelope.MaxY / cell));
                 ++iy)
                result.cells[GeoLayers::cellKey(ix, iy)].push_back(index);
        result.envelopes.push_back(envelope);
        result.units.push_back(std::move(unit));
        result.geometries.push_back(std::move(owned));
    }
    dataset.reset();
    VSIUnlink(path.constData());
    return result;
}

} // namespace

const LayerInfo& GeoLayers::info(Layer layer)
{
    static const LayerInfo infos[int(Layer::Count)] = {
        {QStringLiteral("departements"),
         QStringLiteral("Départements, IGN Admin Express 2018 via france-geojson (Grégoire David)"),
         QStringLiteral("2018"), QStringLiteral("Licence Ouverte 2.0")},
        {QStringLiteral("epci"), QStringLiteral("EPCI 2022, riatelab/map-templates"), QStringLiteral("2022"),
         QStringLiteral("CC0")},
        {QStringLiteral("ze2020"), QStringLiteral("Zones d'emploi 2020, riatelab/map-templates"),
         QStringLiteral("2020"), QStringLiteral("CC0")},
        {QStringLiteral("ze2010"),
         QStringLiteral("Zones d'emploi 2010, UMS RIATE (riatelab/magrit-templates-carto)"),
         QStringLiteral("2010"), QStringLiteral("CC BY-SA")},
    };
    return infos[int(layer)];
}

GeoLayers::GeoLayers(const QList<QByteArray>& geoJson)
{
    for (int i = 0; i < int(Layer::Count); ++i)
        m_layers[i] = readLayer(Layer(i), geoJson.value(i));
    m_digest = digestOf(geoJson);
}

GeoLayers::~GeoLayers() = default;

QString GeoLayers::bundledDigest()
{
    static const QString digest = digestOf(bundledContents());
    return digest;
}

const GeoLayers& GeoLayers::bundled()
{
    static std::once_flag once;
    static std::unique_ptr<GeoLayers> layers;
    std::call_once(once, [] { layers = std::make_unique<GeoLayers>(bundledContents()); });
    return *layers;
}

struct Locator::Prepared
{
    std::vector<OGRPreparedGeometryUniquePtr> geometries[int(Layer::Count)];
    // Cell → the unit holding the whole cell, or -1.
    QHash<quint64, int> interior[int(Layer::Count)];
};

int Locator::interiorUnit(Layer which, quint64 key, const std::vector<int>& candidates)
{
    const double cell = GeoLayers::cellDegrees;
    const double x = double(qint32(quint32(key >> 32))) * cell, y = double(qint32(quint32(key))) * cell;
    OGRLinearRing ring;
    ring.addPoint(x, y);
    ring.addPoint(x + cell, y);
    ring.addPoint(x + cell, y + cell);
    ring.addPoint(x, y + cell);
    ring.closeRings();
    OGRPolygon square;
    square.addRing(&ring);
    for (int index : candidates) {
        const OGREnvelope& e = m_layers.layer(which).envelopes[size_t(index)];
        if (x < e.MinX || x + cell > e.MaxX || y < e.MinY || y + cell > e.MaxY)
            continue;
        if (prepared(which, index).contains(&square))
            return index;
    }
    return -1;
}

Locator::Locator(const GeoLayers& layers) : m_layers(layers), m_prepared(std::make_unique<Prepared>())
{
    for (int i = 0; i < int(Layer::Count); ++i)
        m_prepared->geometries[i].resize(layers.layer(Layer(i)).units.size());
}

Locator::~Locator() = default;

Location Locator::locate(double lon, double lat)
{
    Location location;
    for (int i = 0; i < int(Layer::Count); ++i)
        location.hits[i] = locate(Layer(i), lon, lat);
    return location;
}

Locator::PreparedRef Locator::prepared(Layer which, int index)
{
    OGRPreparedGeometryUniquePtr& p = m_prepared->geometries[int(which)][size_t(index)];
    if (!p)
        p.reset(reinterpret_cast<OGRPreparedGeometry*>(OGRCreatePreparedGeometry(
            OGRGeometry::ToHandle(m_layers.layer(which).geometries[size_t(index)].get()))));
    return PreparedRef{p.get()};
}

bool Locator::PreparedRef::contains(const OGRGeometry* other) const
{
    return OGRPreparedGeometryContains(reinterpret_cast<OGRPreparedGeometryH>(geometry),
                                       OGRGeometry::ToHandle(const_cast<OGRGeometry*>(other)));
}

bool Locator::PreparedRef::intersects(const OGRGeometry* other) const
{
    return OGRPreparedGeometryIntersects(reinterpret_cast<OGRPreparedGeometryH>(geometry),
                                         OGRGeometry::ToHandle(const_cast<OGRGeometry*>(other)));
}

Hit Locator::locate(Layer which, double lon, double lat)
{
    const GeoLayers::IndexedLayer& layer = m_layers.layer(which);
    const double cell = GeoLayers::cellDegrees;
    OGRPoint point(lon, lat);
    const auto inCell =
        layer.cells.constFind(GeoLayers::cellKey(int(std::floor(lon / cell)), int(std::floor(lat / cell))));
    if (inCell != layer.cells.constEnd()) {
        // Most points fall in a cell lying wholly inside one polygon: found once per cell (and Locator),
        // then answered without GEOS.
        const quint64 key = inCell.key();
        auto interior = m_prepared->interior[int(which)].constFind(key);
        if (interior == m_prepared->interior[int(which)].constEnd())
            interior = m_prepared->interior[int(which)].insert(key, interiorUnit(which, key, *inCell));
        if (*interior >= 0)
            return {*interior, 0};
        for (int index : *inCell) {
            const OGREnvelope& e = layer.envelopes[size_t(index)];
            if (lon < e.MinX || lon > e.MaxX || lat < e.MinY || lat > e.MaxY)
                continue;
            // Intersects, not Contains: a point exactly on a border belongs to the first polygon found.
            if (prepared(which, index).intersects(&point))
                return {index, 0};
        }
    }
    // Outside every polygon (on a coast, in a gap left by simplification, offshore): the nearest
    // polygon within nearestDegrees, if any.
    const double radius = GeoLayers::nearestDegrees;
    std::vector<int> candidates;
    for (int ix = int(std::floor((lon - radius) / cell)); ix <= int(std::floor((lon + radius) / cell)); ++ix)
        for (int iy = int(std::floor((lat - radius) / cell)); iy <= int(std::floor((lat + radius) / cell));
             ++iy) {
            const auto it = layer.cells.constFind(GeoLayers::cellKey(ix, iy));
            if (it == layer.cells.constEnd())
                continue;
            for (int index : *it) {
                const OGREnvelope& e = layer.envelopes[size_t(index)];
                if (lon < e.MinX - radius || lon > e.MaxX + radius || lat < e.MinY - radius ||
                    lat > e.MaxY + radius)
                    continue;
                if (std::find(candidates.begin(), candidates.end(), index) == candidates.end())
                    candidates.push_back(index);
            }
        }
    Hit best;
    if (candidates.empty())
        return best;
    // A polygon that does not meet the square around the point is too far: the prepared test rejects it
    // cheaply, before GEOS measures the distance to the others (a scan of all their vertices).
    OGRLinearRing ring;
    ring.addPoint(lon - radius, lat - radius);
    ring.addPoint(lon + radius, lat - radius);
    ring.addPoint(lon + radius, lat + radius);
    ring.addPoint(lon - radius, lat + radius);
    ring.closeRings();
    OGRPolygon square;
    square.addRing(&ring);
    double bestDistance = radius;
    for (int index : candidates) {
        if (!prepared(which, index).intersects(&square))
            continue;
        const double distance = layer.geometries[size_t(index)]->Distance(&point);
        if (distance >= 0 && distance <= bestDistance) {
            bestDistance = distance;
            best.unit = index;
        }
    }
    if (best.found())
        best.distanceM = std::max(1.0, std::ceil(bestDistance * metresPerDegree));
    return best;
}

const QStringList& zoneClasses()
{
    static const QStringList classes{QStringLiteral("0-50 000"), QStringLiteral("50 000-100 000"),
                                     QStringLiteral("100 000-200 000"), QStringLiteral("200 000-500 000"),
                                     QStringLiteral("500 000-6 000 000")};
    return classes;
}

QString zoneClass(qint64 population)
{
    if (population < 0)
        return {};
    static const qint64 lowerBounds[] = {0, 50000, 100000, 200000, 500000};
    int index = 0;
    for (int i = 0; i < 5; ++i)
        if (population >= lowerBounds[i])
            index = i;
    return zoneClasses().at(index);
}

} // namespace recoupe::geo
