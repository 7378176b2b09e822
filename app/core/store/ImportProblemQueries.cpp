// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ImportProblemQueries.h"

#include "store/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace recoupe::queries {

namespace {
const QString LatestImports = QStringLiteral(
    "FROM import_run i JOIN source s ON s.id = i.source_id WHERE i.id = (SELECT max(j.id) FROM import_run j "
    "WHERE j.source_id = i.source_id)");
}

qint64 latestImportProblemCount(QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT coalesce(sum(json_array_length(i.problems)), 0) ") +
                               LatestImports)
        .toLongLong();
}

QList<SourceImportProblems> latestImportProblems(QSqlDatabase& db)
{
    QList<SourceImportProblems> out;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT s.name, i.file_name, i.imported_at, i.problems ") +
                                    LatestImports + QStringLiteral(" ORDER BY s.name"));
    while (q.next()) {
        SourceImportProblems s{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(3).toByteArray()).array()) {
            const QJsonObject o = v.toObject();
            s.problems.append(
                {qint64(o.value(QLatin1String("line")).toDouble()), o.value(QLatin1String("key")).toString(),
                 o.value(QLatin1String("column")).toString(), o.value(QLatin1String("value")).toString(),
                 o.value(QLatin1String("message")).toString()});
        }
        if (!s.problems.isEmpty())
            out.append(s);
    }
    return out;
}

} // namespace recoupe::queries
