// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcesPanel.h"

#include "Error.h"
#include "check/SourceQuality.h"
#include "edit/Edit.h"
#include "map/BackgroundPool.h"
#include "store/GeographyStore.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDebug>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace recoupe {

SourcesPanel::SourcesPanel(edit::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("sourcesPanel"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("sourcesRefresh"));
    connect(refresh, &QPushButton::clicked, this, &SourcesPanel::reload);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("sourcesState"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_state, 1);
    bottom->addWidget(refresh, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(&m_quality, &QFutureWatcher<Quality>::finished, this, [this] {
        showQuality(m_quality.result());
        // Changed while it was worked out: again, once the panel shows.
        if (m_stale && isVisible())
            computeQuality();
    });
    connect(&m_geography, &QFutureWatcher<QString>::finished, this, [this] {
        const QString result = m_geography.result();
        emit message(result);
        emit geographyRecomputed();
    });
    const QStringList headers{tr("Source"),          tr("Records"),       tr("Linked"),
                              tr("Disagreeing"),     tr("On the fields"), tr("With problems"),
                              tr("Problems by code")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
}

SourcesPanel::~SourcesPanel()
{
    m_geography.waitForFinished();
    m_quality.waitForFinished();
}

void SourcesPanel::reload()
{
    m_stale = true;
    if (isVisible())
        computeQuality();
}

void SourcesPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        computeQuality();
}

void SourcesPanel::computeQuality()
{
    if (m_quality.isRunning())
        return; // m_stale stays: the end of this run starts the next
    m_stale = false;
    m_state->setText(tr("Working out the quality of each source…"));
    m_quality.setFuture(QtConcurrent::run(backgroundPool(), [path = m_session.store.path()] {
        Quality quality;
        try {
            Store store(path, Store::Access::Read);
            check::forEachSourceQuality(store.database(),
                                        [&quality](const QVariantList& values) { quality.rows << values; });
        } catch (const Error& e) {
            quality.error = e.message();
        }
        return quality;
    }));
}

void SourcesPanel::showQuality(const Quality& quality)
{
    m_table->setRowCount(0);
    for (const QVariantList& values : quality.rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int c = 0; c < values.size() && c < m_table->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(values.at(c).toString());
            item->setToolTip(values.at(c).toString());
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_state->setText(quality.error.isEmpty()
                         ? QString()
                         : tr("The quality could not be worked out: %1").arg(quality.error));
    emit qualityShown();
}

void SourcesPanel::recomputeGeography()
{
    if (m_geography.isRunning())
        return;
    emit message(tr("Computing the geography of every place…"));
    const QString path = m_session.store.path();
    m_geography.setFuture(QtConcurrent::run(backgroundPool(), [path]() -> QString {
        try {
            Store store(path, Store::Access::Write);
            sql::Transaction transaction(store.database());
            const geography::GeographyRun run = geography::updateAll(store.database());
            transaction.commit();
            return tr("Geography computed for %n place(s) (%1 in a département, %2 given the nearest one, %3 "
                      "in "
                      "none) in %4 s.",
                      nullptr, int(run.places))
                .arg(run.located)
                .arg(run.nearest)
                .arg(run.unlocated)
                .arg(QLocale().toString(run.seconds, 'f', 1));
        } catch (const Error& e) {
            return tr("The geography could not be computed: %1").arg(e.message());
        }
    }));
}

} // namespace recoupe
