// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportProblemsDialog.h"

#include "Error.h"
#include "store/ImportProblemQueries.h"

#include <QDebug>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recoupe {

int ImportProblemsDialog::count(QSqlDatabase& db)
{
    try {
        return int(queries::latestImportProblemCount(db));
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
        return 0;
    }
}

ImportProblemsDialog::ImportProblemsDialog(QSqlDatabase& db, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importProblemsDialog"));
    setWindowTitle(tr("Import problems"));
    QList<queries::SourceImportProblems> sources;
    try {
        sources = queries::latestImportProblems(db);
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
    }
    int total = 0;
    for (const auto& s : sources)
        total += int(s.problems.size());
    auto* intro = new QLabel(
        tr("Values of the latest import of each source that could not be used as they were (the raw records "
           "keep them as read): %n problem(s).",
           nullptr, total),
        this);
    intro->setWordWrap(true);
    auto* table = new QTableWidget(total, 6, this);
    table->setObjectName(QStringLiteral("importProblemsTable"));
    table->setHorizontalHeaderLabels(
        {tr("Source"), tr("Row"), tr("Key"), tr("Column"), tr("Value"), tr("Problem")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (const auto& s : sources) {
        for (const ImportProblem& p : s.problems) {
            const QStringList cells{s.source, QString::number(p.line), p.sourceKey, p.column, p.value,
                                    p.message};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setToolTip(cells.at(c));
                table->setItem(row, c, item);
            }
            ++row;
        }
    }
    table->resizeColumnsToContents();
    table->setColumnWidth(4, qMin(table->columnWidth(4), 220));
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

} // namespace recoupe
