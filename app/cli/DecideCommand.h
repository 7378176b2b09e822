// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace recoupe::cli {

// `decide`: records a person's decision (same / different / unsure) on a pair of records, or forgets it
// (--undo); a decided pair is never proposed again by `match`, also after re-imports.
class DecideCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("decide"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

} // namespace recoupe::cli
