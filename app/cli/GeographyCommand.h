// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace recoupe::cli {

// `geography`: computes the région, département, EPCI, métropole and zones d'emploi of every place
// (or, with --stale, of those without or moved since) from the bundled boundary layers.
class GeographyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("geography"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

} // namespace recoupe::cli
