// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportOptions.h"

#include <QDate>
#include <QString>

namespace recoupe {
class Store;
}

namespace recoupe::exporting {

// Writes a snapshot of the project's places (Fichier ▸ Exporter un instantané, `recoupe-cli export`):
// the file, its metadata sidecar (<name>.metadata.json) and Table Schema (<name>.schema.json), and the
// snapshot's record in the project. Everything is written under temporary names in the output's folder
// and renamed only when complete, so that a failure or a cancel leaves the previous files as they were.
class Exporter
{
public:
    explicit Exporter(Store& store);
    // Throws Error (bad path, cannot write) or Cancelled; the project and earlier files are then unchanged.
    ExportResult run(const QString& outputPath, const ExportOptions& options,
                     const ExportProgress& progress = {});

    // AAAAMMJJ_recoupe_tiers-lieux.<extension>
    static QString suggestedFileName(Format format, const QDate& date = QDate::currentDate());
    // The sidecars of an output file: X.csv → X.metadata.json, X.schema.json.
    static QString metadataPath(const QString& outputPath);
    static QString schemaPath(const QString& outputPath);
    // Throws Error when `outputPath` cannot be an export of the project at `projectPath`: the project
    // itself (or its -wal, -shm, -journal), another Recoupe project, a folder, a missing folder.
    static void checkOutputPath(const QString& outputPath, const QString& projectPath);

private:
    Store& m_store;
};

} // namespace recoupe::exporting
