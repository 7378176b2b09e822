// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvSourceReader.h"

#include "Error.h"
#include "import/TextDecoding.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace recoupe {

namespace {

// Gives lupdate and the runtime the same translation context.
struct SourceReaderText
{
    Q_DECLARE_TR_FUNCTIONS(SourceReader)
};

constexpr qint64 BlockSize = qint64(1) << 20;

QString listed(const QStringList& names)
{
    // A row missing twenty fields is named by its first five.
    if (names.size() <= 5)
        return names.join(QStringLiteral(", "));
    return names.mid(0, 5).join(QStringLiteral(", ")) + QStringLiteral(", …");
}

} // namespace

CsvSourceReader::CsvSourceReader(const QString& path)
    : m_path(path), m_fileName(QFileInfo(path).fileName()), m_layerName(QFileInfo(path).completeBaseName()),
      m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(SourceReaderText::tr("Cannot read %1: %2").arg(m_fileName, m_file.errorString()));
    scan();
    readMore();
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    // The whole header line, to choose the delimiter from it.
    while (!m_atEnd && m_buffer.indexOf('\n', m_pos) < 0)
        readMore();
    const qsizetype headerEnd = m_buffer.indexOf('\n', m_pos);
    m_delimiter = detectDelimiter(m_buffer.mid(m_pos, headerEnd < 0 ? -1 : headerEnd - m_pos));

    ParsedRecord header;
    bool literal = false;
    Trouble trouble = Trouble::None;
    int troubleField = -1;
    qint64 headerLine = 0;
    if (!nextRecord(header, literal, trouble, troubleField, headerLine))
        throw Error(SourceReaderText::tr("Cannot import %1: it holds no header line").arg(m_fileName));
    if (headerLine != 1)
        m_dataLines -= headerLine - 1; // blank lines before the header
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        bool invalid = false;
        QString name = decode(header.fields.at(i), &invalid).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("field_%1").arg(i + 1);
        m_columns << uniqueColumnName(name, m_columns);
    }
    m_blankLines = 0;
}

QString CsvSourceReader::rowWord() const
{
    return SourceReaderText::tr("line");
}

void CsvSourceReader::scan()
{
    // One pass before reading: the encoding of the whole file, its number of lines (for progress and to
    // see when far fewer records than lines come out), and a NUL byte, which no text table holds.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(SourceReaderText::tr("Cannot read %1: %2").arg(m_fileName, file.errorString()));
    qint64 lines = 0;
    Utf8Census census;
    QByteArray carried; // the start of a character cut by the end of the previous block
    char last = '\n';
    for (;;) {
        QByteArray block = file.read(4 * BlockSize);
        if (block.isEmpty())
            break;
        if (const void* nul = std::memchr(block.constData(), '\0', size_t(block.size()))) {
            const qsizetype at = static_cast<const char*>(nul) - block.constData();
            const qint64 line = lines + 1 + std::count(block.constData(), block.constData() + at, '\n');
            throw Error(SourceReaderText::tr("Cannot import %1: the file is binary, not a text table (a NUL "
                                             "byte on line %2)")
                            .arg(m_fileName)
                            .arg(line));
        }
        lines += std::count(block.cbegin(), block.cend(), '\n');
        last = block.back();
        if (!carried.isEmpty())
            block.prepend(carried);
        const qsizetype used = census.add(block.constData(), block.size(), false);
        carried = block.mid(used);
    }
    census.add(carried.constData(), carried.size(), true);
    if (last != '\n')
        ++lines;
    m_dataLines = std::max<qint64>(0, lines - 1);
    // A Latin-1 file gives mostly invalid sequences; a UTF-8 file with a few damaged values mostly valid.
    m_latin1 = census.invalid > census.nonAscii;
    m_someInvalidUtf8 = !m_latin1 && census.invalid > 0;
}

bool CsvSourceReader::readMore()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray block = m_file.read(BlockSize);
    if (block.isEmpty() && m_file.error() != QFileDevice::NoError)
        throw Error(SourceReaderText::tr("Cannot read %1: %2").arg(m_fileName, m_file.errorString()));
    m_buffer.append(block);
    if (block.isEmpty() || m_file.atEnd())
        m_atEnd = true;
    return true;
}

char CsvSourceReader::detectDelimiter(const QByteArray& headerLine) const
{
    // The candidate found most often outside quotes in the header; comma when none is.
    const char candidates[] = {',', ';', '\t', '|'};
    qsizetype counts[4] = {0, 0, 0, 0};
    bool quoted = false;
    for (const char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted)
            for (int i = 0; i < 4; ++i)
                counts[i] += c == candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 4; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

CsvSourceReader::Parse CsvSourceReader::parse(qsizetype start, bool literalQuotes, ParsedRecord& out) const
{
    const char* d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const char delimiter = m_delimiter;
    out = ParsedRecord{};
    qsizetype i = start;
    for (;;) {
        const qsizetype fieldStart = i;
        if (i < n && d[i] == '"') {
            QByteArray value;
            qsizetype j = i + 1;
            qint64 breaks = 0;
            Trouble trouble = Trouble::None;
            for (;;) {
                const auto* quote = static_cast<const char*>(std::memchr(d + j, '"', size_t(n - j)));
                const qsizetype stop = quote ? quote - d : n;
                const qint64 here = std::count(d + j, d + stop, '\n');
                if (literalQuotes && here > 0) {
                    trouble = Trouble::Unterminated;
                    break;
                }
                breaks += here;
                if (breaks > MaxQuotedLines || value.size() + (stop - j) > MaxQuotedBytes) {
                    trouble = Trouble::Runaway;
                    break;
                }
                value.append(d + j, stop - j);
                if (!quote) {
                    if (!m_atEnd)
                        return Parse::NeedMore;
                    trouble = literalQuotes ? Trouble::Unterminated : Trouble::NeverCloses;
                    break;
                }
                if (stop + 1 >= n) {
                    if (!m_atEnd)
                        return Parse::NeedMore;
                    j = stop + 1;
                    break;
                }
                const char next = d[stop + 1];
                if (next == '"') {
                    value.append('"');
                    j = stop + 2;
                    continue;
                }
                if (next == delimiter || next == '\n' || next == '\r') {
                    j = stop + 1;
                    break;
                }
                trouble = Trouble::ClosedMidField;
                break;
            }
            if (trouble != Trouble::None) {
                // A quote that closes lines later, however it closes, did not close on its own line.
                if (trouble == Trouble::ClosedMidField && breaks > 0)
                    trouble = Trouble::Unterminated;
                if (out.trouble == Trouble::None) {
                    out.trouble = trouble;
                    out.troubleField = int(out.fields.size());
                }
                if (!literalQuotes)
                    return Parse::Record; // read again with quotes as characters
                // The field as written, its quote included, up to the next delimiter on its line.
                qsizetype k = fieldStart;
                while (k < n && d[k] != delimiter && d[k] != '\n')
                    ++k;
                if (k >= n && !m_atEnd)
                    return Parse::NeedMore;
                qsizetype e = k;
                if (e > fieldStart && d[e - 1] == '\r' && (k >= n || d[k] == '\n'))
                    --e;
                value = QByteArray(d + fieldStart, e - fieldStart);
                j = k;
            } else {
                if (breaks > 0 && out.lineBreaks == 0)
                    out.troubleField = int(out.fields.size()); // the first value spanning lines
                out.lineBreaks += breaks;
            }
            out.fields.append(value);
            i = j;
        } else {
            // Unquoted: a quote here is an ordinary character (2,Cowork 12" pouces,...).
            qsizetype k = i;
            while (k < n && d[k] != delimiter && d[k] != '\n')
                ++k;
            if (k >= n && !m_atEnd)
                return Parse::NeedMore;
            qsizetype e = k;
            if (e > i && d[e - 1] == '\r' && (k >= n || d[k] == '\n'))
                --e;
            out.fields.append(QByteArray(d + i, e - i));
            i = k;
        }
        if (i < n && d[i] == '\r') {
            if (i + 1 >= n && !m_atEnd)
                return Parse::NeedMore;
            ++i;
            if (i < n && d[i] == '\n') {
                out.end = i + 1;
                return Parse::Record;
            }
            out.end = i; // an old Mac line end
            return Parse::Record;
        }
        if (i >= n) {
            out.end = n;
            return Parse::Record;
        }
        if (d[i] == '\n') {
            out.end = i + 1;
            return Parse::Record;
        }
        ++i; // the delimiter
        if (i >= n && !m_atEnd)
            return Parse::NeedMore;
    }
}

bool CsvSourceReader::nextRecord(ParsedRecord& record, bool& literal, Trouble& trouble, int& troubleField,
                                 qint64& line)
{
    // Blank lines are skipped (and counted, so that every line of the file is accounted for).
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!readMore())
                return false;
            continue;
        }
        const char c = m_buffer.at(m_pos);
        if (c == '\n') {
            ++m_pos;
            ++m_line;
            ++m_blankLines;
            continue;
        }
        if (c == '\r') {
            if (m_pos + 1 >= m_buffer.size() && readMore())
                continue;
            if (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == '\n') {
                m_pos += 2;
                ++m_line;
                ++m_blankLines;
                continue;
            }
        }
        break;
    }
    while (parse(m_pos, false, record) == Parse::NeedMore)
        readMore();
    trouble = record.trouble;
    troubleField = record.troubleField;
    if (trouble == Trouble::NeverCloses) {
        const QString column = m_columns.isEmpty() ? QString() : m_columns.value(troubleField);
        throw Error(
            SourceReaderText::tr("Cannot import %1: the quote that opens line %2 (column %3) never "
                                 "closes; the rest of the file would be one value. Remove the quote or "
                                 "close it.")
                .arg(m_fileName)
                .arg(m_line)
                .arg(column.isEmpty() ? QString::number(troubleField + 1) : column));
    }
    literal = trouble != Trouble::None ||
              (record.lineBreaks > 0 && !m_columns.isEmpty() && record.fields.size() != m_columns.size());
    if (literal) {
        while (parse(m_pos, true, record) == Parse::NeedMore)
            readMore();
    }
    line = m_line;
    if (!literal && record.lineBreaks > m_longestSpan) {
        m_longestSpan = record.lineBreaks;
        m_longestSpanLine = m_line;
    }
    m_line += 1 + (literal ? 0 : record.lineBreaks);
    m_pos = record.end;
    return true;
}

QString CsvSourceReader::decode(const QByteArray& bytes, bool* invalid) const
{
    if (bytes.isEmpty())
        return QStringLiteral("");
    if (m_latin1)
        return QString::fromLatin1(bytes);
    if (!m_someInvalidUtf8)
        return QString::fromUtf8(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    *invalid = true;
    return QString::fromLatin1(bytes);
}

bool CsvSourceReader::next(SourceRow& row)
{
    ParsedRecord record;
    bool literal = false;
    Trouble trouble = Trouble::None;
    int troubleField = -1;
    qint64 line = 0;
    if (!nextRecord(record, literal, trouble, troubleField, line))
        return false;
    ++m_records;
    row.line = line;
    row.problems.clear();
    row.structured.clear();
    row.lon.reset();
    row.lat.reset();
    const qsizetype expected = m_columns.size();
    const qsizetype found = record.fields.size();
    row.columns = m_columns;
    QStringList extras;
    for (qsizetype i = expected; i < found; ++i) {
        extras << uniqueColumnName(QStringLiteral("field_%1").arg(i + 1), row.columns);
        row.columns << extras.back();
    }
    row.values.resize(std::max(expected, found));
    for (qsizetype i = 0; i < found; ++i) {
        bool invalid = false;
        row.values[i] = decode(record.fields.at(i), &invalid);
        if (invalid)
            row.problems.append(
                {row.columns.at(i), row.values.at(i),
                 SourceReaderText::tr("the value is not valid UTF-8 (the rest of the file is); "
                                      "read as Latin-1")});
    }
    for (qsizetype i = found; i < expected; ++i)
        row.values[i] = QString();

    if (literal) {
        const QString column = row.columns.value(troubleField);
        QString message;
        switch (trouble) {
        case Trouble::ClosedMidField:
            message =
                SourceReaderText::tr("the quoted value holds a quote that is not doubled; it is kept as "
                                     "written, quotes included");
            break;
        case Trouble::None: // a quoted value spanning lines left the record with a wrong number of fields
        case Trouble::NeverCloses:
        case Trouble::Unterminated:
        case Trouble::Runaway:
            message =
                SourceReaderText::tr("the quote that opens this value does not close on this line; it is "
                                     "read as a character and the next lines as rows of their own");
            break;
        }
        row.problems.append({column, row.values.value(troubleField), message});
    }
    if (found > expected) {
        row.problems.append(
            {QString(), QString(),
             SourceReaderText::tr("%1 fields, the header has %2; the extra values are kept as %3")
                 .arg(found)
                 .arg(expected)
                 .arg(listed(extras))});
    } else if (found < expected) {
        row.problems.append({QString(), QString(),
                             SourceReaderText::tr("%1 fields, the header has %2; %3 left empty")
                                 .arg(found)
                                 .arg(expected)
                                 .arg(listed(m_columns.mid(found)))});
    }
    return true;
}

QStringList CsvSourceReader::notes() const
{
    QStringList out;
    if (m_latin1)
        out << SourceReaderText::tr("%1 is not UTF-8: it was read as Latin-1 (ISO 8859-1).").arg(m_fileName);
    // Every line is a record's first line, a line of a quoted value or blank; many lines of quoted values
    // usually mean a quote opened by mistake.
    const qint64 lines = m_dataLines - m_blankLines;
    if (m_records * 10 < lines * 9) {
        out << SourceReaderText::tr(
                   "%1 has %2 lines of data but gives %3 records: quoted values run over "
                   "several lines (the longest from line %4 to line %5). Check the quotes if "
                   "that is not expected.")
                   .arg(m_fileName)
                   .arg(lines)
                   .arg(m_records)
                   .arg(m_longestSpanLine)
                   .arg(m_longestSpanLine + m_longestSpan);
    }
    return out;
}

} // namespace recoupe
