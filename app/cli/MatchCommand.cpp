// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MatchCommand.h"

#include "Error.h"
#include "cli/CommandSupport.h"
#include "match/LabelEvaluation.h"
#include "match/MatchRunner.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace recoupe::cli {

QString MatchCommand::summary() const
{
    return QCoreApplication::translate("cli",
                                       "List candidate duplicate pairs (within and across sources) with a "
                                       "score, a verdict and an explanation.");
}

QStringList MatchCommand::columns()
{
    return {QStringLiteral("source_a"),    QStringLiteral("key_a"),     QStringLiteral("source_b"),
            QStringLiteral("key_b"),       QStringLiteral("score"),     QStringLiteral("verdict"),
            QStringLiteral("explanation"), QStringLiteral("group"),     QStringLiteral("name_a"),
            QStringLiteral("name_b"),      QStringLiteral("distance_m")};
}

int MatchCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this);
    parser.addOption(formatOption());
    const QCommandLineOption minScore(
        QStringLiteral("min-score"),
        QCoreApplication::translate("cli", "Only pairs scoring at least this (0 to 1; default: the review "
                                           "threshold). A value under the review threshold lowers it."),
        QStringLiteral("score"));
    const QCommandLineOption weights(QStringLiteral("weights"),
                                     QCoreApplication::translate("cli",
                                                                 "Match settings and weights (JSON) instead "
                                                                 "of the built-in ones."),
                                     QStringLiteral("file"));
    const QCommandLineOption evaluate(
        QStringLiteral("evaluate-labels"),
        QCoreApplication::translate("cli",
                                    "Instead of listing pairs, measure precision and recall on labelled "
                                    "pairs (id_a,id_b,label) against the baseline \"under 100 m and "
                                    "similar names\"."),
        QStringLiteral("file"));
    const QCommandLineOption fit(
        QStringLiteral("fit-labels"),
        QCoreApplication::translate("cli",
                                    "Like --evaluate-labels, then re-fit the weights on the labels, print "
                                    "cross-validated precision and recall and the new weights."),
        QStringLiteral("file"));
    const QCommandLineOption labelSource(
        QStringLiteral("label-source"),
        QCoreApplication::translate("cli", "Source whose keys the labels use (default \"CGET 2019\")."),
        QStringLiteral("name"), QStringLiteral("CGET 2019"));
    const QCommandLineOption sigma(
        QStringLiteral("sigma"),
        QCoreApplication::translate("cli", "Spread of the prior around the hand-set weights when fitting "
                                           "(default 4)."),
        QStringLiteral("sigma"), QStringLiteral("4"));
    const QCommandLineOption statistics(
        QStringLiteral("statistics"), QCoreApplication::translate("cli", "Print counts and time to the error "
                                                                         "output."));
    const QCommandLineOption noSave(
        QStringLiteral("no-save"),
        QCoreApplication::translate("cli",
                                    "Do not keep the candidates in the project (by default they replace "
                                    "those of the previous run, for the window's filter and map)."));
    parser.addOptions({minScore, weights, evaluate, fit, labelSource, sigma, statistics, noSave});
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 1)
        throw Error(QCoreApplication::translate("cli", "match takes no file (see match --help)"));
    const TableWriter::Format format = formatFrom(parser);
    match::MatchSettings settings = parser.isSet(weights)
                                        ? match::MatchSettings::fromFile(parser.value(weights))
                                        : match::MatchSettings{};
    double threshold = settings.reviewThreshold;
    if (parser.isSet(minScore)) {
        bool ok = false;
        threshold = parser.value(minScore).toDouble(&ok);
        if (!ok || threshold < 0 || threshold > 1)
            throw Error(
                QCoreApplication::translate("cli", "--min-score takes a number from 0 to 1, not \"%1\"")
                    .arg(parser.value(minScore)));
        settings.reviewThreshold = std::min(settings.reviewThreshold, threshold);
        settings.sameThreshold = std::max(settings.sameThreshold, settings.reviewThreshold);
    }

    match::MatchRunner runner(projectPath(parser, context), settings);
    const match::MatchResult result = runner.run();
    if (parser.isSet(statistics)) {
        const auto& s = result.statistics;
        context.err << QCoreApplication::translate("cli",
                                                   "%1 records, %2 pairs compared, %3 same, %4 to review, "
                                                   "%5 groups, %6 s")
                           .arg(s.records)
                           .arg(s.comparedPairs)
                           .arg(s.samePairs)
                           .arg(s.reviewPairs)
                           .arg(s.groups)
                           .arg(s.seconds, 0, 'f', 2)
                    << Qt::endl;
        QStringList sizes;
        for (const auto& [records, groups] : s.groupSizes.byRecords)
            sizes << QStringLiteral("%1×%2").arg(groups).arg(records);
        context.err << QCoreApplication::translate("cli", "review groups by records: %1 (largest %2)")
                           .arg(sizes.join(QStringLiteral(", ")))
                           .arg(s.groupSizes.largest)
                    << Qt::endl;
    }

    const QString labelFile = parser.isSet(fit) ? parser.value(fit) : parser.value(evaluate);
    if (!labelFile.isEmpty()) {
        match::LabelEvaluation evaluation(runner, result, parser.value(labelSource),
                                          match::LabelEvaluation::readLabels(labelFile));
        context.out << evaluation.report();
        if (parser.isSet(fit)) {
            const double s = parser.value(sigma).toDouble();
            const auto prior = match::MatchSettings::priorWeights();
            const auto cv = evaluation.crossValidated(prior, s, 5);
            context.out << QStringLiteral(
                               "\n5-fold cross-validated fit (prior sigma %1), verdict same at %2:\n"
                               "  TP %3  FP %4  FN %5  precision %6  recall %7\n")
                               .arg(s)
                               .arg(settings.sameThreshold)
                               .arg(cv.truePositives)
                               .arg(cv.falsePositives)
                               .arg(cv.falseNegatives)
                               .arg(cv.precision(), 0, 'f', 3)
                               .arg(cv.recall(), 0, 'f', 3);
            match::MatchSettings fitted = settings;
            fitted.weights = evaluation.fitAll(prior, s);
            context.out << QStringLiteral(
                               "\nweights fitted on all labels (paste into MatchSettings::fittedWeights() "
                               "or pass with --weights):\n")
                        << QString::fromUtf8(QJsonDocument(fitted.toJson()).toJson(QJsonDocument::Indented));
            for (int f = 0; f < match::FeatureCount; ++f) {
                // The enumerator's name from the machine name: "same_point" → "SamePoint".
                QString enumerator;
                for (const QString& part : match::featureName(match::Feature(f)).split(QLatin1Char('_')))
                    enumerator += part.left(1).toUpper() + part.mid(1);
                context.out << QStringLiteral("    w[%1] = %2;\n")
                                   .arg(enumerator)
                                   .arg(fitted.weights[size_t(f)], 0, 'f', 3);
            }
        }
        return 0;
    }

    context.out.flush();
    const auto& records = runner.records();
    writeListing(
        columns(),
        [&](const queries::RowSink& sink) {
            for (const match::CandidatePair& p : result.pairs) {
                if (parser.isSet(minScore) && p.score < threshold)
                    continue; // without --min-score: every pair kept, also those kept for review by rule
                const match::MatchRecord* a = &records[p.a];
                const match::MatchRecord* b = &records[p.b];
                const match::PairKey key = runner.pairKey(p);
                if (key.sourceA != a->source || key.keyA != a->key)
                    std::swap(a, b);
                sink({a->source, a->key, b->source, b->key, QString::number(p.score, 'f', 3),
                      match::verdictKey(p.verdict), match::PairScorer::explain(p.evidence), p.group, a->name,
                      b->name,
                      p.evidence.distanceMetres >= 0 ? QVariant(qRound(p.evidence.distanceMetres))
                                                     : QVariant()});
            }
        },
        format);
    if (!parser.isSet(noSave))
        runner.save(result, parser.isSet(minScore) ? threshold : 0.0);
    return 0;
}

} // namespace recoupe::cli
