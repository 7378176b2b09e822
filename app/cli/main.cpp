// SPDX-License-Identifier: GPL-3.0-or-later
// recoupe-cli: the core of Recoupe without a window, for scripts.
#include "Error.h"
#include "cli/Command.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace recoupe;

namespace {

QString usage(const std::vector<std::unique_ptr<cli::Command>>& commands)
{
    QString text =
        QCoreApplication::translate("cli", "Usage: recoupe-cli [--project FILE] [--lang fr|en] COMMAND "
                                           "[options]\n\nCommands:\n");
    for (const auto& command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -8).arg(command->summary());
    text += QCoreApplication::translate("cli",
                                        "\nWithout --project, the default project is used (created from the "
                                        "bundled CGET 2019 database on first use).\n"
                                        "Each command has --help.\n");
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ANCT"));
    QCoreApplication::setApplicationName(QStringLiteral("recoupe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECOUPE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options come before the command; the rest belongs to the command.
    QStringList arguments = QCoreApplication::arguments();
    QString project;
    QString language = qEnvironmentVariable("RECOUPE_LANG");
    QStringList commandArguments{arguments.value(0)};
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if ((a == QLatin1String("--project") || a == QLatin1String("-p")) && i + 1 < arguments.size())
            project = arguments.at(++i);
        else if (a.startsWith(QLatin1String("--project=")))
            project = a.mid(10);
        else if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
        else
            break;
    }
    i18n::install(language);
    const auto commands = cli::allCommands();
    if (i >= arguments.size() || arguments.at(i) == QLatin1String("--help") ||
        arguments.at(i) == QLatin1String("-h") || arguments.at(i) == QLatin1String("help")) {
        (i >= arguments.size() ? err : out) << usage(commands);
        return i >= arguments.size() ? 2 : 0;
    }
    if (arguments.at(i) == QLatin1String("--version")) {
        out << "recoupe-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    commandArguments << arguments.mid(i);
    const QString verb = arguments.at(i);
    for (const auto& command : commands) {
        if (command->name() != verb)
            continue;
        cli::Context context{project, out, err};
        try {
            const int code = command->run(commandArguments, context);
            out.flush();
            return code;
        } catch (const Error& e) {
            out.flush();
            err << QCoreApplication::translate("cli", "recoupe-cli %1: error: %2").arg(verb, e.message())
                << '\n';
            return 1;
        }
    }
    err << QCoreApplication::translate("cli", "recoupe-cli: unknown command \"%1\"").arg(verb) << "\n\n"
        << usage(commands);
    return 2;
}
