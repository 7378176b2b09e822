// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MatchCommand.h"

#include "Error.h"
#include "cli/CommandSupport.h"
#include "match/LabelEvaluation.h"
#include "match/MatchRunner.h"
#include "store/Store.h"

#include "match/CrossLabelEvaluation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <memory>

namespace recoupe::cli {

namespace {

// One label file measured: intra-source pairs or a new source judged against the reference source.
struct LabelFile
{
    QString path;
    std::unique_ptr<match::LabelEvaluation> intra;
    std::unique_ptr<match::CrossLabelEvaluation> cross;
    std::vector<match::LogisticFit::Example> examples() const
    {
        return intra ? intra->allExamples() : cross->examples();
    }
};

bool isCrossLabelFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false; // readLabels() says why
    return match::CrossLabelEvaluation::isCrossHeader(QString::fromUtf8(file.readLine()));
}

// The by-source table row of figures: precision and recall of verdict `same`, share of the labelled
// duplicates among the candidates, review pairs per record.
QString row(const QString& name, double precision, double recall, double candidates, double review)
{
    return QStringLiteral("%1  %2  %3  %4  %5\n")
        .arg(name, -48)
        .arg(precision, 9, 'f', 3)
        .arg(recall, 6, 'f', 3)
        .arg(candidates, 10, 'f', 3)
        .arg(review, 17, 'f', 2);
}

QString tableHeader()
{
    return QStringLiteral("%1  precision  recall  candidates  review per record\n")
        .arg(QStringLiteral("labels"), -48);
}

// Review pairs within the source of intra labels, per record of that source.
double intraReviewPerRecord(const match::MatchRunner& runner, const match::MatchResult& result,
                            const QString& source)
{
    const auto& records = runner.records();
    qint64 count = 0;
    qint64 reviews = 0;
    for (const auto& r : records)
        count += r.source == source ? 1 : 0;
    for (const match::CandidatePair& p : result.pairs) {
        if (p.verdict == match::Verdict::Review && records[p.a].source == source &&
            records[p.b].source == source)
            ++reviews;
    }
    return count ? double(reviews) / double(count) : 0.0;
}

QString figuresRow(const LabelFile& file, const match::Weights* weights, double threshold, double intraReview)
{
    const QString name = QFileInfo(file.path).fileName();
    if (file.intra) {
        const auto c = weights ? file.intra->with(*weights, threshold) : file.intra->model();
        const auto candidates = file.intra->modelCandidates();
        return row(name, c.precision(), c.recall(), candidates.recall(), intraReview);
    }
    const auto f = weights ? file.cross->with(*weights, threshold) : file.cross->figures();
    return row(name + QStringLiteral(" (") + file.cross->newSource() + QLatin1Char(')'), f.precision(),
               f.recall(), f.candidateRecall(), f.reviewPerRecord());
}

} // namespace

void MatchCommand::evaluateLabels(const QStringList& paths, bool refit, const QString& reference,
                                  double sigma, const match::MatchRunner& runner,
                                  const match::MatchResult& result, const match::MatchSettings& settings,
                                  Context& context)
{
    std::vector<LabelFile> files;
    for (const QString& path : paths) {
        LabelFile file;
        file.path = path;
        if (isCrossLabelFile(path))
            file.cross = std::make_unique<match::CrossLabelEvaluation>(
                runner, result, reference, match::CrossLabelEvaluation::readLabels(path));
        else
            file.intra = std::make_unique<match::LabelEvaluation>(runner, result, reference,
                                                                  match::LabelEvaluation::readLabels(path));
        files.push_back(std::move(file));
    }
    const double intraReview = intraReviewPerRecord(runner, result, reference);
    for (const LabelFile& file : files) {
        context.out << QStringLiteral("== %1\n").arg(file.path);
        context.out << (file.intra ? file.intra->report() : file.cross->report()) << '\n';
    }
    context.out << QStringLiteral("verdict same by label file (unsure left out):\n") << tableHeader();
    for (const LabelFile& file : files)
        context.out << figuresRow(file, nullptr, settings.sameThreshold, intraReview);
    if (!refit)
        return;

    const auto prior = match::MatchSettings::priorWeights();
    if (files.size() > 1) {
        // Leave one label file (one source) out: fit on the others, measure on it.
        context.out << QStringLiteral("\nleave-one-source-out: fitted on the other files (prior sigma %1), "
                                      "measured on this one:\n")
                           .arg(sigma)
                    << tableHeader();
        for (size_t held = 0; held < files.size(); ++held) {
            std::vector<match::LogisticFit::Example> train;
            for (size_t i = 0; i < files.size(); ++i) {
                if (i != held) {
                    const auto e = files[i].examples();
                    train.insert(train.end(), e.begin(), e.end());
                }
            }
            const match::Weights w = match::LogisticFit::fit(train, prior, sigma);
            context.out << figuresRow(files[held], &w, settings.sameThreshold, intraReview);
        }
    }
    for (const LabelFile& file : files) {
        if (!file.intra)
            continue;
        const auto cv = file.intra->crossValidated(prior, sigma, 5);
        context.out << QStringLiteral(
                           "\n5-fold cross-validated fit on %1 alone (prior sigma %2), verdict same "
                           "at %3:\n  TP %4  FP %5  FN %6  precision %7  recall %8\n")
                           .arg(QFileInfo(file.path).fileName())
                           .arg(sigma)
                           .arg(settings.sameThreshold)
                           .arg(cv.truePositives)
                           .arg(cv.falsePositives)
                           .arg(cv.falseNegatives)
                           .arg(cv.precision(), 0, 'f', 3)
                           .arg(cv.recall(), 0, 'f', 3);
    }
    std::vector<match::LogisticFit::Example> all;
    for (const LabelFile& file : files) {
        const auto e = file.examples();
        all.insert(all.end(), e.begin(), e.end());
    }
    match::MatchSettings fitted = settings;
    fitted.weights = match::LogisticFit::fit(all, prior, sigma);
    context.out << QStringLiteral("\nweights fitted on all the label files (save as "
                                  "resources/match/match-model.json or pass with --weights):\n")
                << QString::fromUtf8(QJsonDocument(fitted.toJson()).toJson(QJsonDocument::Indented));
    context.out << QStringLiteral("\nthe fitted weights on each label file:\n") << tableHeader();
    for (const LabelFile& file : files)
        context.out << figuresRow(file, &fitted.weights, settings.sameThreshold, intraReview);
}

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
                                    "similar names\", or on the records of a new source judged against "
                                    "the label source (source_key,source_name,cget_ids,label). Repeat "
                                    "for several files: one line each in the table."),
        QStringLiteral("file"));
    const QCommandLineOption fit(
        QStringLiteral("fit-labels"),
        QCoreApplication::translate("cli",
                                    "Like --evaluate-labels, then re-fit the weights on the labels, print "
                                    "cross-validated precision and recall (leaving out one label file at "
                                    "a time when several are given) and the new weights."),
        QStringLiteral("file"));
    const QCommandLineOption labelSource(
        QStringLiteral("label-source"),
        QCoreApplication::translate("cli", "Source whose keys the labels use, the reference of cross-source "
                                           "labels (default \"CGET 2019\")."),
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

    // Said before any output: a missing, foreign or (when the candidates are to be kept) read-only
    // project is refused before the CSV header is printed.
    const QString project = projectPath(parser, context);
    {
        const Store check(project, parser.isSet(noSave) ? Store::Access::Read : Store::Access::Write);
        for (const QString& notice : check.notices())
            context.err << notice << Qt::endl;
    }
    match::MatchRunner runner(project, settings);
    runner.setFreeMatchOnlyFields(true); // the listing and the evaluations read no address or website
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

    const QStringList labelFiles = parser.values(evaluate) + parser.values(fit);
    if (!labelFiles.isEmpty()) {
        evaluateLabels(labelFiles, parser.isSet(fit), parser.value(labelSource),
                       parser.value(sigma).toDouble(), runner, result, settings, context);
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
