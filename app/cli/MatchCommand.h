// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "match/MatchRunner.h"

namespace recoupe::cli {

// `match`: candidate duplicate pairs of the project as CSV or JSON (columns
// source_a,key_a,source_b,key_b,score,verdict,explanation then group,name_a,name_b,distance_m), and
// the tools to measure and re-fit the scorer on labelled pairs.
class MatchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("match"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
    static QStringList columns();

private:
    // --evaluate-labels / --fit-labels: each label file (intra-source pairs or cross-source labels)
    // measured, then (refit) cross-validated by source and re-fitted on them all.
    static void evaluateLabels(const QStringList& paths, bool refit, const QString& reference, double sigma,
                               const match::MatchRunner& runner, const match::MatchResult& result,
                               const match::MatchSettings& settings, Context& context);
};

} // namespace recoupe::cli
