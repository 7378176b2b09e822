// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CheckCommand.h"

#include "Error.h"
#include "check/Checker.h"
#include "cli/CommandSupport.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace recoupe::cli {

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("cli", "List the data-quality problems of the places, and fix them.");
}

int CheckCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this);
    parser.addOption(formatOption());
    const QCommandLineOption fix(
        QStringLiteral("fix"),
        QCoreApplication::translate("cli", "Apply the fixes of the problems with this code "
                                           "(or \"all\"), then list what remains. Codes: %1.")
            .arg(check::codes().join(QStringLiteral(", "))),
        QStringLiteral("code"));
    const QCommandLineOption code(
        QStringLiteral("code"), QCoreApplication::translate("cli", "List only the problems with this code."),
        QStringLiteral("code"));
    parser.addOptions({fix, code});
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 1)
        throw Error(QCoreApplication::translate("cli", "%1 takes no file (see %1 --help)").arg(name()));
    const TableWriter::Format format = formatFrom(parser);
    for (const QCommandLineOption* option : {&fix, &code}) {
        const QString value = parser.value(*option);
        if (parser.isSet(*option) && !check::codes().contains(value) &&
            !(option == &fix && value == QLatin1String("all")))
            throw Error(QCoreApplication::translate("cli", "Unknown problem code \"%1\": use one of %2")
                            .arg(value, check::codes().join(QStringLiteral(", "))));
    }
    Store store(projectPath(parser, context));
    std::vector<check::Problem> problems = check::run(store.database());
    {
        sql::Transaction transaction(store.database());
        check::save(store.database(), problems);
        transaction.commit();
    }
    if (parser.isSet(fix)) {
        std::vector<check::Problem> chosen;
        for (const check::Problem& p : problems)
            if (parser.value(fix) == QLatin1String("all") || p.code == parser.value(fix))
                chosen.push_back(p);
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{store, stack, notifier};
        QString error;
        const int fixed = check::applyFixes(session, chosen, &error);
        if (!error.isEmpty())
            throw Error(QCoreApplication::translate("cli", "The fixes could not be applied: %1").arg(error));
        context.err << QCoreApplication::translate("cli", "%1 problems fixed.").arg(fixed) << '\n';
        context.err.flush();
        problems = check::run(store.database());
    }
    context.out.flush();
    writeListing(
        check::columns(),
        [&](const queries::RowSink& sink) {
            for (const check::Problem& p : problems)
                if (!parser.isSet(code) || p.code == parser.value(code))
                    sink(check::row(p));
        },
        format);
    return 0;
}

} // namespace recoupe::cli
