// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandSupport.h"

#include "Error.h"
#include "project/DefaultProject.h"

#include <QCoreApplication>
#include <QFile>

namespace recoupe::cli {

namespace {

QCommandLineOption projectOption()
{
    return QCommandLineOption(
        {QStringLiteral("p"), QStringLiteral("project")},
        QCoreApplication::translate("cli", "Project file (default: the default project)."),
        QStringLiteral("file"));
}

} // namespace

void setUpParser(QCommandLineParser& parser, const Command& command, const QString& positionalHelp)
{
    parser.setApplicationDescription(command.summary());
    parser.addHelpOption();
    parser.addOption(projectOption());
    parser.addPositionalArgument(command.name(), command.summary());
    if (!positionalHelp.isEmpty())
        parser.addPositionalArgument(QStringLiteral("file"), positionalHelp);
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, Context& context)
{
    if (!parser.parse(arguments))
        throw Error(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return false;
    }
    return true;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                              QCoreApplication::translate("cli", "Output format: csv or json (default csv)."),
                              QStringLiteral("format"), QStringLiteral("csv"));
}

TableWriter::Format formatFrom(const QCommandLineParser& parser)
{
    const QString name = parser.value(QStringLiteral("format"));
    const auto format = TableWriter::formatFromName(name);
    if (!format)
        throw Error(QCoreApplication::translate("cli", "Unknown format \"%1\": use csv or json").arg(name));
    return *format;
}

QString projectPath(const QCommandLineParser& parser, const Context& context)
{
    if (parser.isSet(QStringLiteral("project")))
        return parser.value(QStringLiteral("project"));
    if (!context.projectPath.isEmpty())
        return context.projectPath;
    return defaultProject::ensure();
}

void writeListing(const QStringList& columns, const std::function<void(const queries::RowSink&)>& produce,
                  TableWriter::Format format)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        throw Error(QCoreApplication::translate("cli", "Cannot write to the standard output"));
    auto writer = TableWriter::create(format, out, columns);
    produce([&writer](const QVariantList& values) { writer->write(values); });
    writer->finish();
}

} // namespace recoupe::cli
