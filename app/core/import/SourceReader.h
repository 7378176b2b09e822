// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace recoupe {

// Something the reader had to decide about a row (a stray quote read as a character, extra fields kept,
// bytes that are not UTF-8...), reported with the row so that nothing is changed without a word.
struct ReadProblem
{
    QString column; // empty when it concerns the whole row
    QString value;
    QString message;
};

// One row of a source file, as read: one text per column of the reader (repeated column names made
// unique with a suffix "_2", "_3"...; a null QString is an absent value) and, for spatial formats, its
// point (lon, lat in WGS 84). Values that are not text in the file (JSON numbers, lists such as the
// fablabs.io "links") are kept as JSON literals and flagged `structured`. Plain strings by position, not a
// JSON map, because an import of a million rows spends its time here.
struct SourceRow
{
    qint64 line = 0;     // line in a text file (header is line 1), else the feature's position (from 1)
    QStringList columns; // shared with the reader (implicitly shared, no copy)
    QStringList values;
    QList<bool> structured; // empty, or one flag per value

    std::optional<double> lon;
    std::optional<double> lat;
    QList<ReadProblem> problems; // what the reader noticed on this row

    bool isStructured(qsizetype i) const { return i < structured.size() && structured.at(i); }
    QString value(const QString& column) const { return values.value(columns.indexOf(column)); }
    // The row as a JSON object, for display.
    QJsonObject attributes() const;
    // The row as compact JSON text in column order, as stored in raw_record.attributes. Empty values
    // are left out: they say nothing, and a column added empty to a newer file changes no record.
    QByteArray attributesJson() const;
    // The same, appended to `out` (a buffer reused from row to row).
    void appendAttributesJson(QByteArray& out) const;
    // Identifies the content: the attributes JSON and the point.
    QByteArray digest(const QByteArray& attributesJson) const;
};

// Reads rows of a tabular or spatial source file one at a time, so huge files stream.
class SourceReader
{
public:
    virtual ~SourceReader() = default;
    virtual QStringList columns() const = 0;
    // Fills `row` with the next row; false at the end. Throws Error on a read failure.
    virtual bool next(SourceRow& row) = 0;
    // Rows expected in all, or -1 when it would cost a full read to know.
    virtual qint64 rowCountHint() const = 0;
    // Name of the layer or sheet read ("BDD_TL").
    virtual QString layerName() const = 0;
    // What to call a row's position in messages: "line" for text files, "row"/"feature" otherwise.
    virtual QString rowWord() const = 0;
    // True when rows may carry a point geometry (GeoJSON, GPKG, SHP, KML...).
    virtual bool hasGeometry() const = 0;
    // What concerns the whole file (read as Latin-1, far fewer records than lines...), complete once
    // next() has returned false.
    virtual QStringList notes() const { return {}; }
};

// `name`, or name_2, name_3... when `taken` already holds it: repeated column names (an early CGET
// export has two INSEECOM) stay apart.
QString uniqueColumnName(const QString& name, const QStringList& taken);

struct SourceOpenOptions
{
    QString preferredLayer; // sheet or layer to read, if present
    // Larger files are refused with a message: 1 GiB holds about 3 million rows of the CGET layout,
    // far beyond any real source; a bigger file is almost surely the wrong file.
    qint64 maxFileSize = qint64(1) << 30;
};

// Opens any supported file: CSV (comma, semicolon, tab; UTF-8 with or without BOM, Latin-1) read by
// CsvSourceReader, XLSX, ODS, GeoJSON, GeoPackage, Shapefile, KML through GDAL, and JSON arrays of
// objects.
// Throws Error naming the file when it cannot be read.
std::unique_ptr<SourceReader> openSource(const QString& path, const SourceOpenOptions& options = {});

} // namespace recoupe
