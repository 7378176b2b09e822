// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include "Error.h"
#include "store/Schema.h"
#include "store/SqlUtil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>

namespace recoupe {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("recoupe-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Store::Store(const QString& path) : m_path(path), m_connectionName(uniqueConnectionName())
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw Error(QCoreApplication::translate("Store", "%1 is a folder, not a project file").arg(path));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        throw Error(QCoreApplication::translate("Store", "The SQLite driver of Qt is not installed"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        throw Error(QCoreApplication::translate("Store", "Cannot open project %1: %2").arg(path, reason));
    }
    try {
        // A file that is not SQLite fails on the first statement: say so plainly.
        {
            QSqlQuery probe(m_db);
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                throw Error(QCoreApplication::translate("Store", "%1 is not a Recoupe project (%2)")
                                .arg(path, probe.lastError().text()));
        }
        sql::exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        sql::exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -65536"));
        schema::migrate(m_db);
    } catch (...) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Store::~Store()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Store::schemaVersion()
{
    return sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
}

QString Store::currentUser()
{
    for (const char* name : {"RECOUPE_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

QString Store::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace recoupe
