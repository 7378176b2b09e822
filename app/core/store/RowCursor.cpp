// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RowCursor.h"

#include "Error.h"
#include "store/SqlUtil.h"

#include <QLoggingCategory>
#include <QVariant>

#include <sqlite3.h>

namespace recoupe::sql {

void throwLastError(sqlite3* db, const QString& statement)
{
    qCDebug(lcSql) << "failed:" << sqlite3_errmsg(db) << "in:" << statement.simplified();
    throw Error(describe(QString::fromUtf8(sqlite3_db_filename(db, "main")), sqlite3_extended_errcode(db),
                         QString::fromUtf8(sqlite3_errmsg(db))));
}

void bindValue(sqlite3_stmt* s, int index, const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(s, index, v.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(s, index, v.toDouble());
        return;
    default:
        if (v.isNull()) {
            sqlite3_bind_null(s, index);
            return;
        }
        const QByteArray utf8 = v.toString().toUtf8();
        sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

RowCursor::RowCursor(QSqlDatabase& db, const QString& statement, const QVariantList& values)
    : RowCursor(sqliteHandle(db), statement, values)
{
}

RowCursor::RowCursor(sqlite3* handle, const QString& statement, const QVariantList& values)
    : m_db(handle), m_text(statement)
{
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        throwLastError(m_db, m_text);
    for (int i = 0; i < int(values.size()); ++i)
        bindValue(m_statement, i + 1, values.at(i));
}

RowCursor::~RowCursor()
{
    sqlite3_finalize(m_statement);
}

bool RowCursor::next()
{
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status == SQLITE_DONE)
        return false;
    throwLastError(m_db, m_text);
}

bool RowCursor::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RowCursor::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::optional<double> RowCursor::number(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(sqlite3_column_double(m_statement, column));
}

std::string_view RowCursor::utf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

QString RowCursor::text(int column) const
{
    const std::string_view v = utf8(column);
    return v.data() ? QString::fromUtf8(v.data(), qsizetype(v.size())) : QString();
}

} // namespace recoupe::sql
