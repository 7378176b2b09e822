// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/DefaultProject.h"

#include "Error.h"
#include "import/Importer.h"
#include "match/MatchRunner.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

static void initBundledData()
{
    Q_INIT_RESOURCE(bundled_data);
}

namespace recoupe::defaultProject {

QString path()
{
    const QString fromEnvironment = qEnvironmentVariable("RECOUPE_DEFAULT_PROJECT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("recoupe/default.recoupe"));
}

void seed(const QString& projectPath)
{
    initBundledData();
    // GDAL reads files, not Qt resources: copy the bundled CSV next to nothing else, then import it.
    QTemporaryDir temporary;
    if (!temporary.isValid())
        throw Error(QCoreApplication::translate("DefaultProject", "Cannot create a temporary folder: %1")
                        .arg(temporary.errorString()));
    const QString csv = temporary.filePath(QStringLiteral("cget_tiers_lieux_2019.csv"));
    if (!QFile::copy(QStringLiteral(":/recoupe/data/cget_tiers_lieux_2019.csv"), csv))
        throw Error(QCoreApplication::translate("DefaultProject", "The bundled CGET database is missing"));
    {
        Store store(projectPath);
        Importer(store).run(csv, {QString(), QStringLiteral("cget-2019")});
    }
    // A first search for duplicates, so that a new user sees the candidates at once (0.1 s here).
    match::MatchRunner runner(projectPath);
    runner.save(runner.run());
}

QString ensure(const QString& projectPath)
{
    if (QFileInfo::exists(projectPath))
        return projectPath;
    QDir().mkpath(QFileInfo(projectPath).absolutePath());
    // Seed into a side file and rename, so an interrupted first start never leaves a half project.
    const QString partial = projectPath + QStringLiteral(".partial");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    seed(partial);
    if (!QFile::rename(partial, projectPath))
        throw Error(QCoreApplication::translate("DefaultProject", "Cannot create %1").arg(projectPath));
    return projectPath;
}

} // namespace recoupe::defaultProject
