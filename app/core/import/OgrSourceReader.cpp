// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/OgrSourceReader.h"

#include "Error.h"
#include "import/TextDecoding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace recoupe {

namespace {

// Gives lupdate and the runtime the same translation context.
struct SourceReaderText
{
    Q_DECLARE_TR_FUNCTIONS(SourceReader)
};

QString lastGdalError()
{
    const QString message = QString::fromUtf8(CPLGetLastErrorMsg());
    return message.isEmpty() ? SourceReaderText::tr("the format is not recognised") : message;
}

// GDAL's warnings go to the import report or an Error, never to the terminal.
struct QuietGdal
{
    QuietGdal() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdal() { CPLPopErrorHandler(); }
};

QString driverRowWord(const QString& driver)
{
    if (driver == QLatin1String("CSV"))
        return SourceReaderText::tr("line");
    if (driver == QLatin1String("XLSX") || driver == QLatin1String("ODS"))
        return SourceReaderText::tr("row");
    return SourceReaderText::tr("feature");
}

} // namespace

OgrSourceReader::OgrSourceReader(const QString& path, const SourceOpenOptions& options) : m_path(path)
{
    static const bool registered = [] {
        GDALAllRegister();
        return true;
    }();
    Q_UNUSED(registered);
    QuietGdal quiet;
    CPLErrorReset();
    // Open options of drivers that do not know them are ignored by GDAL.
    const char* openOptions[] = {"AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "EMPTY_STRING_AS_NULL=NO",
                                 "FIELD_TYPES=STRING", "FLATTEN_NESTED_ATTRIBUTES=NO", nullptr};
    const QByteArray utf8Path = path.toUtf8();
    m_dataset = GDALDataset::FromHandle(
        GDALOpenEx(utf8Path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions, nullptr));
    if (!m_dataset)
        throw Error(SourceReaderText::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), lastGdalError()));

    const QString driver = QString::fromUtf8(m_dataset->GetDriverName());
    m_rowWord = driverRowWord(driver);
    m_lineOffset = driver == QLatin1String("CSV") || driver == QLatin1String("XLSX") ||
                           driver == QLatin1String("ODS")
                       ? 1
                       : 0;

    // The preferred sheet if present, else the layer with the most rows (a metadata sheet is smaller).
    const int layerCount = m_dataset->GetLayerCount();
    qint64 bestCount = -2;
    for (int i = 0; i < layerCount; ++i) {
        OGRLayer* layer = m_dataset->GetLayer(i);
        const QString name = QString::fromUtf8(layer->GetName());
        if (!options.preferredLayer.isEmpty() && name == options.preferredLayer) {
            m_layer = layer;
            break;
        }
        const bool cheap = layer->TestCapability(OLCFastFeatureCount) || layerCount > 1;
        const qint64 count = cheap ? layer->GetFeatureCount(TRUE) : -1;
        if (count > bestCount) {
            bestCount = count;
            m_layer = layer;
        }
    }
    if (!m_layer)
        throw Error(SourceReaderText::tr("Cannot read %1: it holds no table").arg(QFileInfo(path).fileName()));
    m_layerName = QString::fromUtf8(m_layer->GetName());
    if (m_layer->TestCapability(OLCFastFeatureCount) || layerCount > 1)
        m_rowCountHint = m_layer->GetFeatureCount(TRUE);

    OGRFeatureDefn* definition = m_layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        QString name = decodeSourceText(definition->GetFieldDefn(i)->GetNameRef());
        // Repeated column names (an early CGET export has two INSEECOM) stay apart: NAME, NAME_2...
        if (m_columns.contains(name)) {
            int n = 2;
            while (m_columns.contains(name + QStringLiteral("_%1").arg(n)))
                ++n;
            name += QStringLiteral("_%1").arg(n);
        }
        m_columns << name;
    }

    if (const OGRSpatialReference* srs = m_layer->GetSpatialRef()) {
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!srs->IsSame(&wgs84)) {
            OGRSpatialReference source(*srs);
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            m_toWgs84 = OGRCreateCoordinateTransformation(&source, &wgs84);
        }
    }
    m_layer->ResetReading();
}

OgrSourceReader::~OgrSourceReader()
{
    OGRCoordinateTransformation::DestroyCT(m_toWgs84);
    GDALClose(GDALDataset::ToHandle(m_dataset));
}

bool OgrSourceReader::hasGeometry() const
{
    return m_layer->GetGeomType() != wkbNone;
}

bool OgrSourceReader::next(SourceRow& row)
{
    QuietGdal quiet;
    CPLErrorReset();
    OGRFeatureUniquePtr feature(m_layer->GetNextFeature());
    if (!feature) {
        if (CPLGetLastErrorType() >= CE_Failure)
            throw Error(SourceReaderText::tr("Cannot read %1 after %2 %3: %4")
                            .arg(QFileInfo(m_path).fileName(), m_rowWord)
                            .arg(m_position + m_lineOffset)
                            .arg(lastGdalError()));
        return false;
    }
    ++m_position;
    row.line = m_position + m_lineOffset;
    row.columns = m_columns;
    row.values.resize(m_columns.size());
    row.structured.clear();
    row.lon.reset();
    row.lat.reset();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (!feature->IsFieldSetAndNotNull(i)) {
            row.values[i] = QString();
            continue;
        }
        const OGRFieldType type = feature->GetFieldDefnRef(i)->GetType();
        if (type == OFTStringList) {
            QJsonArray items;
            for (char** item = feature->GetFieldAsStringList(i); item && *item; ++item)
                items.append(decodeSourceText(*item));
            row.values[i] = QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
            row.structured.resize(m_columns.size());
            row.structured[i] = true;
        } else {
            row.values[i] = decodeSourceText(feature->GetFieldAsString(i));
        }
    }
    if (const OGRGeometry* geometry = feature->GetGeometryRef(); geometry && !geometry->IsEmpty()) {
        OGRPoint point;
        if (wkbFlatten(geometry->getGeometryType()) == wkbPoint)
            point = *geometry->toPoint();
        else
            geometry->Centroid(&point);
        double x = point.getX();
        double y = point.getY();
        if (!m_toWgs84 || m_toWgs84->Transform(1, &x, &y)) {
            row.lon = x;
            row.lat = y;
        }
    }
    return true;
}

} // namespace recoupe
