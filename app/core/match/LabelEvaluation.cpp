// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/LabelEvaluation.h"

#include "Error.h"
#include "match/MatchText.h"
#include "match/Similarity.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTextStream>

namespace recoupe::match {

QStringList splitLabelCsvLine(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

double LabelEvaluation::Counts::precision() const
{
    const int predicted = truePositives + falsePositives;
    return predicted ? double(truePositives) / predicted : 1.0;
}

double LabelEvaluation::Counts::recall() const
{
    const int actual = truePositives + falseNegatives;
    return actual ? double(truePositives) / actual : 1.0;
}

std::vector<LabelEvaluation::Label> LabelEvaluation::readLabels(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(QCoreApplication::translate("match", "Cannot read the labelled pairs %1: %2")
                        .arg(path, file.errorString()));
    QTextStream in(&file);
    const QStringList header = splitLabelCsvLine(in.readLine());
    if (header.size() < 3 || header.at(0) != QLatin1String("id_a") || header.at(1) != QLatin1String("id_b") ||
        header.at(2) != QLatin1String("label"))
        throw Error(QCoreApplication::translate("match",
                                                "%1 is not a file of labelled pairs: its first line must be "
                                                "id_a,id_b,label[,reason]")
                        .arg(path));
    std::vector<Label> labels;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = splitLabelCsvLine(line);
        if (f.size() < 3)
            continue;
        labels.push_back({f.at(0).trimmed(), f.at(1).trimmed(), f.at(2).trimmed(), f.value(3)});
    }
    return labels;
}

LabelEvaluation::LabelEvaluation(const MatchRunner& runner, const MatchResult& result, const QString& source,
                                 std::vector<Label> labels)
    : m_sameThreshold(runner.matcher().settings().sameThreshold)
{
    const auto& records = runner.records();
    QHash<QString, uint32_t> byKey;
    for (size_t i = 0; i < records.size(); ++i) {
        if (records[i].source == source)
            byKey.insert(records[i].key, uint32_t(i));
    }
    QHash<quint64, const CandidatePair*> candidates;
    for (const CandidatePair& p : result.pairs)
        candidates.insert(quint64(p.a) << 32 | p.b, &p);
    for (Label& label : labels) {
        PairOutcome o;
        o.label = std::move(label);
        const auto a = byKey.constFind(o.label.keyA);
        const auto b = byKey.constFind(o.label.keyB);
        if (a != byKey.constEnd() && b != byKey.constEnd()) {
            o.found = true;
            const uint32_t i = std::min(*a, *b);
            const uint32_t j = std::max(*a, *b);
            o.evidence = runner.matcher().evidence(i, j);
            o.score = runner.matcher().score(o.evidence);
            if (const CandidatePair* p = candidates.value(quint64(i) << 32 | j)) {
                o.candidate = true;
                o.verdict = p->verdict;
            }
            const MatchRecord& ra = records[i];
            const MatchRecord& rb = records[j];
            if (ra.hasPosition() && rb.hasPosition()) {
                const double d = haversineMetres(ra.lon, ra.lat, rb.lon, rb.lat);
                o.baselineSame = d < 100.0 && jaroWinkler(foldText(ra.name), foldText(rb.name)) >= 0.85;
            }
        }
        m_outcomes.push_back(std::move(o));
    }
}

LabelEvaluation::Counts
LabelEvaluation::count(const std::function<bool(const PairOutcome&)>& predictedSame) const
{
    Counts c;
    for (const PairOutcome& o : m_outcomes) {
        const bool predicted = o.found && predictedSame(o);
        if (o.label.label == QLatin1String("same"))
            predicted ? ++c.truePositives : ++c.falseNegatives;
        else if (o.label.label == QLatin1String("different"))
            c.falsePositives += predicted ? 1 : 0;
        else if (predicted)
            ++c.unsurePredictedSame;
    }
    return c;
}

LabelEvaluation::Counts LabelEvaluation::model() const
{
    return count([](const PairOutcome& o) { return o.candidate && o.verdict == Verdict::Same; });
}

LabelEvaluation::Counts LabelEvaluation::modelCandidates() const
{
    return count([](const PairOutcome& o) { return o.candidate; });
}

LabelEvaluation::Counts LabelEvaluation::baseline() const
{
    return count([](const PairOutcome& o) { return o.baselineSame; });
}

std::vector<LogisticFit::Example> LabelEvaluation::examples(const std::vector<size_t>& indices) const
{
    std::vector<LogisticFit::Example> out;
    for (size_t i : indices) {
        const PairOutcome& o = m_outcomes[i];
        if (!o.found || o.label.label == QLatin1String("unsure"))
            continue;
        out.push_back({o.evidence.features, o.label.label == QLatin1String("same")});
    }
    return out;
}

std::vector<LogisticFit::Example> LabelEvaluation::allExamples() const
{
    std::vector<size_t> all(m_outcomes.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return examples(all);
}

Weights LabelEvaluation::fitAll(const Weights& prior, double sigma) const
{
    return LogisticFit::fit(allExamples(), prior, sigma);
}

LabelEvaluation::Counts LabelEvaluation::with(const Weights& weights, double sameThreshold) const
{
    return count([&](const PairOutcome& o) {
        return o.candidate && LogisticFit::probability(weights, o.evidence.features) >= sameThreshold;
    });
}

LabelEvaluation::Counts LabelEvaluation::crossValidated(const Weights& prior, double sigma, int folds) const
{
    // Stratified folds: the i-th pair of each label goes to fold i mod k (deterministic).
    std::vector<int> fold(m_outcomes.size());
    QHash<QString, int> seen;
    for (size_t i = 0; i < m_outcomes.size(); ++i)
        fold[i] = seen[m_outcomes[i].label.label]++ % folds;
    std::vector<double> heldOutScore(m_outcomes.size(), 0.0);
    for (int k = 0; k < folds; ++k) {
        std::vector<size_t> train;
        for (size_t i = 0; i < m_outcomes.size(); ++i) {
            if (fold[i] != k)
                train.push_back(i);
        }
        const Weights w = LogisticFit::fit(examples(train), prior, sigma);
        for (size_t i = 0; i < m_outcomes.size(); ++i) {
            if (fold[i] == k)
                heldOutScore[i] = LogisticFit::probability(w, m_outcomes[i].evidence.features);
        }
    }
    const double threshold = m_sameThreshold;
    return count([&](const PairOutcome& o) {
        const size_t i = size_t(&o - m_outcomes.data());
        return o.candidate && heldOutScore[i] >= threshold;
    });
}

QString LabelEvaluation::report() const
{
    QString text;
    QTextStream out(&text);
    auto line = [&out](const QString& method, const Counts& c) {
        out << QStringLiteral(
                   "%1  TP %2  FP %3  FN %4  precision %5  recall %6  (unsure predicted same: %7)\n")
                   .arg(method, -44)
                   .arg(c.truePositives, 3)
                   .arg(c.falsePositives, 3)
                   .arg(c.falseNegatives, 3)
                   .arg(c.precision(), 0, 'f', 3)
                   .arg(c.recall(), 0, 'f', 3)
                   .arg(c.unsurePredictedSame);
    };
    int same = 0, different = 0, unsure = 0, missing = 0;
    for (const PairOutcome& o : m_outcomes) {
        if (!o.found)
            ++missing;
        else if (o.label.label == QLatin1String("same"))
            ++same;
        else if (o.label.label == QLatin1String("different"))
            ++different;
        else
            ++unsure;
    }
    out << QStringLiteral("labelled pairs: %1 same, %2 different, %3 unsure (%4 not in the project)\n")
               .arg(same)
               .arg(different)
               .arg(unsure)
               .arg(missing);
    out << QStringLiteral("unsure pairs are left out of precision and recall; shown apart below\n\n");
    line(QStringLiteral("model, verdict same"), model());
    line(QStringLiteral("model, candidates (same or review)"), modelCandidates());
    line(QStringLiteral("baseline: under 100 m and names JW >= 0.85"), baseline());
    out << QStringLiteral("\nunsure pairs: ");
    int unsureSame = 0, unsureReview = 0, unsureNone = 0;
    for (const PairOutcome& o : m_outcomes) {
        if (!o.found || o.label.label != QLatin1String("unsure"))
            continue;
        if (!o.candidate)
            ++unsureNone;
        else if (o.verdict == Verdict::Same)
            ++unsureSame;
        else
            ++unsureReview;
    }
    out << QStringLiteral("%1 same, %2 review, %3 not proposed\n")
               .arg(unsureSame)
               .arg(unsureReview)
               .arg(unsureNone);
    out << QStringLiteral("\nlabelled pairs where the model disagrees:\n");
    for (const PairOutcome& o : m_outcomes) {
        if (!o.found || o.label.label == QLatin1String("unsure"))
            continue;
        const bool predictedSame = o.candidate && o.verdict == Verdict::Same;
        const bool isSame = o.label.label == QLatin1String("same");
        if (predictedSame == isSame && (o.candidate || !isSame))
            continue;
        out << QStringLiteral("  %1,%2 labelled %3: %4 score %5 — %6\n")
                   .arg(o.label.keyA, o.label.keyB, o.label.label,
                        o.candidate ? verdictKey(o.verdict) : QStringLiteral("not proposed"))
                   .arg(o.score, 0, 'f', 3)
                   .arg(PairScorer::explain(o.evidence));
    }
    return text;
}

} // namespace recoupe::match
