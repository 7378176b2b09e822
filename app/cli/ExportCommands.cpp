// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ExportCommands.h"

#include "Error.h"
#include "cli/CommandSupport.h"
#include "export/ExportColumns.h"
#include "export/Exporter.h"
#include "export/SnapshotDiff.h"
#include "store/SnapshotStore.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace recoupe::cli {

namespace {

qint64 snapshotArgument(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(
            QCoreApplication::translate("cli", "\"%1\" is not a snapshot id (see recoupe-cli snapshots)")
                .arg(text));
    return id;
}

} // namespace

QString ExportCommand::summary() const
{
    return QCoreApplication::translate(
        "cli", "Export a dated snapshot of the places (CSV, GeoJSON, GeoPackage or XLSX) with its metadata "
               "sidecar and Table Schema, and record it in the project.");
}

int ExportCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this, QCoreApplication::translate("cli", "OUT: the file to write"));
    const QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("cli", "csv, geojson, gpkg or xlsx (default: from the file's extension, "
                                           "else csv)."),
        QStringLiteral("format"));
    const QCommandLineOption layout(
        QStringLiteral("layout"),
        QCoreApplication::translate("cli",
                                    "cget2019 (default: the CGET 2019 publication's columns) or "
                                    "recoupe (place ids, type, exclusion reason, geography, sources)."),
        QStringLiteral("layout"), QStringLiteral("cget2019"));
    const QCommandLineOption publicOnly(
        QStringLiteral("public"),
        QCoreApplication::translate("cli", "No personal data (contact names, e-mails, phones, also inside "
                                           "other fields) and no internal notes: for publication."));
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        QCoreApplication::translate("cli", "Only the places whose name, address, commune or postcode holds "
                                           "these words (as the window's search)."),
        QStringLiteral("text"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QCoreApplication::translate("cli", "Only the places of this type."),
                                  QStringLiteral("type"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        QCoreApplication::translate("cli", "Only the places of this région (INSEE code)."),
        QStringLiteral("code"));
    const QCommandLineOption semicolon(
        QStringLiteral("semicolon"),
        QCoreApplication::translate("cli", "CSV for French spreadsheets: semicolons, decimal commas, a byte "
                                           "order mark."));
    const QCommandLineOption title(QStringLiteral("title"),
                                   QCoreApplication::translate("cli", "Title in the metadata."),
                                   QStringLiteral("text"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         QCoreApplication::translate("cli", "Description in the metadata."),
                                         QStringLiteral("text"));
    const QCommandLineOption noRecord(QStringLiteral("no-record"),
                                      QCoreApplication::translate("cli", "Do not record the snapshot in the "
                                                                         "project (a plain file export)."));
    for (const QCommandLineOption& o :
         {format, layout, publicOnly, filter, type, region, semicolon, title, description, noRecord})
        parser.addOption(o);
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 2)
        throw Error(QCoreApplication::translate("cli", "export takes one output file (see export --help)"));
    const QString out = parser.positionalArguments().at(1);

    exporting::ExportOptions options;
    const QString formatName =
        parser.isSet(format) ? parser.value(format) : QFileInfo(out).suffix().toLower();
    const auto chosenFormat = exporting::formatFromKey(formatName);
    if (!chosenFormat && parser.isSet(format))
        throw Error(
            QCoreApplication::translate("cli", "Unknown format \"%1\": use csv, geojson, gpkg or xlsx")
                .arg(formatName));
    options.format = chosenFormat.value_or(exporting::Format::Csv);
    const auto chosenLayout = exporting::layoutFromKey(parser.value(layout));
    if (!chosenLayout)
        throw Error(QCoreApplication::translate("cli", "Unknown layout \"%1\": use cget2019 or recoupe")
                        .arg(parser.value(layout)));
    options.layout = *chosenLayout;
    options.publicOnly = parser.isSet(publicOnly);
    options.semicolon = parser.isSet(semicolon);
    if (options.semicolon && options.format != exporting::Format::Csv)
        throw Error(QCoreApplication::translate("cli", "--semicolon is for CSV only"));
    if (parser.isSet(filter))
        options.filter.text = parser.value(filter);
    if (parser.isSet(type)) {
        const PlaceType t = placeTypeFromKey(parser.value(type));
        if (placeTypeKey(t) != parser.value(type))
            throw Error(QCoreApplication::translate("cli", "Unknown type \"%1\"").arg(parser.value(type)));
        options.filter.type = t;
    }
    if (parser.isSet(region))
        options.filter.region = parser.value(region);
    options.filterDescription = exporting::filterDescription(options.filter);
    options.title = parser.value(title);
    options.description = parser.value(description);
    options.record = !parser.isSet(noRecord);

    Store store(projectPath(parser, context), options.record ? Store::Access::Write : Store::Access::Read);
    const exporting::ExportResult result = exporting::Exporter(store).run(out, options);
    if (result.snapshotId)
        context.out << QCoreApplication::translate("cli", "Snapshot %1: %2 places written to %3 in %4 s "
                                                          "(SHA-256 %5).")
                           .arg(result.snapshotId)
                           .arg(result.places)
                           .arg(result.file)
                           .arg(result.seconds, 0, 'f', 2)
                           .arg(result.sha256)
                    << '\n';
    else
        context.out << QCoreApplication::translate("cli", "%1 places written to %2 in %3 s (not recorded).")
                           .arg(result.places)
                           .arg(result.file)
                           .arg(result.seconds, 0, 'f', 2)
                    << '\n';
    context.out << QCoreApplication::translate("cli", "Metadata: %1; Table Schema: %2.")
                       .arg(result.metadataFile, result.schemaFile)
                << '\n';
    if (options.publicOnly)
        context.out << QCoreApplication::translate("cli",
                                                   "Left out: columns %1; %2 e-mail addresses and %3 "
                                                   "telephone numbers inside other fields; internal notes.")
                           .arg(result.omittedColumns.join(QStringLiteral(", ")))
                           .arg(result.emailsRemoved)
                           .arg(result.phonesRemoved)
                    << '\n';
    else
        context.err << QCoreApplication::translate("cli",
                                                   "This snapshot holds personal data (%1): do not publish "
                                                   "it; --public leaves it out.")
                           .arg(exporting::personalColumns(options.layout).join(QStringLiteral(", ")))
                    << '\n';
    if (result.formulasNeutralised)
        context.out << QCoreApplication::translate("cli", "%1 text cells that a spreadsheet would run as "
                                                          "formulas were neutralised (a leading apostrophe).")
                           .arg(result.formulasNeutralised)
                    << '\n';
    return 0;
}

QString SnapshotsCommand::summary() const
{
    return QCoreApplication::translate("cli", "List the snapshots exported from the project, oldest first.");
}

int SnapshotsCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this);
    parser.addOption(formatOption());
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 1)
        throw Error(QCoreApplication::translate("cli", "%1 takes no file (see %1 --help)").arg(name()));
    const TableWriter::Format listFormat = formatFrom(parser);
    Store store(projectPath(parser, context), Store::Access::Read);
    const QList<snapshots::SnapshotInfo> all = snapshots::list(store.database());
    context.out.flush();
    writeListing(
        snapshots::listColumns(),
        [&](const queries::RowSink& sink) {
            for (const snapshots::SnapshotInfo& s : all)
                sink(snapshots::listValues(s));
        },
        listFormat);
    return 0;
}

QString DiffCommand::summary() const
{
    return QCoreApplication::translate("cli", "The differences between two snapshots: places added, removed, "
                                              "merged, split, reclassified, moved, changed.");
}

int DiffCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this, QCoreApplication::translate("cli", "SNAPSHOT_A SNAPSHOT_B"));
    parser.addOption(formatOption());
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 3)
        throw Error(QCoreApplication::translate("cli", "diff takes two snapshot ids (see diff --help)"));
    const qint64 a = snapshotArgument(parser.positionalArguments().at(1));
    const qint64 b = snapshotArgument(parser.positionalArguments().at(2));
    const TableWriter::Format listFormat = formatFrom(parser);
    Store store(projectPath(parser, context), Store::Access::Read);
    const QList<exporting::SnapshotChange> changes = exporting::diffSnapshots(store.database(), a, b);
    context.out.flush();
    writeListing(
        exporting::diffColumns(),
        [&](const queries::RowSink& sink) {
            for (const exporting::SnapshotChange& c : changes)
                sink({c.change, c.placeId, c.field, c.oldValue, c.newValue});
        },
        listFormat);
    return 0;
}

} // namespace recoupe::cli
