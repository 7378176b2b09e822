// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/SourceColumns.h"

#include "Error.h"
#include "import/MappingProfile.h"
#include "import/ProfileRegistry.h"
#include "store/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace recoupe::check {

namespace {

// Columns no mapping profile maps, by the names sources give them: a geocoder's score and a
// département code. Matched ignoring case, in this order.
const QStringList& precisionNames()
{
    static const QStringList names{QStringLiteral("PRECISION"), QStringLiteral("result_score"),
                                   QStringLiteral("geocoding_score"), QStringLiteral("score_geocodage"),
                                   QStringLiteral("precision_geocodage")};
    return names;
}

const QStringList& departementNames()
{
    static const QStringList names{QStringLiteral("INSEEDEP"),    QStringLiteral("code_departement"),
                                   QStringLiteral("code_dep"),    QStringLiteral("code_dept"),
                                   QStringLiteral("num_dep"),     QStringLiteral("dep"),
                                   QStringLiteral("departement"), QStringLiteral("result_depcode")};
    return names;
}

QStringList present(const QStringList& header, const QStringList& wanted)
{
    QStringList out;
    for (const QString& name : wanted)
        for (const QString& column : header)
            if (column.compare(name, Qt::CaseInsensitive) == 0 && !out.contains(column))
                out << column;
    return out;
}

QStringList mapped(const MappingProfile& profile, Field field)
{
    QStringList out;
    for (const auto& getter : profile.getters(field))
        for (const QString& column : getter.columns)
            if (!out.contains(column))
                out << column;
    return out;
}

MappingProfile profileFor(const QString& id, const QStringList& header)
{
    try {
        return ProfileRegistry::builtIn().find(id).resolvedFor(header);
    } catch (const Error&) {
        return ProfileRegistry::builtIn().find(QStringLiteral("generic")).resolvedFor(header);
    }
}

// A JSON path for SQLite naming one key, as an SQL string literal: '$."KEY"'.
QString pathLiteral(const QString& key)
{
    QString path = QStringLiteral("$.\"") + key + QLatin1Char('"');
    path.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + path + QLatin1Char('\'');
}

} // namespace

QHash<qint64, SourceColumns> sourceColumns(QSqlDatabase& db)
{
    QHash<qint64, QStringList> headers;
    QSqlQuery runs = sql::exec(db, QStringLiteral("SELECT source_id, columns FROM import_run"));
    while (runs.next()) {
        QStringList& header = headers[runs.value(0).toLongLong()];
        for (const QJsonValue& v : QJsonDocument::fromJson(runs.value(1).toByteArray()).array())
            if (!header.contains(v.toString()))
                header << v.toString();
    }
    QHash<qint64, SourceColumns> out;
    QSqlQuery sources = sql::exec(db, QStringLiteral("SELECT id, name, profile FROM source"));
    while (sources.next()) {
        SourceColumns s;
        s.name = sources.value(1).toString();
        s.profile = sources.value(2).toString();
        const QStringList header = headers.value(sources.value(0).toLongLong());
        MappingProfile profile;
        try {
            profile = profileFor(s.profile, header);
        } catch (const Error&) {
            // No profile at all: only the columns known by name are read.
        }
        s.columns[size_t(RawSlot::Website)] = mapped(profile, Field::Website);
        s.columns[size_t(RawSlot::Twitter)] = mapped(profile, Field::Twitter);
        s.columns[size_t(RawSlot::Facebook)] = mapped(profile, Field::Facebook);
        s.columns[size_t(RawSlot::Postcode)] = mapped(profile, Field::Postcode);
        s.columns[size_t(RawSlot::Precision)] = present(header, precisionNames());
        s.columns[size_t(RawSlot::Departement)] = present(header, departementNames());
        out.insert(sources.value(0).toLongLong(), s);
    }
    return out;
}

QString rawValueColumns(const QHash<qint64, SourceColumns>& sources, const QString& sourceIdColumn,
                        const QString& attributesColumn)
{
    QStringList expressions;
    for (int slot = 0; slot < RawSlotCount; ++slot) {
        QString cases;
        for (auto it = sources.begin(); it != sources.end(); ++it) {
            QStringList reads;
            for (const QString& column : it->columns[size_t(slot)])
                if (!column.contains(QLatin1Char('"')))
                    reads
                        << QStringLiteral("json_extract(%1, %2)").arg(attributesColumn, pathLiteral(column));
            if (reads.isEmpty())
                continue;
            // The first column the record has a value in, as the import mapped it (empty values are not
            // kept in the attributes).
            cases += QStringLiteral(" WHEN %1 THEN %2")
                         .arg(it.key())
                         .arg(reads.size() == 1
                                  ? reads.first()
                                  : QStringLiteral("coalesce(%1)").arg(reads.join(QLatin1String(", "))));
        }
        expressions << (cases.isEmpty() ? QStringLiteral("NULL")
                                        : QStringLiteral("CASE %1%2 END").arg(sourceIdColumn, cases));
    }
    return expressions.join(QLatin1String(", "));
}

} // namespace recoupe::check
