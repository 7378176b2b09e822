// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/HashedOutput.h"
#include "export/SnapshotFileWriter.h"

#include <QByteArray>
#include <QList>

namespace recoupe::exporting {

// GeoJSON (RFC 7946: WGS 84 longitude, latitude; no crs member; coordinates to 7 decimals as GDAL's
// RFC 7946 mode writes them) written by Recoupe, streaming: GDAL's driver builds a JSON object tree per
// feature, which cost more than reading the places. Typed properties (null for an empty value), a point
// geometry or null.
class GeoJsonFileWriter : public SnapshotFileWriter
{
public:
    GeoJsonFileWriter(const QString& path, const QList<Column>& columns);
    void write(const QVariantList& values, const std::optional<double>& lon,
               const std::optional<double>& lat) override;
    void finish() override;
    QString sha256() const override { return m_sha256; }

private:
    void appendString(const QByteArray& utf8);
    void appendNumber(double value);
    HashedOutput m_out;
    QString m_sha256;
    QList<QByteArray> m_keys; // each column's "name": with its quotes and colon
    QByteArray& m_buffer = m_out.buffer();
    bool m_first = true;
};

} // namespace recoupe::exporting
