// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SourceReader.h"

#include <QHash>

#include <memory>

class GDALDataset;
class OGRLayer;
class OGRCoordinateTransformation;

namespace recoupe {

// Reads one layer (or sheet) of any vector format GDAL knows: CSV, XLSX, ODS, GeoJSON, GPKG, SHP, KML.
// Every attribute is read as text, so codes keep their leading zeros and decimal commas survive.
class OgrSourceReader : public SourceReader
{
public:
    OgrSourceReader(const QString& path, const SourceOpenOptions& options);
    ~OgrSourceReader() override;

    QStringList columns() const override { return m_columns; }
    bool next(SourceRow& row) override;
    qint64 rowCountHint() const override { return m_rowCountHint; }
    QString layerName() const override { return m_layerName; }
    QString rowWord() const override { return m_rowWord; }
    bool hasGeometry() const override;

private:
    QString m_path;
    GDALDataset* m_dataset = nullptr;
    OGRLayer* m_layer = nullptr;
    OGRCoordinateTransformation* m_toWgs84 = nullptr;
    QStringList m_columns;
    QString m_layerName;
    QString m_rowWord;
    qint64 m_rowCountHint = -1;
    qint64 m_position = 0;
    int m_lineOffset = 1; // header line(s) before the first data row
    // GeoJSON only: what GDAL drops without a word (coordinates that are not numbers), by feature.
    QHash<qint64, ReadProblem> m_featureProblems;
    // XLSX only: cells holding a formula whose result was not saved (GDAL reads them as empty), by row.
    QHash<qint64, QList<ReadProblem>> m_sheetRowProblems;
};

} // namespace recoupe
