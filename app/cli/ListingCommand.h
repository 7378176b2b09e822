// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "store/ProjectQueries.h"

#include <QSqlDatabase>
#include <functional>

namespace recoupe::cli {

// A read-only listing of the project as CSV or JSON: `records`, `places`, `sources`.
class ListingCommand : public Command
{
public:
    using Producer = std::function<void(QSqlDatabase&, const queries::RowSink&)>;
    // `producerAll`, when given, adds --all (e.g. places absorbed by a merge) and lists with it.
    ListingCommand(QString name, QString summary, QStringList columns, Producer producer,
                   Producer producerAll = {});

    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    int run(const QStringList& arguments, Context& context) override;

    static std::unique_ptr<Command> records();
    static std::unique_ptr<Command> places();
    static std::unique_ptr<Command> sources();

    // Another listing behind an option of the same command (`sources --quality`).
    void addVariant(QString option, QString help, QStringList columns, Producer producer);

private:
    struct Variant
    {
        QString option, help;
        QStringList columns;
        Producer producer;
    };
    QList<Variant> m_variants;
    QString m_name;
    QString m_summary;
    QStringList m_columns;
    Producer m_producer;
    Producer m_producerAll;
};

} // namespace recoupe::cli
