// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ListingCommand.h"

#include "Error.h"
#include "check/SourceQuality.h"
#include "cli/CommandSupport.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace recoupe::cli {

ListingCommand::ListingCommand(QString name, QString summary, QStringList columns, Producer producer,
                               Producer producerAll)
    : m_name(std::move(name)), m_summary(std::move(summary)), m_columns(std::move(columns)),
      m_producer(std::move(producer)), m_producerAll(std::move(producerAll))
{
}

int ListingCommand::run(const QStringList& arguments, Context& context)
{
    QCommandLineParser parser;
    setUpParser(parser, *this);
    parser.addOption(formatOption());
    for (const Variant& v : std::as_const(m_variants))
        parser.addOption(QCommandLineOption(v.option, v.help));
    const QCommandLineOption all(
        QStringLiteral("all"), QCoreApplication::translate("cli", "Also list the places absorbed by a merge "
                                                                  "(status merged)."));
    if (m_producerAll)
        parser.addOption(all);
    if (!parse(parser, arguments, context))
        return 0;
    if (parser.positionalArguments().size() != 1)
        throw Error(QCoreApplication::translate("cli", "%1 takes no file (see %1 --help)").arg(m_name));
    const TableWriter::Format format = formatFrom(parser);
    Store store(projectPath(parser, context), Store::Access::Read); // a listing never writes
    context.out.flush();
    for (const Variant& v : std::as_const(m_variants)) {
        if (parser.isSet(v.option)) {
            writeListing(
                v.columns, [&](const queries::RowSink& sink) { v.producer(store.database(), sink); }, format);
            return 0;
        }
    }
    const Producer& producer = m_producerAll && parser.isSet(all) ? m_producerAll : m_producer;
    writeListing(
        m_columns, [&](const queries::RowSink& sink) { producer(store.database(), sink); }, format);
    return 0;
}

std::unique_ptr<Command> ListingCommand::records()
{
    return std::make_unique<ListingCommand>(
        QStringLiteral("records"),
        QCoreApplication::translate("cli",
                                    "List every imported record (removed ones flagged) as CSV or JSON."),
        queries::recordColumns(), &queries::forEachRecord);
}

std::unique_ptr<Command> ListingCommand::places()
{
    return std::make_unique<ListingCommand>(
        QStringLiteral("places"),
        QCoreApplication::translate("cli", "List the curated places as CSV or JSON."),
        queries::placeColumns(), &queries::forEachPlace, &queries::forEachPlaceWithMerged);
}

std::unique_ptr<Command> ListingCommand::sources()
{
    auto command = std::make_unique<ListingCommand>(
        QStringLiteral("sources"),
        QCoreApplication::translate("cli", "List the imported sources with their counts and dates."),
        queries::sourceColumns(), &queries::forEachSource);
    command->addVariant(QStringLiteral("quality"),
                        QCoreApplication::translate("cli",
                                                    "Quality per source instead: records linked to places of "
                                                    "other sources, disagreeing fields, problems by code."),
                        check::qualityColumns(), &check::forEachSourceQuality);
    return command;
}

void ListingCommand::addVariant(QString option, QString help, QStringList columns, Producer producer)
{
    m_variants.append({std::move(option), std::move(help), std::move(columns), std::move(producer)});
}

} // namespace recoupe::cli
