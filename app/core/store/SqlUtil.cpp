// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlUtil.h"

#include "Error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace recoupe::sql {

namespace {

[[noreturn]] void fail(const QSqlError& error, const QString& statement)
{
    throw Error(QCoreApplication::translate("Store", "Database error: %1 (in: %2)")
                    .arg(error.text(), statement.simplified().left(200)));
}

} // namespace

QSqlQuery prepare(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError(), statement);
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

QSqlQuery exec(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, statement);
    int i = 0;
    for (const QVariant& value : values)
        query.bindValue(i++, value);
    exec(query);
    return query;
}

QVariant scalar(QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

sqlite3* sqliteHandle(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Error(QCoreApplication::translate("Store", "The project is not an SQLite database"));
    return *static_cast<sqlite3* const*>(handle.data());
}

Transaction::Transaction(QSqlDatabase& db) : m_db(db)
{
    // Inside another transaction this one is a savepoint: a batch of commands is one transaction,
    // and a failed command inside it rolls back only its own part.
    static int counter = 0;
    if (!sqlite3_get_autocommit(sqliteHandle(m_db))) {
        m_savepoint = QStringLiteral("recoupe_%1").arg(++counter);
        exec(m_db, QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    } else if (!m_db.transaction()) {
        fail(m_db.lastError(), QStringLiteral("BEGIN"));
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint.isEmpty()) {
        m_db.rollback();
        return;
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO %1").arg(m_savepoint));
    q.exec(QStringLiteral("RELEASE %1").arg(m_savepoint));
}

void Transaction::commit()
{
    if (!m_savepoint.isEmpty())
        exec(m_db, QStringLiteral("RELEASE %1").arg(m_savepoint));
    else if (!m_db.commit())
        fail(m_db.lastError(), QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace recoupe::sql
