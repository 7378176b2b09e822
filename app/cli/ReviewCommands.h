// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace recoupe::cli {

// `merge PLACE_ID PLACE_ID [...] [--take FIELD=PLACE_ID ...] [--set FIELD=VALUE ...]`: prints the kept id.
class MergeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

// `split PLACE_ID`: prints the restored place ids, one per line.
class SplitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("split"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

// `review --format csv|json`: the review queue of the last search, pair by pair, with its decisions.
class ReviewCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("review"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

} // namespace recoupe::cli
