// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/CrossLabelEvaluation.h"

#include "Error.h"
#include "match/LabelEvaluation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTextStream>

namespace recoupe::match {

double CrossLabelEvaluation::Figures::precision() const
{
    const int predicted = truePositives + falsePositives;
    return predicted ? double(truePositives) / predicted : 1.0;
}

double CrossLabelEvaluation::Figures::recall() const
{
    return sameRecords ? double(foundRecords) / sameRecords : 1.0;
}

double CrossLabelEvaluation::Figures::candidateRecall() const
{
    return sameRecords ? double(candidateRecords) / sameRecords : 1.0;
}

double CrossLabelEvaluation::Figures::reviewPerRecord() const
{
    return newRecords ? double(reviewPairs) / newRecords : 0.0;
}

bool CrossLabelEvaluation::isCrossHeader(const QString& headerLine)
{
    const QStringList header = splitLabelCsvLine(headerLine.trimmed());
    return header.size() >= 4 && header.at(0) == QLatin1String("source_key") &&
           header.at(2) == QLatin1String("cget_ids") && header.at(3) == QLatin1String("label");
}

std::vector<CrossLabelEvaluation::Label> CrossLabelEvaluation::readLabels(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(QCoreApplication::translate("match", "Cannot read the labelled pairs %1: %2")
                        .arg(path, file.errorString()));
    QTextStream in(&file);
    if (!isCrossHeader(in.readLine()))
        throw Error(QCoreApplication::translate("match",
                                                "%1 is not a file of cross-source labels: its first line "
                                                "must be source_key,source_name,cget_ids,label[,reason]")
                        .arg(path));
    std::vector<Label> labels;
    int lineNumber = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = splitLabelCsvLine(line);
        const QString label = f.value(3).trimmed();
        if (f.size() < 4 || (label != QLatin1String("same") && label != QLatin1String("none") &&
                             label != QLatin1String("unsure")))
            throw Error(QCoreApplication::translate("match", "%1, line %2: the label must be same, none or "
                                                             "unsure")
                            .arg(path)
                            .arg(lineNumber));
        QStringList reference;
        for (const QString& id : f.at(2).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            reference << id.trimmed();
        labels.push_back({f.at(0).trimmed(), f.at(1), reference, label, f.value(4)});
    }
    return labels;
}

CrossLabelEvaluation::CrossLabelEvaluation(const MatchRunner& runner, const MatchResult& result,
                                           const QString& reference, std::vector<Label> labels,
                                           QString newSource)
    : m_newSource(std::move(newSource)), m_reference(reference)
{
    const auto& records = runner.records();
    if (m_newSource.isEmpty()) {
        QSet<QString> keys;
        for (const Label& l : labels)
            keys.insert(l.key);
        QHash<QString, int> hits;
        for (const MatchRecord& r : records) {
            if (r.source != reference && keys.contains(r.key))
                ++hits[r.source];
        }
        int best = 0;
        for (auto it = hits.begin(); it != hits.end(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < m_newSource)) {
                best = it.value();
                m_newSource = it.key();
            }
        }
    }
    QHash<QString, const Label*> byKey;
    for (const Label& l : labels)
        byKey.insert(l.key, &l);
    QSet<QString> present;
    for (const MatchRecord& r : records) {
        if (r.source == m_newSource && byKey.contains(r.key))
            present.insert(r.key);
    }
    for (const CandidatePair& p : result.pairs) {
        const MatchRecord* a = &records[p.a];
        const MatchRecord* b = &records[p.b];
        if (a->source == reference && b->source == m_newSource)
            std::swap(a, b);
        if (a->source != m_newSource || b->source != reference)
            continue;
        Pair pair;
        pair.newKey = a->key;
        pair.referenceKey = b->key;
        pair.newName = a->name;
        pair.referenceName = b->name;
        pair.verdict = p.verdict;
        pair.score = p.score;
        pair.facts = p.evidence;
        pair.features = runner.matcher().evidence(p.a, p.b).features;
        const Label* l = byKey.value(a->key);
        pair.labelled = l && l->label != QLatin1String("unsure");
        pair.same = l && l->label == QLatin1String("same") && l->reference.contains(b->key);
        m_pairs.push_back(std::move(pair));
    }
    for (const Label& l : labels) {
        if (present.contains(l.key))
            m_labels.push_back(l);
    }
    for (const MatchRecord& r : records)
        m_newRecords += r.source == m_newSource ? 1 : 0;
    m_figures = compute([](const Pair& p) { return p.verdict == Verdict::Same; }, &m_disagreements);
}

CrossLabelEvaluation::Figures
CrossLabelEvaluation::compute(const std::function<bool(const Pair&)>& calledSame,
                              QStringList* disagreements) const
{
    Figures f;
    f.newRecords = m_newRecords;
    QSet<QString> found;
    QSet<QString> proposed;
    for (const Pair& p : m_pairs) {
        const bool same = calledSame(p);
        if (!same)
            ++f.reviewPairs;
        if (!p.labelled)
            continue;
        if (p.same)
            proposed.insert(p.newKey);
        if (!same)
            continue;
        if (p.same) {
            ++f.truePositives;
            found.insert(p.newKey);
        } else {
            ++f.falsePositives;
            if (disagreements)
                *disagreements << QStringLiteral(
                                      "  called same, not labelled so: %1 \"%2\" / %3 \"%4\" score "
                                      "%5 — %6")
                                      .arg(p.newKey, p.newName, p.referenceKey, p.referenceName)
                                      .arg(p.score, 0, 'f', 3)
                                      .arg(PairScorer::explain(p.facts));
        }
    }
    for (const Label& l : m_labels) {
        ++f.records;
        if (l.label != QLatin1String("same"))
            continue;
        ++f.sameRecords;
        if (found.contains(l.key))
            ++f.foundRecords;
        if (proposed.contains(l.key))
            ++f.candidateRecords;
        if (!disagreements)
            continue;
        if (!proposed.contains(l.key))
            *disagreements << QStringLiteral("  not proposed, labelled same: %1 \"%2\" / %3")
                                  .arg(l.key, l.name, l.reference.join(QLatin1Char(';')));
        else if (!found.contains(l.key))
            *disagreements << QStringLiteral("  review only, labelled same: %1 \"%2\" / %3")
                                  .arg(l.key, l.name, l.reference.join(QLatin1Char(';')));
    }
    return f;
}

std::vector<LogisticFit::Example> CrossLabelEvaluation::examples() const
{
    std::vector<LogisticFit::Example> out;
    for (const Pair& p : m_pairs) {
        if (p.labelled)
            out.push_back({p.features, p.same});
    }
    return out;
}

CrossLabelEvaluation::Figures CrossLabelEvaluation::with(const Weights& weights, double sameThreshold) const
{
    return compute(
        [&](const Pair& p) { return LogisticFit::probability(weights, p.features) >= sameThreshold; });
}

QString CrossLabelEvaluation::report() const
{
    const Figures& f = m_figures;
    QString text;
    QTextStream out(&text);
    out << QStringLiteral("%1 × %2: %3 records, %4 labelled same; pairs called same: TP %5 FP %6; precision "
                          "%7 recall %8 candidates %9 review pairs per record %10\n")
               .arg(m_newSource, m_reference)
               .arg(f.records)
               .arg(f.sameRecords)
               .arg(f.truePositives)
               .arg(f.falsePositives)
               .arg(f.precision(), 0, 'f', 3)
               .arg(f.recall(), 0, 'f', 3)
               .arg(f.candidateRecall(), 0, 'f', 3)
               .arg(f.reviewPerRecord(), 0, 'f', 2);
    for (const QString& line : m_disagreements)
        out << line << '\n';
    return text;
}

} // namespace recoupe::match
