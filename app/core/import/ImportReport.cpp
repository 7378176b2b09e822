// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportReport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace recoupe {

QJsonArray ImportReport::problemsJson() const
{
    QJsonArray out;
    for (const ImportProblem& p : problems) {
        out.append(QJsonObject{{QStringLiteral("line"), p.line},
                               {QStringLiteral("key"), p.sourceKey},
                               {QStringLiteral("column"), p.column},
                               {QStringLiteral("value"), p.value},
                               {QStringLiteral("message"), p.message}});
    }
    return out;
}

QString ImportReport::summary() const
{
    return QCoreApplication::translate("ImportReport",
                                       "%1 → source \"%2\" (profile %3): %4 rows read; %5 added, %6 changed, "
                                       "%7 removed, %8 unchanged; %9 values could not be used.")
               .arg(fileName, sourceName, profileId)
               .arg(rows)
               .arg(added)
               .arg(changed)
               .arg(removed)
               .arg(unchanged)
               .arg(problems.size()) +
           (notes.isEmpty() ? QString() : QLatin1Char('\n') + notes.join(QLatin1Char('\n')));
}

} // namespace recoupe
