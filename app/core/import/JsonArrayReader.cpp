// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/JsonArrayReader.h"

#include "Error.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace recoupe {

namespace {

// Gives lupdate and the runtime the same translation context.
struct SourceReaderText
{
    Q_DECLARE_TR_FUNCTIONS(SourceReader)
};

// Lines where each item of the top-level array starts, so messages can name a line.
QList<qint64> itemLines(const QByteArray& text)
{
    QList<qint64> lines;
    qint64 line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool expectItem = false; // after the array's '[' or a ',' between its items
    for (const char c : text) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (expectItem && !space && c != ']') {
            lines << line;
            expectItem = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (depth == 0 && c == '[')
                expectItem = true;
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectItem = true;
        }
    }
    return lines;
}

QString jsonKind(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return SourceReaderText::tr("an array");
    case QJsonValue::String:
        return SourceReaderText::tr("a text");
    case QJsonValue::Double:
        return SourceReaderText::tr("a number");
    case QJsonValue::Bool:
        return SourceReaderText::tr("true or false");
    case QJsonValue::Null:
        return SourceReaderText::tr("null");
    default:
        return SourceReaderText::tr("an object");
    }
}

qint64 lineAtOffset(const QByteArray& text, qint64 offset)
{
    return text.left(offset).count('\n') + 1;
}

qint64 columnAtOffset(const QByteArray& text, qint64 offset)
{
    // lastIndexOf from -1 would search from the end.
    return offset - (offset > 0 ? text.lastIndexOf('\n', offset - 1) : -1);
}

} // namespace

JsonArrayReader::JsonArrayReader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            SourceReaderText::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray text = file.readAll();
    QJsonParseError error{};
    // Qt's error offset is just past the character that does not fit.
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(SourceReaderText::tr("Cannot read %1, line %2, column %3: %4")
                        .arg(QFileInfo(path).fileName())
                        .arg(lineAtOffset(text, std::max(0, error.offset - 1)))
                        .arg(columnAtOffset(text, std::max(0, error.offset - 1)))
                        .arg(error.errorString()));
    const QString fileName = QFileInfo(path).fileName();
    if (doc.isObject()) {
        const QStringList keys = doc.object().keys();
        throw Error(
            SourceReaderText::tr("Cannot import %1: a JSON array of objects was expected, but the file "
                                 "holds one object (keys: %2)")
                .arg(fileName, keys.mid(0, 8).join(QStringLiteral(", "))));
    }
    if (!doc.isArray())
        throw Error(
            SourceReaderText::tr("Cannot import %1: a JSON array of objects was expected").arg(fileName));
    m_items = doc.array();
    m_lines = itemLines(text);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const QJsonValue item = m_items.at(i);
        if (!item.isObject())
            throw Error(SourceReaderText::tr("Cannot import %1, line %2: item %3 of the array is %4, not an "
                                             "object")
                            .arg(fileName)
                            .arg(m_lines.value(i, 0))
                            .arg(i + 1)
                            .arg(jsonKind(item)));
        const QJsonObject object = item.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!m_columns.contains(it.key()))
                m_columns << it.key();
        }
    }
}

QString JsonArrayReader::rowWord() const
{
    return SourceReaderText::tr("line");
}

bool JsonArrayReader::next(SourceRow& row)
{
    while (m_next < m_items.size()) {
        const qsizetype index = m_next++;
        const QJsonValue item = m_items.at(index);
        row.line = index < m_lines.size() ? m_lines.at(index) : index + 1;
        const QJsonObject object = item.toObject();
        row.columns = m_columns;
        row.values.fill(QString(), m_columns.size());
        row.structured.fill(false, m_columns.size());
        for (auto it = object.begin(); it != object.end(); ++it) {
            const qsizetype i = m_columns.indexOf(it.key());
            const QJsonValue value = it.value();
            if (value.isString()) {
                row.values[i] = value.toString();
            } else if (!value.isNull() && !value.isUndefined()) {
                // Numbers, booleans, lists and objects stay JSON literals, exactly as in the file.
                const QByteArray literal = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
                row.values[i] = QString::fromUtf8(literal.mid(1, literal.size() - 2));
                row.structured[i] = true;
            }
        }
        row.lon.reset();
        row.lat.reset();
        const QJsonObject geometry = object.value(QLatin1String("geometry")).toObject();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        row.problems.clear();
        if (geometry.value(QLatin1String("type")).toString() == QLatin1String("Point")) {
            if (coordinates.size() >= 2 && coordinates.at(0).isDouble() && coordinates.at(1).isDouble()) {
                row.lon = coordinates.at(0).toDouble();
                row.lat = coordinates.at(1).toDouble();
            } else {
                const QByteArray written =
                    QJsonDocument(geometry.value(QLatin1String("coordinates")).toArray())
                        .toJson(QJsonDocument::Compact);
                row.problems.append({QStringLiteral("geometry"), QString::fromUtf8(written),
                                     SourceReaderText::tr("the point's coordinates are not two numbers; the "
                                                          "record has no position")});
            }
        }
        return true;
    }
    return false;
}

} // namespace recoupe
