// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/JsonArrayReader.h"

#include "Error.h"

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

// Lines where each top-level object of the array starts, so messages can name a line.
QList<qint64> objectLines(const QByteArray& text)
{
    QList<qint64> lines;
    qint64 line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
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
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (c == '{' && depth == 1)
                lines << line;
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return lines;
}

qint64 lineAtOffset(const QByteArray& text, qint64 offset)
{
    return text.left(offset).count('\n') + 1;
}

} // namespace

JsonArrayReader::JsonArrayReader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(SourceReaderText::tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray text = file.readAll();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(SourceReaderText::tr("Cannot read %1, line %2: %3")
                        .arg(QFileInfo(path).fileName())
                        .arg(lineAtOffset(text, error.offset))
                        .arg(error.errorString()));
    if (!doc.isArray())
        throw Error(SourceReaderText::tr("Cannot read %1: a JSON array of objects was expected").arg(QFileInfo(path).fileName()));
    m_items = doc.array();
    m_lines = objectLines(text);
    for (const QJsonValue& item : std::as_const(m_items)) {
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
        if (!item.isObject())
            continue;
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
        if (geometry.value(QLatin1String("type")).toString() == QLatin1String("Point") && coordinates.size() >= 2) {
            row.lon = coordinates.at(0).toDouble();
            row.lat = coordinates.at(1).toDouble();
        }
        return true;
    }
    return false;
}

} // namespace recoupe
