// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ClassifyCommand.h"

#include "Error.h"
#include "classify/Suggestions.h"
#include "classify/TypeFit.h"
#include "cli/CommandSupport.h"
#include "cli/ProjectSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace recoupe::cli {

namespace {

QString suggestedText(const classify::SuggestionRow& row)
{
    return placeTypeKey(row.suggested);
}

QString reasonText(const classify::SuggestionRow& row)
{
    if (row.suggested == PlaceType::Excluded && row.suggestedExclusion != ExclusionReason::None)
        return exclusionReasonLabel(row.suggestedExclusion) + QStringLiteral(": ") + row.reason;
    return row.reason;
}

void printEvaluation(QTextStream& out, const classify::TypeEvaluation& e)
{
    out << QCoreApplication::translate("cli", "%1: accuracy %2 on %3 records; truth coworking → suggested "
                                              "coworking %4, fablab %5, excluded %6; truth fablab → "
                                              "coworking %7, fablab %8, excluded %9")
               .arg(e.name)
               .arg(e.accuracy(), 0, 'f', 3)
               .arg(e.records)
               .arg(e.confusion[0][0])
               .arg(e.confusion[0][1])
               .arg(e.confusion[0][2])
               .arg(e.confusion[1][0])
               .arg(e.confusion[1][1])
               .arg(e.confusion[1][2])
        << '\n';
}

QList<qint64> placeIds(const QStringList& values)
{
    QList<qint64> ids;
    for (const QString& v : values) {
        bool ok = false;
        const qint64 id = v.toLongLong(&ok);
        if (!ok || id <= 0)
            throw Error(QCoreApplication::translate("cli", "\"%1\" is not a place id").arg(v));
        ids.append(id);
    }
    return ids;
}

} // namespace

QString ClassifyCommand::summary() const
{
    return QCoreApplication::translate("cli", "Suggest and set the type of places (coworking, fablab, "
                                              "excluded, unknown).");
}

int ClassifyCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this, QStringLiteral("[PLACE_ID...]"));
    parser.addOption(formatOption());
    const QCommandLineOption suggest(
        QStringLiteral("suggest"),
        QCoreApplication::translate("cli", "List the suggested type of every place whose type is unknown or "
                                           "disputed (suggestions computed afresh)."));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QCoreApplication::translate("cli", "With --suggest: every place."));
    const QCommandLineOption type(
        QStringLiteral("type"),
        QCoreApplication::translate("cli", "Set the type of the places given: coworking, fablab, excluded or "
                                           "unknown."),
        QStringLiteral("type"));
    QStringList reasonKeys;
    for (ExclusionReason r : exclusionReasons())
        reasonKeys.append(exclusionReasonKey(r));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QCoreApplication::translate("cli", "With --type excluded: why (%1).")
                                        .arg(reasonKeys.join(QStringLiteral(", "))),
                                    QStringLiteral("reason"));
    const QCommandLineOption note(
        QStringLiteral("note"),
        QCoreApplication::translate("cli", "With --type excluded: a note (needed for the reason \"other\")."),
        QStringLiteral("text"));
    const QCommandLineOption accept(
        QStringLiteral("accept"),
        QCoreApplication::translate("cli", "Give the places given (none: every place whose type is unknown) "
                                           "their suggested type."));
    const QCommandLineOption evaluate(
        QStringLiteral("evaluate"),
        QCoreApplication::translate("cli", "Measure the suggestions on the records whose source says their "
                                           "type, that type hidden: 10-fold cross-validation and leave one "
                                           "source out."));
    const QCommandLineOption fit(
        QStringLiteral("fit"),
        QCoreApplication::translate("cli", "Fit the word model on the records whose source says their type "
                                           "and write it to this file (the bundled model's rules kept)."),
        QStringLiteral("file"));
    parser.addOptions({suggest, all, type, reason, note, accept, evaluate, fit});
    if (!parse(parser, arguments, context))
        return 0;
    const QStringList positional = parser.positionalArguments().mid(1);
    const int modes = int(parser.isSet(suggest)) + int(parser.isSet(type)) + int(parser.isSet(accept)) +
                      int(parser.isSet(evaluate)) + int(parser.isSet(fit));
    if (modes != 1)
        throw Error(QCoreApplication::translate(
            "cli", "classify needs exactly one of --suggest, --type, --accept, --evaluate or --fit (see "
                   "classify --help)"));

    if (parser.isSet(evaluate) || parser.isSet(fit)) {
        Store store(projectPath(parser, context), Store::Access::Read);
        const QList<classify::LabelledRecord> records = classify::labelledRecords(store.database());
        if (records.isEmpty())
            throw Error(QCoreApplication::translate("cli", "No record of this project has a type from its "
                                                           "source: nothing to fit or measure on"));
        const classify::TypeModel& base = classify::TypeModel::bundled();
        if (parser.isSet(evaluate)) {
            for (const classify::TypeEvaluation& e : classify::crossValidate(base, records, 10))
                printEvaluation(context.out, e);
            for (const classify::TypeEvaluation& e : classify::leaveOneSourceOut(base, records))
                printEvaluation(context.out, e);
            return 0;
        }
        classify::TypeModel model = classify::fitTypeModel(base, records);
        QStringList sources;
        for (const classify::LabelledRecord& r : records)
            if (!sources.contains(r.record.source))
                sources.append(r.record.source);
        model.setFittedOn(
            QStringLiteral("%1 records of %2").arg(records.size()).arg(sources.join(QStringLiteral(", "))));
        QSaveFile file(parser.value(fit));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(model.toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
            throw Error(QCoreApplication::translate("cli", "Cannot write %1: %2")
                            .arg(parser.value(fit), file.errorString()));
        context.err << QCoreApplication::translate("cli", "Fitted on %1 records (%2).")
                           .arg(records.size())
                           .arg(sources.join(QStringLiteral(", ")))
                    << '\n';
        return 0;
    }

    if (parser.isSet(suggest)) {
        if (!positional.isEmpty())
            throw Error(QCoreApplication::translate("cli", "--suggest takes no place id"));
        const TableWriter::Format format = formatFrom(parser);
        Store store(projectPath(parser, context), Store::Access::Write);
        classify::refreshAllSuggestions(store.database());
        const QList<classify::SuggestionRow> rows =
            classify::listSuggestions(store.database(), parser.isSet(all));
        writeListing(
            {QStringLiteral("place_id"), QStringLiteral("type"), QStringLiteral("suggested_type"),
             QStringLiteral("confidence"), QStringLiteral("reason")},
            [&](const queries::RowSink& sink) {
                for (const classify::SuggestionRow& r : rows)
                    sink({r.placeId, placeTypeKey(r.type), suggestedText(r),
                          QString::number(r.confidence, 'f', 3), reasonText(r)});
            },
            format);
        return 0;
    }

    ProjectSession project(projectPath(parser, context));
    QString error;
    int changed = 0;
    if (parser.isSet(accept)) {
        QList<qint64> ids = placeIds(positional);
        if (classify::placesWithoutSuggestion(project.store.database()) > 0)
            classify::refreshAllSuggestions(project.store.database());
        if (ids.isEmpty())
            for (const classify::SuggestionRow& r :
                 classify::listSuggestions(project.store.database(), false))
                if (r.type == PlaceType::Unknown)
                    ids.append(r.placeId);
        changed = edit::acceptSuggestions(project.session, ids, &error);
    } else {
        const QString key = parser.value(type).trimmed().toLower();
        if (!isPlaceTypeKey(key))
            throw Error(QCoreApplication::translate("cli", "Unknown type \"%1\": use coworking, fablab, "
                                                           "excluded or unknown")
                            .arg(parser.value(type)));
        if (parser.isSet(reason) && !isExclusionReasonKey(parser.value(reason)))
            throw Error(QCoreApplication::translate("cli", "Unknown reason \"%1\": use one of %2")
                            .arg(parser.value(reason), reasonKeys.join(QStringLiteral(", "))));
        if (positional.isEmpty())
            throw Error(QCoreApplication::translate("cli", "classify --type needs the ids of the places"));
        changed =
            edit::classifyPlaces(project.session, placeIds(positional), placeTypeFromKey(key),
                                 exclusionReasonFromKey(parser.value(reason)), parser.value(note), &error);
    }
    if (changed < 0)
        throw Error(error);
    context.err << QCoreApplication::translate("cli", "%n place(s) classified.", nullptr, changed) << '\n';
    return 0;
}

} // namespace recoupe::cli
