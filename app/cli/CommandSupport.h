// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "export/TableWriter.h"
#include "store/ProjectQueries.h"

#include <QCommandLineParser>

namespace recoupe {
class Store;
}

namespace recoupe::cli {

// Sets up a command's parser: description, --help, and --project (also accepted after the verb).
void setUpParser(QCommandLineParser& parser, const Command& command, const QString& positionalHelp = {});
// Parses; on --help prints the help to context.out and returns false (exit 0); on a usage error throws.
bool parse(QCommandLineParser& parser, const QStringList& arguments, Context& context);
// The --format option shared by listing commands (csv or json).
QCommandLineOption formatOption();
TableWriter::Format formatFrom(const QCommandLineParser& parser);
// The project named by --project, or the default project (created and seeded on first use).
QString projectPath(const QCommandLineParser& parser, const Context& context);
// Writes a listing to stdout in the chosen format.
void writeListing(const QStringList& columns, const std::function<void(const queries::RowSink&)>& produce,
                  TableWriter::Format format);

} // namespace recoupe::cli
