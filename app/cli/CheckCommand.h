// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace recoupe::cli {

// `check`: the data-quality problems of every place (columns source, source_key, place_id, code,
// severity, message, fix: a contract), and with --fix CODE their fixes applied (audited edits).
class CheckCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

} // namespace recoupe::cli
