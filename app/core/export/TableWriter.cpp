// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/TableWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace recoupe {

namespace {

QByteArray csvField(const QVariant& value)
{
    if (value.isNull())
        return {};
    QByteArray text = value.typeId() == QMetaType::Double ? QByteArray::number(value.toDouble(), 'f', 7)
                                                          : value.toString().toUtf8();
    if (text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r')) {
        text.replace("\"", "\"\"");
        text = '"' + text + '"';
    }
    return text;
}

class CsvWriter : public TableWriter
{
public:
    CsvWriter(QIODevice& out, const QStringList& columns) : m_out(out)
    {
        QVariantList header;
        for (const QString& c : columns)
            header << c;
        write(header);
    }
    void write(const QVariantList& values) override
    {
        QByteArray line;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                line += ',';
            line += csvField(values.at(i));
        }
        line += '\n';
        m_out.write(line);
    }
    void finish() override {}

private:
    QIODevice& m_out;
};

class JsonWriter : public TableWriter
{
public:
    JsonWriter(QIODevice& out, const QStringList& columns) : m_out(out), m_columns(columns)
    {
        m_out.write("[");
    }
    void write(const QVariantList& values) override
    {
        QJsonObject object;
        for (qsizetype i = 0; i < m_columns.size() && i < values.size(); ++i)
            object.insert(m_columns.at(i), QJsonValue::fromVariant(values.at(i)));
        m_out.write(m_first ? "\n" : ",\n");
        m_first = false;
        m_out.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    void finish() override { m_out.write("\n]\n"); }

private:
    QIODevice& m_out;
    QStringList m_columns;
    bool m_first = true;
};

} // namespace

std::unique_ptr<TableWriter> TableWriter::create(Format format, QIODevice& out, const QStringList& columns)
{
    if (format == Format::Json)
        return std::make_unique<JsonWriter>(out, columns);
    return std::make_unique<CsvWriter>(out, columns);
}

std::optional<TableWriter::Format> TableWriter::formatFromName(const QString& name)
{
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

} // namespace recoupe
