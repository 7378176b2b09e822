// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceTableView.h"

#include "PlaceTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace recoupe {

namespace {

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

PlaceTableView::PlaceTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("placeTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    verticalHeader()->hide();
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setToolTip(tr("Click to sort; right-click to choose the columns"));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &PlaceTableView::showColumnMenu);
    connect(this, &QTableView::doubleClicked, this, &PlaceTableView::activatedForEditing);
}

void PlaceTableView::showColumnMenu(const QPoint& position)
{
    if (!model())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction* action = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool shown) { setColumnHidden(c, !shown); });
    }
    menu.exec(horizontalHeader()->mapToGlobal(position));
}

QString PlaceTableView::selectedRowsCsv(int limit) const
{
    auto* places = qobject_cast<PlaceTableModel*>(model());
    if (!places || !selectionModel())
        return {};
    QList<int> columns;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int logical = horizontalHeader()->logicalIndex(visual);
        if (!isColumnHidden(logical))
            columns << logical;
    }
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns))
        header << csvField(places->headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char(','));
    QList<int> rows;
    for (const QItemSelectionRange& range : selectionModel()->selection()) {
        for (int r = range.top(); r <= range.bottom() && rows.size() < limit; ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int r : std::as_const(rows)) {
        QStringList cells;
        for (int c : std::as_const(columns))
            cells << csvField(places->exportText(r, c));
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

void PlaceTableView::copySelectedRows()
{
    if (selectionModel() && selectionModel()->hasSelection())
        QApplication::clipboard()->setText(selectedRowsCsv());
}

void PlaceTableView::keyPressEvent(QKeyEvent* event)
{
    if (event == QKeySequence::Copy) {
        copySelectedRows();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier) {
        emit activatedForEditing();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace recoupe
