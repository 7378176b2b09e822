// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportColumns.h"
#include "export/ExportOptions.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>

namespace recoupe::exporting {

// What the sidecars say besides the columns, gathered while the rows were written.
struct SnapshotFacts
{
    QString fileName;
    QString createdAt;  // ISO 8601 UTC
    QString lastUpdate; // the last change of an exported place (ISO date): the licence asks for it
    qint64 places = 0;
    QMap<QString, qint64> byType;   // type key → places
    QMap<QString, qint64> byRegion; // région code → places ("" without geography)
    QMap<QString, QString> regionNames;
    QString sha256;
};

// The metadata sidecar (data.gouv.fr): title, description, licence Licence Ouverte 2.0, dates, sources
// with their licences and attributions, counts by type and by région, what a public export left out.
QJsonObject metadataJson(QSqlDatabase& db, const ExportOptions& options, const SnapshotFacts& facts,
                         const ExportResult& result, const QString& schemaFileName);

// The frictionless Table Schema of the columns (https://specs.frictionlessdata.io/table-schema/).
QJsonObject tableSchema(const ExportOptions& options, const QList<Column>& columns);

// The default title: "Tiers lieux en France : coworkings et fablabs (instantané du …)".
QString defaultTitle(const QString& isoDate);

} // namespace recoupe::exporting
