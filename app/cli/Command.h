// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace recoupe::cli {

// What every command gets: the project it works on, and where to write.
struct Context
{
    QString projectPath;
    QTextStream& out;
    QTextStream& err;
};

// One verb of recoupe-cli ("import", "records", ...). Its name and output columns are a contract.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` starts with the program name then the command name, as QCommandLineParser expects.
    // Returns the exit code; throws Error for failures the caller prints.
    virtual int run(const QStringList& arguments, Context& context) = 0;
};

// Every command, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace recoupe::cli
