// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenProject.h"

#include "store/GeographyStore.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace recoupe {

namespace {

Store::Access accessFor(const QString& path)
{
    const QFileInfo file(path);
    return file.exists() && !file.isWritable() ? Store::Access::Read : Store::Access::Create;
}

} // namespace

OpenProject::OpenProject(const QString& path)
    : store(std::make_unique<Store>(path, accessFor(path))), m_lock(path + QStringLiteral(".lock"))
{
    // A window keeps the project open for hours: the lock is stale only when its process is gone.
    m_lock.setStaleLockTime(0);
    if (!m_lock.tryLock(0) && m_lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        m_lock.getLockInfo(&pid, &host, &application);
        m_openElsewhere =
            QCoreApplication::translate(
                "OpenProject", "This project is already open in another window (%1, process %2 on %3): "
                               "what is changed there shows here only once the project is opened again.")
                .arg(application.isEmpty() ? QStringLiteral("Recoupe") : application)
                .arg(pid)
                .arg(host);
    }
    if (readOnly())
        return;
    // A project written before geography (schema 4 → 5), or by a Recoupe with other boundary layers:
    // its places get their geography once, here.
    QSqlDatabase& db = store->database();
    if (geography::needsUpdate(db)) {
        sql::Transaction transaction(db);
        geography::updateStale(db);
        transaction.commit();
    }
}

QStringList OpenProject::notices() const
{
    QStringList out = store->notices();
    if (readOnly())
        out << QCoreApplication::translate("OpenProject",
                                           "This project is read-only (its file cannot be written): you can "
                                           "browse, filter and check it, but not change it.");
    if (!m_openElsewhere.isEmpty())
        out << m_openElsewhere;
    return out;
}

} // namespace recoupe
