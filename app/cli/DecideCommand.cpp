// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DecideCommand.h"

#include "Error.h"
#include "cli/CommandSupport.h"
#include "cli/ProjectSession.h"
#include "match/MatchRecord.h"

#include <QCoreApplication>

namespace recoupe::cli {

QString DecideCommand::summary() const
{
    return QCoreApplication::translate("cli",
                                       "Record a decision (same, different, unsure) on a pair of records.");
}

int DecideCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this);
    const QString sourceHelp = QCoreApplication::translate("cli", "Source name of record %1 (see sources).");
    const QString keyHelp = QCoreApplication::translate("cli", "Key of record %1 in its source.");
    const QCommandLineOption sourceA(QStringLiteral("source-a"), sourceHelp.arg(QStringLiteral("A")),
                                     QStringLiteral("name"));
    const QCommandLineOption keyA(QStringLiteral("key-a"), keyHelp.arg(QStringLiteral("A")),
                                  QStringLiteral("key"));
    const QCommandLineOption sourceB(QStringLiteral("source-b"),
                                     QCoreApplication::translate("cli",
                                                                 "Source name of record B (default: the "
                                                                 "source of A)."),
                                     QStringLiteral("name"));
    const QCommandLineOption keyB(QStringLiteral("key-b"), keyHelp.arg(QStringLiteral("B")),
                                  QStringLiteral("key"));
    const QCommandLineOption decision(QStringLiteral("decision"),
                                      QCoreApplication::translate("cli", "same, different or unsure."),
                                      QStringLiteral("decision"));
    const QCommandLineOption note(QStringLiteral("note"),
                                  QCoreApplication::translate("cli", "Why (kept with the decision)."),
                                  QStringLiteral("text"));
    const QCommandLineOption undo(
        QStringLiteral("undo"),
        QCoreApplication::translate("cli", "Forget the decision on the pair instead."));
    parser.addOptions({sourceA, keyA, sourceB, keyB, decision, note, undo});
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 1)
        throw Error(QCoreApplication::translate("cli", "decide takes no file (see decide --help)"));
    for (const auto* option : {&sourceA, &keyA, &keyB}) {
        if (!parser.isSet(*option))
            throw Error(QCoreApplication::translate("cli", "decide needs --%1 (see decide --help)")
                            .arg(option->names().constFirst()));
    }
    const match::PairKey pair{parser.value(sourceA), parser.value(keyA),
                              parser.isSet(sourceB) ? parser.value(sourceB) : parser.value(sourceA),
                              parser.value(keyB)};
    ProjectSession project(projectPath(parser, context));
    QString error;
    if (parser.isSet(undo)) {
        if (!edit::decidePair(project.session, pair, std::nullopt, {}, &error))
            throw Error(error);
        context.out << QCoreApplication::translate("cli",
                                                   "Decision forgotten: the pair may be proposed again.")
                    << '\n';
        return 0;
    }
    const auto value = match::decisionFromKey(parser.value(decision));
    if (!value)
        throw Error(
            QCoreApplication::translate("cli", "--decision must be same, different or unsure, not \"%1\"")
                .arg(parser.value(decision)));
    if (!edit::decidePair(project.session, pair, *value, parser.value(note), &error))
        throw Error(error);
    const PairKey p = pair.canonical();
    context.out << QCoreApplication::translate("cli", "Decided %1: %2 %3 / %4 %5 (by %6)")
                       .arg(decisionKey(*value), p.sourceA, p.keyA, p.sourceB, p.keyB, Store::currentUser())
                << '\n';
    return 0;
}

} // namespace recoupe::cli
