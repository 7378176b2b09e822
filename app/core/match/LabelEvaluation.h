// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/LogisticFit.h"
#include "match/MatchRunner.h"

#include <QString>
#include <vector>

namespace recoupe::match {

// Splits one line of a label file (RFC 4180 quotes; label files have no line breaks inside fields).
QStringList splitLabelCsvLine(const QString& line);

// Measures the matcher on hand-labelled pairs (id_a,id_b,label,reason; label same / different / unsure)
// of one source, against the mission's baseline "under 100 m and similar names", and re-fits the
// weights with cross-validation. Labels are only read here: nothing in the matcher knows them.
class LabelEvaluation
{
public:
    struct Label
    {
        QString keyA;
        QString keyB;
        QString label; // "same", "different", "unsure"
        QString reason;
    };
    // Counts over labelled pairs; `unsure` pairs are left out of precision and recall and counted apart.
    struct Counts
    {
        int truePositives = 0;  // predicted same, labelled same
        int falsePositives = 0; // predicted same, labelled different
        int falseNegatives = 0; // not predicted same, labelled same
        int unsurePredictedSame = 0;
        double precision() const;
        double recall() const;
    };
    struct PairOutcome
    {
        Label label;
        bool found = false; // both records in the project
        bool candidate = false;
        double score = 0; // model score, candidate or not
        Verdict verdict = Verdict::Review;
        bool baselineSame = false;
        PairEvidence evidence;
    };

    static std::vector<Label> readLabels(const QString& path);
    // Runs on a finished MatchRunner (its records, result and scorer).
    LabelEvaluation(const MatchRunner& runner, const MatchResult& result, const QString& source,
                    std::vector<Label> labels);

    const std::vector<PairOutcome>& outcomes() const { return m_outcomes; }
    Counts model() const;           // verdict `same`
    Counts modelCandidates() const; // verdict `same` or `review` (recall of candidates)
    Counts baseline() const;        // under 100 m and names Jaro-Winkler ≥ 0.85 (folded whole names)
    // k-fold stratified cross-validation of a MAP fit (prior, sigma): each pair scored by the weights fitted
    // without its fold, verdict `same` at the settings' threshold, candidate pairs only.
    Counts crossValidated(const Weights& prior, double sigma, int folds) const;
    Weights fitAll(const Weights& prior, double sigma) const;
    // Every labelled pair (same or different) found in the project, for fitting on several label files.
    std::vector<LogisticFit::Example> allExamples() const;
    // Verdict `same` had the candidate pairs been scored with `weights` (cross-validation by source).
    Counts with(const Weights& weights, double sameThreshold) const;
    // A plain-text report: the table of the three methods, unsure pairs, pairs missed.
    QString report() const;

private:
    Counts count(const std::function<bool(const PairOutcome&)>& predictedSame) const;
    std::vector<LogisticFit::Example> examples(const std::vector<size_t>& indices) const;

    double m_sameThreshold = 0;
    std::vector<PairOutcome> m_outcomes;
};

} // namespace recoupe::match
