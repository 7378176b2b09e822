// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvFileWriter.h"

#include <QLocale>

#include <algorithm>

namespace recoupe::exporting {

CsvFileWriter::CsvFileWriter(const QString& path, const QList<Column>& columns, bool semicolon)
    : m_out(path), m_separator(semicolon ? ';' : ','), m_decimalComma(semicolon)
{
    if (semicolon)
        m_buffer += "\xEF\xBB\xBF";
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i)
            m_buffer += m_separator;
        append(columns.at(i).name);
    }
    m_buffer += "\r\n";
}

void CsvFileWriter::append(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    // One pass over the text (most cells need no quotes).
    const bool quoted = std::any_of(utf8.cbegin(), utf8.cend(), [this](char c) {
        return c == m_separator || c == '"' || c == '\n' || c == '\r';
    });
    if (quoted) {
        m_buffer += '"';
        for (char c : utf8) {
            if (c == '"')
                m_buffer += '"';
            m_buffer += c;
        }
        m_buffer += '"';
    } else {
        m_buffer += utf8;
    }
}

void CsvFileWriter::write(const QVariantList& values, const std::optional<double>&,
                          const std::optional<double>&)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_buffer += m_separator;
        const QVariant& v = values.at(i);
        if (v.isNull())
            continue;
        switch (v.typeId()) {
        case QMetaType::Double: {
            // The shortest text that reads back as the same double: coordinates keep every digit they had.
            QByteArray n = QByteArray::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
            if (m_decimalComma)
                n.replace('.', ',');
            m_buffer += n;
            break;
        }
        case QMetaType::LongLong:
        case QMetaType::Int:
            m_buffer += QByteArray::number(v.toLongLong());
            break;
        default:
            append(v.toString());
        }
    }
    m_buffer += "\r\n";
    m_out.flushWhenFull();
}

void CsvFileWriter::finish()
{
    m_sha256 = m_out.finish();
}

} // namespace recoupe::exporting
