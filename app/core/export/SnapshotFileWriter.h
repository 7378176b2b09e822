// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportColumns.h"
#include "export/ExportOptions.h"

#include <QString>
#include <QVariantList>
#include <memory>

namespace recoupe::exporting {

// Writes the rows of one snapshot file at `path` (the temporary name: the Exporter renames it when all
// went well). Text cells are written as given: neutralising formulas is the caller's work, as it depends
// on the format. Throws Error naming the file when it cannot write.
class SnapshotFileWriter
{
public:
    static std::unique_ptr<SnapshotFileWriter> create(const ExportOptions& options, const QString& path,
                                                      const QList<Column>& columns);
    virtual ~SnapshotFileWriter() = default;
    // Values in the order of the columns; lon/lat give the point geometry where the format has one.
    virtual void write(const QVariantList& values, const std::optional<double>& lon,
                       const std::optional<double>& lat) = 0;
    // Flushes and closes the file; throws Error when it could not be completed (disk full...).
    virtual void finish() = 0;
    // The SHA-256 of the file (hex) when the writer hashed its bytes as it wrote them, after finish();
    // empty when the file has to be read back (written by GDAL).
    virtual QString sha256() const { return {}; }
};

} // namespace recoupe::exporting
