// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/OgrFileWriter.h"

#include "Error.h"
#include "export/CsvFileWriter.h"
#include "export/GeoJsonFileWriter.h"
#include "export/XlsxFileWriter.h"

#include <QCoreApplication>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace recoupe::exporting {

namespace {

const char* driverName(Format format)
{
    switch (format) {
    case Format::GeoJson:
        return "GeoJSON";
    case Format::Gpkg:
        return "GPKG";
    case Format::Xlsx:
        return "XLSX";
    case Format::Csv:
        break;
    }
    return "CSV";
}

constexpr qint64 rowsPerTransaction = 50000;

} // namespace

std::unique_ptr<SnapshotFileWriter>
SnapshotFileWriter::create(const ExportOptions& options, const QString& path, const QList<Column>& columns)
{
    if (options.format == Format::Csv)
        return std::make_unique<CsvFileWriter>(path, columns, options.semicolon);
    if (options.format == Format::Xlsx)
        return std::make_unique<XlsxFileWriter>(path, columns);
    if (options.format == Format::GeoJson)
        return std::make_unique<GeoJsonFileWriter>(path, columns);
    return std::make_unique<OgrFileWriter>(options.format, path, columns);
}

OgrFileWriter::OgrFileWriter(Format format, const QString& path, const QList<Column>& columns)
    : m_path(path), m_format(format), m_columns(columns)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName(driverName(format));
    if (!driver)
        throw Error(QCoreApplication::translate("Export", "GDAL has no %1 driver on this system")
                        .arg(QLatin1String(driverName(format))));
    CPLErrorReset();
    m_dataset = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!m_dataset)
        fail();
    OGRSpatialReferenceH srs = nullptr;
    char** layerOptions = nullptr;
    OGRwkbGeometryType geometry = wkbNone;
    if (format != Format::Xlsx) {
        srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 4326);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
        geometry = wkbPoint;
    }
    if (format == Format::GeoJson) {
        layerOptions = CSLSetNameValue(layerOptions, "RFC7946", "YES");
        layerOptions = CSLSetNameValue(layerOptions, "WRITE_BBOX", "NO");
    }
    if (format == Format::Gpkg)
        layerOptions = CSLSetNameValue(layerOptions, "FID", "fid");
    m_layer = GDALDatasetCreateLayer(m_dataset, "tiers_lieux", srs, geometry, layerOptions);
    CSLDestroy(layerOptions);
    if (srs)
        OSRRelease(srs);
    if (!m_layer)
        fail();
    for (const Column& c : columns) {
        const OGRFieldType type = c.type == ColumnType::Integer  ? OFTInteger64
                                  : c.type == ColumnType::Number ? OFTReal
                                                                 : OFTString;
        OGRFieldDefnH field = OGR_Fld_Create(c.name.toUtf8().constData(), type);
        const OGRErr err = OGR_L_CreateField(m_layer, field, TRUE);
        OGR_Fld_Destroy(field);
        if (err != OGRERR_NONE)
            fail();
    }
    m_feature = OGR_F_Create(OGR_L_GetLayerDefn(m_layer));
    if (geometry == wkbPoint)
        m_point = OGR_G_CreateGeometry(wkbPoint);
    m_transactions = format == Format::Gpkg;
}

OgrFileWriter::~OgrFileWriter()
{
    if (m_point)
        OGR_G_DestroyGeometry(m_point);
    if (m_feature)
        OGR_F_Destroy(m_feature);
    if (m_dataset)
        GDALClose(m_dataset);
}

void OgrFileWriter::fail() const
{
    const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
    throw Error(
        QCoreApplication::translate("Export", "Cannot write %1: %2")
            .arg(m_path, reason.isEmpty() ? QCoreApplication::translate("Export", "GDAL failed") : reason));
}

void OgrFileWriter::write(const QVariantList& values, const std::optional<double>& lon,
                          const std::optional<double>& lat)
{
    if (m_transactions && m_inTransaction == 0 &&
        GDALDatasetStartTransaction(m_dataset, FALSE) != OGRERR_NONE)
        fail();
    OGR_F_SetFID(m_feature, OGRNullFID);
    for (int i = 0; i < int(values.size()); ++i) {
        const QVariant& v = values.at(i);
        if (v.isNull()) {
            OGR_F_SetFieldNull(m_feature, i);
            continue;
        }
        switch (m_columns.at(i).type) {
        case ColumnType::Integer:
            OGR_F_SetFieldInteger64(m_feature, i, v.toLongLong());
            break;
        case ColumnType::Number:
            OGR_F_SetFieldDouble(m_feature, i, v.toDouble());
            break;
        case ColumnType::String:
            OGR_F_SetFieldString(m_feature, i, v.toString().toUtf8().constData());
            break;
        }
    }
    if (m_point) {
        if (lon && lat) {
            OGR_G_SetPoint_2D(m_point, 0, *lon, *lat);
            OGR_F_SetGeometry(m_feature, m_point);
        } else {
            OGR_F_SetGeometryDirectly(m_feature, nullptr);
        }
    }
    if (OGR_L_CreateFeature(m_layer, m_feature) != OGRERR_NONE)
        fail();
    if (m_transactions && ++m_inTransaction >= rowsPerTransaction) {
        if (GDALDatasetCommitTransaction(m_dataset) != OGRERR_NONE)
            fail();
        m_inTransaction = 0;
    }
}

void OgrFileWriter::finish()
{
    if (m_transactions && m_inTransaction > 0) {
        if (GDALDatasetCommitTransaction(m_dataset) != OGRERR_NONE)
            fail();
        m_inTransaction = 0;
    }
    OGR_F_Destroy(m_feature);
    m_feature = nullptr;
    CPLErrorReset();
    GDALFlushCache(m_dataset);
    // Closing writes what the driver kept (XLSX is zipped at close): its errors are the export's.
    GDALClose(m_dataset);
    m_dataset = nullptr;
    if (CPLGetLastErrorType() >= CE_Failure)
        fail();
}

} // namespace recoupe::exporting
