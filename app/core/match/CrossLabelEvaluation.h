// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/LogisticFit.h"
#include "match/MatchRunner.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace recoupe::match {

// Measures the matcher across two sources on hand labels of the cross-source format
// (source_key,source_name,cget_ids,label,reason): every record of a new source judged against a
// reference source (label `same` with the reference keys it is, `none`, or `unsure`).
// Counted by pairs between the two sources: a pair called `same` is a true positive when its new record
// is labelled `same` with that reference key, a false positive otherwise; pairs of `unsure` records are
// left out. Recall is by record: a labelled `same` record found `same` with one of its reference keys.
class CrossLabelEvaluation
{
public:
    struct Label
    {
        QString key;           // key in the new source
        QString name;          // as the labeller saw it
        QStringList reference; // keys in the reference source
        QString label;         // "same", "none", "unsure"
        QString reason;
    };
    struct Figures
    {
        int records = 0;          // labelled records found in the new source
        int newRecords = 0;       // records of the new source, labelled or not
        int sameRecords = 0;      // ...labelled same
        int truePositives = 0;    // pairs called same, labelled so
        int falsePositives = 0;   // pairs called same, not labelled so
        int foundRecords = 0;     // labelled-same records called same with one of their keys
        int candidateRecords = 0; // labelled-same records proposed (same or review) with one of them
        int reviewPairs = 0;      // pairs called review between the two sources
        double precision() const;
        double recall() const;
        double candidateRecall() const;
        double reviewPerRecord() const; // review pairs per record of the new source
    };

    // True when `header` is the first line of a cross-source label file.
    static bool isCrossHeader(const QString& headerLine);
    static std::vector<Label> readLabels(const QString& path);
    // `newSource` empty: the source (other than `reference`) holding the most labelled keys.
    CrossLabelEvaluation(const MatchRunner& runner, const MatchResult& result, const QString& reference,
                         std::vector<Label> labels, QString newSource = {});

    const QString& newSource() const { return m_newSource; }
    Figures figures() const { return m_figures; }
    // The figures, then the labelled duplicates missed and the false positives, explained.
    QString report() const;
    // The candidate pairs between the two sources whose new record is labelled same or none, for fitting.
    std::vector<LogisticFit::Example> examples() const;
    // The figures had the candidate pairs been scored with `weights` (for cross-validation by source).
    Figures with(const Weights& weights, double sameThreshold) const;

private:
    struct Pair
    {
        QString newKey;
        QString referenceKey;
        QString newName;
        QString referenceName;
        Verdict verdict = Verdict::Review;
        double score = 0;
        PairFacts facts;
        Weights features{};
        bool labelled = false; // its new record is labelled same or none
        bool same = false;     // labelled same with this reference key
    };
    Figures compute(const std::function<bool(const Pair&)>& calledSame,
                    QStringList* disagreements = nullptr) const;
    std::vector<Pair> m_pairs;
    std::vector<Label> m_labels; // those of records in the new source
    int m_newRecords = 0;
    QString m_newSource;
    QString m_reference;
    Figures m_figures;
    QStringList m_disagreements;
};

} // namespace recoupe::match
