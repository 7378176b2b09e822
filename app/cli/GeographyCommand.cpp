// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/GeographyCommand.h"

#include "Error.h"
#include "cli/CommandSupport.h"
#include "store/AuditLog.h"
#include "store/GeographyStore.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace recoupe::cli {

QString GeographyCommand::summary() const
{
    return QCoreApplication::translate(
        "cli", "Compute the région, département, EPCI and zones d'emploi of the places.");
}

int GeographyCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this);
    const QCommandLineOption stale(
        QStringLiteral("stale"),
        QCoreApplication::translate("cli", "Only places without geography or moved since."));
    parser.addOption(stale);
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 1)
        throw Error(QCoreApplication::translate("cli", "%1 takes no file (see %1 --help)").arg(name()));
    Store store(projectPath(parser, context));
    QSqlDatabase& db = store.database();
    sql::Transaction transaction(db);
    const geography::GeographyRun run =
        parser.isSet(stale) ? geography::updateStale(db) : geography::updateAll(db);
    audit::append(db, {QStringLiteral("geography"), QStringLiteral("project"), 0, QString(), QVariant(),
                       QVariant(),
                       QJsonObject{{QStringLiteral("places"), run.places},
                                   {QStringLiteral("located"), run.located},
                                   {QStringLiteral("nearest"), run.nearest},
                                   {QStringLiteral("unlocated"), run.unlocated}}});
    transaction.commit();
    context.out << QCoreApplication::translate("cli",
                                               "Geography of %1 places computed in %2 s: %3 in a département "
                                               "(%4 of them by the nearest one, within 2 km), %5 in none, %6 "
                                               "without coordinates.")
                       .arg(run.places)
                       .arg(run.seconds, 0, 'f', 2)
                       .arg(run.located)
                       .arg(run.nearest)
                       .arg(run.unlocated)
                       .arg(run.places - run.located - run.unlocated)
                << '\n';
    return 0;
}

} // namespace recoupe::cli
