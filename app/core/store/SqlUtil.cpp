// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlUtil.h"

#include "Error.h"

#include <QCoreApplication>
#include <QSqlError>

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

Transaction::Transaction(QSqlDatabase& db) : m_db(db)
{
    if (!m_db.transaction())
        fail(m_db.lastError(), QStringLiteral("BEGIN"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        fail(m_db.lastError(), QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace recoupe::sql
