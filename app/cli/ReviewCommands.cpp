// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReviewCommands.h"

#include "Error.h"
#include "cli/CommandSupport.h"
#include "cli/ProjectSession.h"
#include "review/MergeProposal.h"
#include "store/ReviewQueries.h"

#include <QCoreApplication>

namespace recoupe::cli {

namespace {

qint64 placeIdArgument(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(QCoreApplication::translate("cli", "\"%1\" is not a place id (see places)").arg(text));
    return id;
}

// "FIELD=VALUE" → the field and the value; "position" names longitude and latitude together.
std::pair<QList<Field>, QString> fieldAssignment(const QString& text, const QString& option)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString key = eq < 0 ? text : text.left(eq).trimmed();
    if (eq < 0)
        throw Error(
            QCoreApplication::translate("cli", "--%1 takes FIELD=VALUE, not \"%2\"").arg(option, text));
    if (key == QLatin1String("position"))
        return {{Field::Lon, Field::Lat}, text.mid(eq + 1)};
    const std::optional<Field> field = fieldFromKey(key);
    if (!field)
        throw Error(QCoreApplication::translate("cli", "Unknown field \"%1\" in --%2 (fields: %3, position)")
                        .arg(key, option, fieldKeys().join(QStringLiteral(", "))));
    return {{*field}, text.mid(eq + 1)};
}

} // namespace

QString MergeCommand::summary() const
{
    return QCoreApplication::translate(
        "cli", "Merge places into the first one, field by field (prints the kept place id).");
}

int MergeCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this, QCoreApplication::translate("cli", "PLACE_ID PLACE_ID [...]"));
    const QCommandLineOption take(
        QStringLiteral("take"),
        QCoreApplication::translate(
            "cli", "Take FIELD from the place PLACE_ID (repeatable; the field position takes "
                   "longitude and latitude)."),
        QStringLiteral("FIELD=PLACE_ID"));
    const QCommandLineOption set(
        QStringLiteral("set"),
        QCoreApplication::translate("cli", "Give FIELD a value typed by hand (repeatable)."),
        QStringLiteral("FIELD=VALUE"));
    parser.addOptions({take, set});
    if (!parse(parser, arguments, context))
        return 0;
    const QStringList ids = parser.positionalArguments().mid(1);
    if (ids.size() < 2)
        throw Error(
            QCoreApplication::translate("cli", "merge needs at least two place ids (see merge --help)"));
    QList<qint64> places;
    for (const QString& id : ids)
        places << placeIdArgument(id);

    ProjectSession project(projectPath(parser, context));
    QSqlDatabase& db = project.store.database();
    review::MergeProposal proposal = review::proposeMerge(db, places.first(), places);
    const auto choose = [&](Field field, const QVariant& value, qint64 origin) {
        for (FieldChoice& c : proposal.plan.fields) {
            if (c.field == field) {
                c.value = value;
                c.originRecordId = origin;
            }
        }
    };
    for (const QString& t : parser.values(take)) {
        const auto [fields, value] = fieldAssignment(t, QStringLiteral("take"));
        const qint64 from = placeIdArgument(value);
        const qsizetype index = places.indexOf(from);
        if (index < 0)
            throw Error(
                QCoreApplication::translate("cli", "--take %1: place %2 is not one of the merged places")
                    .arg(t)
                    .arg(from));
        // Offers are in the proposal's order: kept first, then the others as given.
        const qsizetype offer = index;
        for (Field field : fields) {
            const review::FieldOffer& o = proposal.offers.at(int(field)).at(offer);
            choose(field, o.value, o.originRecordId);
        }
    }
    for (const QString& s : parser.values(set)) {
        const auto [fields, value] = fieldAssignment(s, QStringLiteral("set"));
        for (Field field : fields) {
            const edit::CheckedValue checked = edit::checkField(field, value);
            if (!checked.problem.isEmpty())
                throw Error(QCoreApplication::translate("cli", "--set %1: %2").arg(s, checked.problem));
            choose(field, edit::storedValue(field, checked.value), 0);
        }
    }
    QString error;
    if (!edit::mergePlaces(project.session, proposal.plan, &error))
        throw Error(error);
    context.out << proposal.plan.kept << '\n';
    return 0;
}

QString SplitCommand::summary() const
{
    return QCoreApplication::translate(
        "cli", "Split a merged place back into the places it absorbed (prints their ids).");
}

int SplitCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this, QCoreApplication::translate("cli", "PLACE_ID"));
    const QCommandLineOption pairs(
        QStringLiteral("pairs"),
        QCoreApplication::translate("cli",
                                    "What the pairs between the restored places become: different (default), "
                                    "unsure, or none (proposed again)."),
        QStringLiteral("decision"), QStringLiteral("different"));
    parser.addOption(pairs);
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 2)
        throw Error(QCoreApplication::translate("cli", "split takes one place id (see split --help)"));
    const qint64 placeId = placeIdArgument(parser.positionalArguments().at(1));
    std::optional<Decision> become;
    if (parser.value(pairs) != QLatin1String("none")) {
        become = decisionFromKey(parser.value(pairs));
        if (!become || *become == Decision::Same)
            throw Error(
                QCoreApplication::translate("cli", "--pairs must be different, unsure or none, not \"%1\"")
                    .arg(parser.value(pairs)));
    }
    ProjectSession project(projectPath(parser, context));
    QString error;
    const QList<qint64> restored = edit::splitPlace(project.session, placeId, become, &error);
    if (restored.isEmpty())
        throw Error(error);
    for (qint64 id : restored)
        context.out << id << '\n';
    return 0;
}

QString ReviewCommand::summary() const
{
    return QCoreApplication::translate(
        "cli",
        "List the review queue of the last search (pairs by group, with their decisions) as CSV or JSON.");
}

int ReviewCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this);
    parser.addOption(formatOption());
    const QCommandLineOption undecided(QStringLiteral("undecided"),
                                       QCoreApplication::translate("cli", "Only the pairs still to decide."));
    parser.addOption(undecided);
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 1)
        throw Error(QCoreApplication::translate("cli", "review takes no file (see review --help)"));
    const TableWriter::Format format = formatFrom(parser);
    Store store(projectPath(parser, context));
    const QStringList columns{
        QStringLiteral("group"),    QStringLiteral("place_a"),    QStringLiteral("place_b"),
        QStringLiteral("source_a"), QStringLiteral("key_a"),      QStringLiteral("source_b"),
        QStringLiteral("key_b"),    QStringLiteral("score"),      QStringLiteral("verdict"),
        QStringLiteral("decision"), QStringLiteral("explanation")};
    const bool onlyUndecided = parser.isSet(undecided);
    context.out.flush();
    writeListing(
        columns,
        [&](const queries::RowSink& sink) {
            queries::forEachReviewPair(store.database(), [&](const queries::ReviewPair& p) {
                if (onlyUndecided && p.decision)
                    return;
                sink({p.group, p.placeA, p.placeB, p.sourceA, p.keyA, p.sourceB, p.keyB,
                      QString::number(p.score, 'f', 3), verdictKey(p.verdict),
                      p.decision ? decisionKey(*p.decision) : QString(), p.explanation});
            });
        },
        format);
    return 0;
}

} // namespace recoupe::cli
