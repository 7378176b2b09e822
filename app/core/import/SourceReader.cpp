// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SourceReader.h"

#include "Error.h"
#include "import/CsvSourceReader.h"
#include "import/JsonArrayReader.h"
#include "import/JsonText.h"
#include "import/OgrSourceReader.h"
#include "import/TextDecoding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace recoupe {

QJsonObject SourceRow::attributes() const
{
    QJsonObject out;
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i) {
        const QString& value = values.at(i);
        if (value.isNull())
            continue;
        if (isStructured(i))
            out.insert(columns.at(i), QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0));
        else
            out.insert(columns.at(i), value);
    }
    return out;
}

QByteArray SourceRow::attributesJson() const
{
    QByteArray out;
    out.reserve(1024);
    appendAttributesJson(out);
    return out;
}

void SourceRow::appendAttributesJson(QByteArray& out) const
{
    out += '{';
    bool first = true;
    for (qsizetype i = 0; i < columns.size() && i < values.size(); ++i) {
        const QString& value = values.at(i);
        if (value.isEmpty())
            continue;
        if (!first)
            out += ',';
        first = false;
        json::appendString(out, columns.at(i));
        out += ':';
        if (isStructured(i))
            out += value.toUtf8();
        else
            json::appendString(out, value);
    }
    out += '}';
}

QByteArray SourceRow::digest(const QByteArray& attributesJson) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(attributesJson);
    if (lon && lat)
        hash.addData(QByteArray::number(*lon, 'g', 12) + ',' + QByteArray::number(*lat, 'g', 12));
    return hash.result().toHex();
}

QString uniqueColumnName(const QString& name, const QStringList& taken)
{
    if (!taken.contains(name))
        return name;
    int n = 2;
    while (taken.contains(name + QStringLiteral("_%1").arg(n)))
        ++n;
    return name + QStringLiteral("_%1").arg(n);
}

std::unique_ptr<SourceReader> openSource(const QString& path, const SourceOpenOptions& options)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    auto fail = [&name](const QString& reason) {
        return Error(QCoreApplication::translate("SourceReader", "Cannot import %1: %2").arg(name, reason));
    };
    if (!info.exists())
        throw fail(QCoreApplication::translate("SourceReader", "the file does not exist"));
    if (info.isDir())
        throw fail(QCoreApplication::translate("SourceReader", "it is a folder, not a file"));
    if (info.size() == 0)
        throw fail(QCoreApplication::translate("SourceReader", "the file is empty (0 bytes)"));
    if (info.size() > options.maxFileSize)
        throw fail(QCoreApplication::translate("SourceReader", "the file is %1 MB; the limit is %2 MB")
                       .arg(info.size() >> 20)
                       .arg(options.maxFileSize >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw fail(file.errorString());
    const QByteArray head = file.read(4096);
    file.close();

    const QString suffix = info.suffix().toLower();
    const bool text = suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ||
                      suffix == QLatin1String("tsv") || suffix == QLatin1String("json") ||
                      suffix == QLatin1String("geojson");
    if (text) {
        const QString problem = sniffTextProblem(head);
        if (!problem.isEmpty())
            throw fail(problem);
    }
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        return std::make_unique<CsvSourceReader>(path);
    // A .json file is GeoJSON when it says so; anything else must be an array of objects, and
    // JsonArrayReader says what it holds instead (one object where an array was expected...).
    if (suffix == QLatin1String("json") && !(head.trimmed().startsWith('{') && head.contains("\"Feature")))
        return std::make_unique<JsonArrayReader>(path);
    return std::make_unique<OgrSourceReader>(path, options);
}

} // namespace recoupe
