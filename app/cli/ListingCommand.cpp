// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ListingCommand.h"

#include "Error.h"
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
    return std::make_unique<ListingCommand>(
        QStringLiteral("sources"),
        QCoreApplication::translate("cli", "List the imported sources with their counts and dates."),
        queries::sourceColumns(), &queries::forEachSource);
}

} // namespace recoupe::cli
