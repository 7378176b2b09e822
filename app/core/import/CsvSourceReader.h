// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SourceReader.h"

#include <QByteArray>
#include <QFile>

namespace recoupe {

// Reads delimited text files (CSV, TSV, TXT) itself rather than through GDAL, because an import must be
// able to say what it did with a broken row: GDAL's CSV driver lets one stray quote swallow the rows
// after it, drops extra fields and cannot say on which line a quote opened. Rules (RFC 4180, lenient):
// a quote opens a quoted value only at the start of a field, elsewhere it is an ordinary character; a
// quoted value may span lines, but one that closes improperly, runs over more than MaxQuotedLines
// lines, or leaves the record with another number of fields than the header is read again from its
// line with its quote taken as a character, and reported. A quote that never closes before the end of
// the file refuses the file, naming the line where it opened: nothing tells what was meant. Rows with more
// fields than the header keep the extras (as field_31, ...), rows with fewer are reported. The file is UTF-8
// (with or without BOM) or, when most of its non-ASCII bytes are not UTF-8, Latin-1; a value that is not
// UTF-8 in a UTF-8 file is read as Latin-1 and reported. Streams: memory does not grow with the file.
class CsvSourceReader : public SourceReader
{
public:
    // Throws Error naming the file (unreadable, binary with the line of its first NUL byte, no header).
    explicit CsvSourceReader(const QString& path);

    QStringList columns() const override { return m_columns; }
    bool next(SourceRow& row) override;
    qint64 rowCountHint() const override { return m_dataLines; }
    QString layerName() const override { return m_layerName; }
    QString rowWord() const override;
    bool hasGeometry() const override { return false; }
    QStringList notes() const override;

    char delimiter() const { return m_delimiter; }

    static constexpr qint64 MaxQuotedLines = 200;
    static constexpr qsizetype MaxQuotedBytes = qsizetype(1) << 20;

private:
    enum class Trouble
    {
        None,
        NeverCloses,  // before the end of the file
        Unterminated, // on its line, read literally
        ClosedMidField,
        Runaway
    };
    struct ParsedRecord
    {
        QList<QByteArray> fields;
        qsizetype end = 0;     // offset in m_buffer after the record and its line break
        qint64 lineBreaks = 0; // inside quoted values
        Trouble trouble = Trouble::None;
        int troubleField = -1;
    };
    enum class Parse
    {
        Record,
        NeedMore
    };

    void scan();
    bool readMore();
    Parse parse(qsizetype start, bool literalQuotes, ParsedRecord& out) const;
    // Parses the record at m_pos, reading more of the file as needed; false at the end of the file.
    bool nextRecord(ParsedRecord& record, bool& literal, Trouble& trouble, int& troubleField, qint64& line);
    QString decode(const QByteArray& bytes, bool* invalid) const;
    char detectDelimiter(const QByteArray& headerLine) const;

    QString m_path;
    QString m_fileName;
    QString m_layerName;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false; // the whole file is in m_buffer
    char m_delimiter = ',';
    bool m_latin1 = false;
    bool m_someInvalidUtf8 = false;
    QStringList m_columns;
    qint64 m_line = 1;      // line of the next record
    qint64 m_dataLines = 0; // lines after the header, from the scan
    qint64 m_records = 0;
    qint64 m_blankLines = 0;
    qint64 m_longestSpanLine = 0; // record whose quoted values span the most lines
    qint64 m_longestSpan = 0;
};

} // namespace recoupe
