// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/SnapshotMetadata.h"

#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace recoupe::exporting {

namespace {

QJsonArray sources(QSqlDatabase& db)
{
    QJsonArray out;
    QSqlQuery q = sql::exec(
        db, QStringLiteral("SELECT s.name, s.licence, s.attribution, "
                           "(SELECT count(*) FROM raw_record r WHERE r.source_id = s.id AND r.removed = 0), "
                           "(SELECT max(imported_at) FROM import_run i WHERE i.source_id = s.id) "
                           "FROM source s ORDER BY s.name"));
    while (q.next()) {
        out.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()},
                               {QStringLiteral("licence"), q.value(1).toString()},
                               {QStringLiteral("attribution"), q.value(2).toString()},
                               {QStringLiteral("records"), q.value(3).toLongLong()},
                               {QStringLiteral("last_import"), q.value(4).toString()}});
    }
    return out;
}

} // namespace

QString defaultTitle(const QString& isoDate)
{
    return QCoreApplication::translate("Export",
                                       "Tiers lieux in France: coworkings and fablabs (snapshot of %1)")
        .arg(isoDate);
}

QJsonObject metadataJson(QSqlDatabase& db, const ExportOptions& options, const SnapshotFacts& facts,
                         const ExportResult& result, const QString& schemaFileName)
{
    QJsonObject byType;
    for (auto it = facts.byType.cbegin(); it != facts.byType.cend(); ++it)
        byType.insert(it.key(), it.value());
    QJsonArray byRegion;
    for (auto it = facts.byRegion.cbegin(); it != facts.byRegion.cend(); ++it) {
        byRegion.append(QJsonObject{{QStringLiteral("code"), it.key()},
                                    {QStringLiteral("name"), facts.regionNames.value(it.key())},
                                    {QStringLiteral("places"), it.value()}});
    }
    QJsonArray omitted;
    if (options.publicOnly) {
        for (const QString& c : personalColumns(options.layout))
            omitted.append(QCoreApplication::translate("Export", "column %1 (personal data)").arg(c));
        omitted.append(QCoreApplication::translate("Export",
                                                   "%1 e-mail addresses and %2 telephone numbers found "
                                                   "inside other fields")
                           .arg(result.emailsRemoved)
                           .arg(result.phonesRemoved));
        omitted.append(QCoreApplication::translate("Export", "internal notes of the curators"));
    }
    const QString date = facts.createdAt.left(10);
    QJsonObject dialect{
        {QStringLiteral("delimiter"), options.semicolon ? QStringLiteral(";") : QStringLiteral(",")},
        {QStringLiteral("header"), true},
        {QStringLiteral("encoding"), QStringLiteral("utf-8")}};
    return QJsonObject{
        {QStringLiteral("title"), options.title.isEmpty() ? defaultTitle(date) : options.title},
        {QStringLiteral("description"),
         options.description.isEmpty()
             ? QCoreApplication::translate(
                   "Export",
                   "The national database of tiers lieux (coworking spaces and fablabs) curated by the "
                   "ANCT with Recoupe from the sources listed below: duplicates merged, places "
                   "checked, geography computed from the bundled boundaries.")
             : options.description},
        {QStringLiteral("publisher"),
         QStringLiteral("ANCT (Agence nationale de la cohésion des territoires)")},
        {QStringLiteral("licence"), QStringLiteral("Licence Ouverte 2.0")},
        {QStringLiteral("license"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("etalab-2.0")},
                     {QStringLiteral("title"), QStringLiteral("Licence Ouverte 2.0")},
                     {QStringLiteral("path"),
                      QStringLiteral("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")}}},
        {QStringLiteral("last_update"), facts.lastUpdate},
        {QStringLiteral("created"), facts.createdAt},
        {QStringLiteral("file"), facts.fileName},
        {QStringLiteral("format"), formatKey(options.format)},
        {QStringLiteral("layout"), layoutKey(options.layout)},
        {QStringLiteral("public"), options.publicOnly},
        {QStringLiteral("filter"), options.filterDescription},
        {QStringLiteral("sha256"), facts.sha256},
        {QStringLiteral("snapshot"), result.snapshotId},
        {QStringLiteral("places"), facts.places},
        {QStringLiteral("places_by_type"), byType},
        {QStringLiteral("places_by_region"), byRegion},
        {QStringLiteral("sources"), sources(db)},
        {QStringLiteral("left_out"), omitted},
        {QStringLiteral("dialect"), dialect},
        {QStringLiteral("schema"), schemaFileName},
    };
}

QJsonObject tableSchema(const ExportOptions& options, const QList<Column>& columns)
{
    QJsonArray fields;
    for (const Column& c : columns) {
        QJsonObject f{{QStringLiteral("name"), c.name},
                      {QStringLiteral("description"), c.description},
                      {QStringLiteral("type"), c.type == ColumnType::Integer  ? QStringLiteral("integer")
                                               : c.type == ColumnType::Number ? QStringLiteral("number")
                                                                              : QStringLiteral("string")}};
        if (c.type == ColumnType::Number && options.format == Format::Csv && options.semicolon)
            f.insert(QStringLiteral("decimalChar"), QStringLiteral(","));
        if (c.longitude)
            f.insert(QStringLiteral("constraints"),
                     QJsonObject{{QStringLiteral("minimum"), -180}, {QStringLiteral("maximum"), 180}});
        if (c.latitude)
            f.insert(QStringLiteral("constraints"),
                     QJsonObject{{QStringLiteral("minimum"), -90}, {QStringLiteral("maximum"), 90}});
        if (c.name == QLatin1String("ID") || c.name == QLatin1String("place_id"))
            f.insert(QStringLiteral("constraints"),
                     QJsonObject{{QStringLiteral("required"), true}, {QStringLiteral("unique"), true}});
        fields.append(f);
    }
    return QJsonObject{
        {QStringLiteral("$schema"),
         QStringLiteral("https://specs.frictionlessdata.io/schemas/table-schema.json")},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("primaryKey"),
         options.layout == Layout::Cget2019 ? QStringLiteral("ID") : QStringLiteral("place_id")},
        {QStringLiteral("missingValues"), QJsonArray{QString()}},
    };
}

} // namespace recoupe::exporting
