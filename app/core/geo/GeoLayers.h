// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include <ogr_core.h>

class OGRGeometry;
struct _OGRPreparedGeometry;
typedef struct _OGRPreparedGeometry OGRPreparedGeometry;

namespace recoupe::geo {

// The boundary layers bundled in resources/geo (see its README for sources, licences and how they
// were simplified), loaded once per process with GDAL and indexed for point-in-polygon joins.
enum class Layer
{
    Departements,
    Epci,
    Ze2020,
    Ze2010,
    Count
};

struct LayerInfo
{
    QString key;     // "departements", "epci", "ze2020", "ze2010": as stored in geo_layer
    QString title;   // what it is and where it comes from (data, not translated)
    QString vintage; // "2018", "2022", ...
    QString licence;
};

// One polygon of a layer: its code and attributes.
struct Unit
{
    QString code; // INSEE code of the département, SIREN of the EPCI, code of the zone (4 characters)
    QString name;
    qint64 population = -1; // -1 when the layer has none
    QString nature;         // EPCI: "CC", "CA", "CU" or "ME" (métropole), from its name; empty elsewhere
};

// Where a point falls in one layer: the unit (index into GeoLayers::units) and how it was found.
struct Hit
{
    int unit = -1;        // -1: in no polygon and none near enough
    double distanceM = 0; // 0 when inside; otherwise at most this many metres from the nearest polygon
    bool found() const { return unit >= 0; }
    bool nearest() const { return unit >= 0 && distanceM > 0; }
};

struct Location
{
    Hit hits[int(Layer::Count)];
    const Hit& operator[](Layer layer) const { return hits[int(layer)]; }
};

class GeoLayers
{
public:
    // The bundled layers, loaded on first use (about 0.5 s); thread-safe. Throws Error when a bundled
    // file cannot be read (a broken build).
    static const GeoLayers& bundled();
    // Loads layers from GeoJSON files (for tests); in the order of Layer.
    explicit GeoLayers(const QList<QByteArray>& geoJson);
    ~GeoLayers();

    static const LayerInfo& info(Layer layer);
    const std::vector<Unit>& units(Layer layer) const { return m_layers[int(layer)].units; }
    // A digest of the bundled data: when it changes, stored geography is recomputed.
    const QString& digest() const { return m_digest; }
    // The digest of the bundled layers without loading them (cheap: hashes the embedded files).
    static QString bundledDigest();

    // How far a point outside every polygon may be from the nearest one and still be given it.
    static constexpr double nearestDegrees = 0.02; // about 2 km (at most 2.2 km)

    struct IndexedLayer
    {
        std::vector<Unit> units;
        std::vector<std::unique_ptr<OGRGeometry>> geometries;
        std::vector<OGREnvelope> envelopes;
        // Spatial pre-filter: for each grid cell, the units whose envelope meets it.
        QHash<quint64, std::vector<int>> cells;
    };
    const IndexedLayer& layer(Layer layer) const { return m_layers[int(layer)]; }
    static constexpr double cellDegrees = 0.1;
    static quint64 cellKey(int ix, int iy) { return (quint64(quint32(ix)) << 32) | quint32(iy); }

private:
    IndexedLayer m_layers[int(Layer::Count)];
    QString m_digest;
};

// Point-in-polygon queries on GeoLayers through GEOS (OGR prepared geometries), with the grid as a
// pre-filter. Prepared geometries are built lazily and are not thread-safe: one Locator per thread.
class Locator
{
public:
    explicit Locator(const GeoLayers& layers = GeoLayers::bundled());
    ~Locator();
    Locator(const Locator&) = delete;
    Locator& operator=(const Locator&) = delete;

    Location locate(double lon, double lat);
    Hit locate(Layer layer, double lon, double lat);
    const GeoLayers& layers() const { return m_layers; }

private:
    struct Prepared;
    struct PreparedRef
    {
        OGRPreparedGeometry* geometry;
        bool intersects(const OGRGeometry* other) const;
        bool contains(const OGRGeometry* other) const;
    };
    PreparedRef prepared(Layer layer, int index);
    int interiorUnit(Layer layer, quint64 cellKey, const std::vector<int>& candidates);

    const GeoLayers& m_layers;
    std::unique_ptr<Prepared> m_prepared;
};

// The CGET class of a zone d'emploi by its population: "0-50 000", "50 000-100 000", "100 000-200 000",
// "200 000-500 000", "500 000-6 000 000" (the bounds read off the CGET file's CLASS_ZE and POP_ZE;
// the last class also holds the Paris zone of 2020, 6.7 million). Empty for an unknown population.
QString zoneClass(qint64 population);
const QStringList& zoneClasses();

} // namespace recoupe::geo
