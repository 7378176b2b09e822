// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PlaceFilter.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace recoupe::exporting {

// The file formats of a snapshot. CSV is written by Recoupe itself; the others through GDAL/OGR.
enum class Format
{
    Csv,
    GeoJson,
    Gpkg,
    Xlsx
};
// "csv", "geojson", "gpkg", "xlsx" (command line, snapshot record, file extension).
QString formatKey(Format format);
std::optional<Format> formatFromKey(const QString& key);
QString formatExtension(Format format);

// The columns: `cget2019` keeps the CGET 2019 publication's columns in its order for existing reusers;
// `recoupe` is the modern layout (stable place ids, type and exclusion reason, geography, sources).
enum class Layout
{
    Cget2019,
    Recoupe
};
QString layoutKey(Layout layout);
std::optional<Layout> layoutFromKey(const QString& key);

struct ExportOptions
{
    Format format = Format::Csv;
    Layout layout = Layout::Cget2019;
    // No personal data (contact names, e-mails, phones, also inside other fields) and no internal notes.
    bool publicOnly = true;
    PlaceFilter filter;        // the places exported (the window's filter bar)
    QString filterDescription; // how the filter reads, kept with the snapshot record
    bool semicolon = false;    // CSV for French spreadsheets: semicolons, decimal commas, BOM
    QString title;             // metadata; a default title when empty
    QString description;
    bool record = true; // keep the snapshot in the project (false: a plain file export)
};

// Returns false to cancel; (places written, places to write).
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// What an export wrote and left out.
struct ExportResult
{
    qint64 snapshotId = 0; // 0 when not recorded
    qint64 places = 0;
    QString file;
    QString metadataFile;
    QString schemaFile;
    QString sha256;
    QStringList omittedColumns; // personal columns left out (public)
    qint64 emailsRemoved = 0;   // e-mail addresses found inside other fields and removed (public)
    qint64 phonesRemoved = 0;
    qint64 formulasNeutralised = 0;
    double seconds = 0;
};

} // namespace recoupe::exporting

namespace recoupe::exporting {
// How a filter reads in a snapshot record ("text=fab type=fablab region=53"), empty for every place.
QString filterDescription(const PlaceFilter& filter);
} // namespace recoupe::exporting
