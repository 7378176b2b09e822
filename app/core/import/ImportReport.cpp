// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportReport.h"

#include "import/JsonText.h"

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

QByteArray ImportReport::storedProblemsJson() const
{
    QByteArray out;
    out.reserve(qsizetype(problems.size()) * 160 + 2);
    out += '[';
    bool first = true;
    auto begin = [&out, &first](qint64 line) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"line\":";
        out += QByteArray::number(line);
    };
    auto field = [&out](const char* name, const QString& value) {
        out += ",\"";
        out += name;
        out += "\":";
        json::appendString(out, value);
    };
    for (const ImportProblem& p : problems) {
        begin(p.line);
        field("key", p.sourceKey);
        field("column", p.column);
        field("value", p.value);
        field("message", p.message);
        out += '}';
    }
    for (const QString& note : notes) {
        begin(0);
        field("message", note);
        out += '}';
    }
    out += ']';
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
