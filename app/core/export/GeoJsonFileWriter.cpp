// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/GeoJsonFileWriter.h"

#include <QLocale>

#include <cmath>

namespace recoupe::exporting {

GeoJsonFileWriter::GeoJsonFileWriter(const QString& path, const QList<Column>& columns) : m_out(path)
{
    for (const Column& c : columns) {
        m_buffer.clear();
        appendString(c.name.toUtf8());
        m_keys << m_buffer + ": ";
    }
    m_buffer = "{\n\"type\": \"FeatureCollection\",\n\"name\": \"tiers_lieux\",\n\"features\": [\n";
}

void GeoJsonFileWriter::appendString(const QByteArray& utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_buffer += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_buffer += '\\';
            m_buffer += c;
        } else if (u >= 0x20) {
            m_buffer += c;
        } else if (c == '\n') {
            m_buffer += "\\n";
        } else if (c == '\r') {
            m_buffer += "\\r";
        } else if (c == '\t') {
            m_buffer += "\\t";
        } else {
            m_buffer += "\\u00";
            m_buffer += hex[u >> 4];
            m_buffer += hex[u & 0xf];
        }
    }
    m_buffer += '"';
}

void GeoJsonFileWriter::appendNumber(double value)
{
    // JSON has no NaN or infinity.
    if (std::isfinite(value))
        m_buffer += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_buffer += "null";
}

void GeoJsonFileWriter::write(const QVariantList& values, const std::optional<double>& lon,
                              const std::optional<double>& lat)
{
    m_buffer += m_first ? "{ \"type\": \"Feature\", \"properties\": { "
                        : ",\n{ \"type\": \"Feature\", "
                          "\"properties\": { ";
    m_first = false;
    for (qsizetype i = 0; i < values.size() && i < m_keys.size(); ++i) {
        if (i)
            m_buffer += ", ";
        m_buffer += m_keys.at(i);
        const QVariant& v = values.at(i);
        if (v.isNull()) {
            m_buffer += "null";
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Double:
            appendNumber(v.toDouble());
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
            m_buffer += QByteArray::number(v.toLongLong());
            break;
        default:
            appendString(v.toString().toUtf8());
        }
    }
    m_buffer += " }, \"geometry\": ";
    if (lon && lat && std::isfinite(*lon) && std::isfinite(*lat)) {
        // Seven decimals (about a centimetre): RFC 7946's advice, and what GDAL writes by default.
        auto rounded = [](double v) { return std::round(v * 1e7) / 1e7; };
        m_buffer += "{ \"type\": \"Point\", \"coordinates\": [ ";
        m_buffer += QByteArray::number(rounded(*lon), 'f', QLocale::FloatingPointShortest);
        m_buffer += ", ";
        m_buffer += QByteArray::number(rounded(*lat), 'f', QLocale::FloatingPointShortest);
        m_buffer += " ] } }";
    } else {
        m_buffer += "null }";
    }
    m_out.flushWhenFull();
}

void GeoJsonFileWriter::finish()
{
    m_buffer += "\n]\n}\n";
    m_sha256 = m_out.finish();
}

} // namespace recoupe::exporting
