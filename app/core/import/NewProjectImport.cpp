// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/NewProjectImport.h"

#include "Error.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace recoupe {

namespace {

const QString partSuffix = QStringLiteral(".importing-");

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// 0, or the errno of the failure.
int syncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return errno;
    const int error = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return error;
}

} // namespace

int removeAbandonedNewProjects(const QString& projectPath)
{
    const QFileInfo project(projectPath);
    QDir folder = project.absoluteDir();
    int removed = 0;
    const QStringList parts =
        folder.entryList({project.fileName() + partSuffix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
    for (const QString& name : parts) {
        bool ok = false;
        // "P.recoupe.importing-1234"; its companions ("-wal", "-journal") go with it.
        const qint64 pid = name.mid(project.fileName().size() + partSuffix.size()).toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // its import is still running
        removeWithCompanions(folder.filePath(name));
        ++removed;
    }
    return removed;
}

std::optional<ImportReport> importIntoNewProject(const QString& projectPath, const QString& file,
                                                 const ImportOptions& options, const ImportProgress& progress)
{
    const QString part = projectPath + partSuffix + QString::number(QCoreApplication::applicationPid());
    removeWithCompanions(part);
    ImportReport report;
    try {
        {
            Store store(part, Store::Access::Create);
            QSqlDatabase& db = store.database();
            sql::exec(db, QStringLiteral("PRAGMA journal_mode = OFF"));
            sql::exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
            report = Importer(store).run(file, options, progress);
            // The project is left as every other is: write-ahead log, normal syncs.
            sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        }
        if (const int error = syncPath(part, false); error != 0)
            throw Error(QCoreApplication::translate("NewProjectImport", "Cannot write the project %1: %2")
                            .arg(projectPath, QString::fromLocal8Bit(std::strerror(error))));
    } catch (...) {
        removeWithCompanions(part);
        throw;
    }
    const QByteArray from = QFile::encodeName(part), to = QFile::encodeName(projectPath);
    int moved = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    if (moved != 0 && errno == EINVAL) {
        // A file system without RENAME_NOREPLACE: a hard link fails as well when the name is taken.
        moved = ::link(from.constData(), to.constData());
        if (moved == 0)
            ::unlink(from.constData());
    }
    if (moved != 0) {
        const int error = errno;
        removeWithCompanions(part);
        if (error == EEXIST)
            return std::nullopt;
        throw Error(QCoreApplication::translate("NewProjectImport", "Cannot write the project %1: %2")
                        .arg(projectPath, QString::fromLocal8Bit(std::strerror(error))));
    }
    removeWithCompanions(part); // a -wal or -shm left by the closed connection, if any
    syncPath(QFileInfo(projectPath).absolutePath(), true);
    return report;
}

} // namespace recoupe
