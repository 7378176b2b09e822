// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CheckCommand.h"
#include "cli/ClassifyCommand.h"
#include "cli/Command.h"
#include "cli/DecideCommand.h"
#include "cli/ExportCommands.h"
#include "cli/GeographyCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ListingCommand.h"
#include "cli/MatchCommand.h"
#include "cli/ReviewCommands.h"

namespace recoupe::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(ListingCommand::records());
    commands.push_back(ListingCommand::places());
    commands.push_back(ListingCommand::sources());
    commands.push_back(std::make_unique<MatchCommand>());
    commands.push_back(std::make_unique<DecideCommand>());
    commands.push_back(std::make_unique<ReviewCommand>());
    commands.push_back(std::make_unique<MergeCommand>());
    commands.push_back(std::make_unique<SplitCommand>());
    commands.push_back(std::make_unique<GeographyCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<ClassifyCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<SnapshotsCommand>());
    commands.push_back(std::make_unique<DiffCommand>());
    return commands;
}

} // namespace recoupe::cli
