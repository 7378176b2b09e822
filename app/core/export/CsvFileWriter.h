// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/HashedOutput.h"
#include "export/SnapshotFileWriter.h"

namespace recoupe::exporting {

// CSV written by Recoupe (RFC 4180, UTF-8, same number of fields on every row): comma and decimal point;
// or, for French spreadsheets, semicolon, decimal comma and a byte order mark so that they read UTF-8.
class CsvFileWriter : public SnapshotFileWriter
{
public:
    CsvFileWriter(const QString& path, const QList<Column>& columns, bool semicolon);
    void write(const QVariantList& values, const std::optional<double>&,
               const std::optional<double>&) override;
    void finish() override;
    QString sha256() const override { return m_sha256; }

private:
    void append(const QString& text);
    HashedOutput m_out;
    QString m_sha256;
    QByteArray& m_buffer = m_out.buffer();
    char m_separator;
    bool m_decimalComma;
};

} // namespace recoupe::exporting
