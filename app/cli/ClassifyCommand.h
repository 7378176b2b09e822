// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace recoupe::cli {

// `classify`: with --suggest, the suggested type of every place whose type is unknown or disputed
// (columns place_id, type, suggested_type, confidence, reason: a contract); with place ids and --type,
// sets their type (audited, one step). --accept takes the suggestions; --evaluate and --fit measure and
// refit the word model on the project's records whose source says their type.
class ClassifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("classify"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

} // namespace recoupe::cli
