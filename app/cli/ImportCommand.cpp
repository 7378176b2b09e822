// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ImportCommand.h"

#include "Error.h"
#include "cli/CommandSupport.h"
#include "import/Importer.h"
#include "import/NewProjectImport.h"
#include "import/ProfileRegistry.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace recoupe::cli {

QString ImportCommand::summary() const
{
    return QCoreApplication::translate("cli",
                                       "Import a source file (CSV, XLSX, ODS, GeoJSON, GPKG, SHP, KML, JSON) "
                                       "into the project; re-importing a source updates it.");
}

int ImportCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this, QCoreApplication::translate("cli", "Source file to import."));
    const QCommandLineOption source(
        {QStringLiteral("s"), QStringLiteral("source")},
        QCoreApplication::translate("cli",
                                    "Source name in the project (default: the profile's source, else the "
                                    "file name). Re-importing under the same name updates that source."),
        QStringLiteral("name"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("cli", "Column mapping profile: %1, or a JSON file (default: detected).")
            .arg(ProfileRegistry::builtIn().ids().join(QStringLiteral(", "))),
        QStringLiteral("profile"));
    const QCommandLineOption maxSize(
        QStringLiteral("max-size"),
        QCoreApplication::translate("cli", "Largest file accepted, in MB (default 1024)."),
        QStringLiteral("MB"), QStringLiteral("1024"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cli", "Print the import report as JSON."));
    const QCommandLineOption quiet(
        {QStringLiteral("q"), QStringLiteral("quiet")},
        QCoreApplication::translate("cli", "Print only the summary, not each problem."));
    parser.addOptions({source, profile, maxSize, json, quiet});
    if (!parse(parser, arguments, context))
        return 0;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        throw Error(QCoreApplication::translate("cli", "import takes exactly one file (see import --help)"));

    const QString project = projectPath(parser, context);
    ImportOptions options;
    options.sourceName = parser.value(source);
    options.profile = parser.value(profile);
    options.maxFileSize = parser.value(maxSize).toLongLong() << 20;
    QElapsedTimer timer;
    timer.start();
    // A project that does not exist yet is made by its first import (see importIntoNewProject); when
    // another process made it meanwhile, this import goes into it as any other.
    removeAbandonedNewProjects(project);
    std::optional<ImportReport> made;
    const QFileInfo folder(QFileInfo(project).absolutePath());
    if (!QFileInfo::exists(project) && folder.isDir() && folder.isWritable())
        made = importIntoNewProject(project, positional.at(1), options);
    ImportReport report;
    if (made) {
        report = std::move(*made);
    } else {
        Store store(project, Store::Access::Create);
        for (const QString& notice : store.notices())
            context.err << notice << '\n';
        report = Importer(store).run(positional.at(1), options);
    }

    if (parser.isSet(json)) {
        QJsonObject object{{QStringLiteral("source"), report.sourceName},
                           {QStringLiteral("profile"), report.profileId},
                           {QStringLiteral("file"), report.fileName},
                           {QStringLiteral("layer"), report.layerName},
                           {QStringLiteral("rows"), report.rows},
                           {QStringLiteral("added"), report.added},
                           {QStringLiteral("changed"), report.changed},
                           {QStringLiteral("removed"), report.removed},
                           {QStringLiteral("unchanged"), report.unchanged},
                           {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
                           {QStringLiteral("problems"), report.problemsJson()},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return 0;
    }
    context.out << report.summary() << '\n';
    if (!parser.isSet(quiet)) {
        for (const ImportProblem& p : report.problems) {
            if (p.column.isEmpty())
                context.out << QCoreApplication::translate("cli", "  %1 %2 (key %3): %4")
                                   .arg(report.rowWord)
                                   .arg(p.line)
                                   .arg(p.sourceKey, p.message)
                            << '\n';
            else
                context.out << QCoreApplication::translate("cli", "  %1 %2 (key %3), column %4: %5")
                                   .arg(report.rowWord)
                                   .arg(p.line)
                                   .arg(p.sourceKey, p.column, p.message)
                            << '\n';
        }
    }
    return 0;
}

} // namespace recoupe::cli
