// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/SnapshotFileWriter.h"

#include <gdal.h>
#include <ogr_api.h>

namespace recoupe::exporting {

// GeoJSON (RFC 7946), GeoPackage and XLSX through GDAL/OGR: typed columns, a point geometry in WGS 84
// where the format has one (not XLSX), and for GeoPackage one transaction per 50,000 rows.
class OgrFileWriter : public SnapshotFileWriter
{
public:
    OgrFileWriter(Format format, const QString& path, const QList<Column>& columns);
    ~OgrFileWriter() override;
    void write(const QVariantList& values, const std::optional<double>& lon,
               const std::optional<double>& lat) override;
    void finish() override;

private:
    [[noreturn]] void fail() const;
    QString m_path;
    Format m_format;
    QList<Column> m_columns;
    GDALDatasetH m_dataset = nullptr;
    OGRLayerH m_layer = nullptr;
    OGRFeatureH m_feature = nullptr;
    OGRGeometryH m_point = nullptr;
    bool m_transactions = false;
    qint64 m_inTransaction = 0;
};

} // namespace recoupe::exporting
