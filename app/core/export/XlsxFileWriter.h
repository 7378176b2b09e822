// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/SnapshotFileWriter.h"

#include <QByteArray>
#include <QList>

namespace recoupe::exporting {

// XLSX written by Recoupe, streaming: one worksheet whose rows go into the zip as they come (GDAL's XLSX
// driver keeps the whole sheet in memory until it closes: 1.5 GB for a million places). Text cells are
// inline strings (no shared-string table to hold), numbers are numeric cells, empty values no cell. The
// zip is written through GDAL's CPLCreateZip, so that this needs no other library.
class XlsxFileWriter : public SnapshotFileWriter
{
public:
    XlsxFileWriter(const QString& path, const QList<Column>& columns);
    ~XlsxFileWriter() override;
    XlsxFileWriter(const XlsxFileWriter&) = delete;
    XlsxFileWriter& operator=(const XlsxFileWriter&) = delete;
    void write(const QVariantList& values, const std::optional<double>&,
               const std::optional<double>&) override;
    void finish() override;

private:
    [[noreturn]] void fail() const;
    void addPart(const char* name, const QByteArray& content);
    void beginRow();
    void appendText(qsizetype column, const QByteArray& utf8);
    void flushBuffer();

    QString m_path;
    QList<Column> m_columns;
    QList<QByteArray> m_letters; // A, B, ..., AA: the cell references of each column
    void* m_zip = nullptr;
    QByteArray m_buffer;
    qint64 m_row = 0;
};

} // namespace recoupe::exporting
