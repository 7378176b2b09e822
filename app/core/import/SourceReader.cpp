// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SourceReader.h"

#include "Error.h"
#include "import/JsonArrayReader.h"
#include "import/OgrSourceReader.h"
#include "import/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace recoupe {

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
    if (suffix == QLatin1String("json") && head.trimmed().startsWith('['))
        return std::make_unique<JsonArrayReader>(path);
    return std::make_unique<OgrSourceReader>(path, options);
}

} // namespace recoupe
