// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BulkStatement.h"

#include "Error.h"
#include "store/RowCursor.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace recoupe::sql {

BulkStatement::BulkStatement(QSqlDatabase& db, const QString& statement) : m_text(statement)
{
    m_db = sqliteHandle(db);
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        throwLastError(m_db, m_text);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

void BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void BulkStatement::bind(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void BulkStatement::bind(int index, const QString& text)
{
    bind(index, text.toUtf8());
}

void BulkStatement::bind(int index, std::optional<double> value)
{
    if (value)
        sqlite3_bind_double(m_statement, index + 1, *value);
    else
        sqlite3_bind_null(m_statement, index + 1);
}

qint64 BulkStatement::run()
{
    const int status = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (status != SQLITE_DONE && status != SQLITE_ROW)
        throwLastError(m_db, m_text);
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace recoupe::sql
