// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcesPanel.h"

#include "Error.h"
#include "check/SourceQuality.h"
#include "edit/Edit.h"
#include "store/GeographyStore.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDebug>
#include <QHeaderView>
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addWidget(refresh, 0, Qt::AlignRight);
    connect(&m_geography, &QFutureWatcher<QString>::finished, this, [this] {
        const QString result = m_geography.result();
        emit message(result);
        emit geographyRecomputed();
    });
    reload();
}

SourcesPanel::~SourcesPanel()
{
    m_geography.waitForFinished();
}

void SourcesPanel::reload()
{
    const QStringList headers{tr("Source"),          tr("Records"),       tr("Linked"),
                              tr("Disagreeing"),     tr("On the fields"), tr("With problems"),
                              tr("Problems by code")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(0);
    try {
        check::forEachSourceQuality(m_session.store.database(), [this](const QVariantList& values) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            for (int c = 0; c < values.size() && c < m_table->columnCount(); ++c) {
                auto* item = new QTableWidgetItem(values.at(c).toString());
                item->setToolTip(values.at(c).toString());
                m_table->setItem(row, c, item);
            }
        });
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
    }
    m_table->resizeColumnsToContents();
}

void SourcesPanel::recomputeGeography()
{
    if (m_geography.isRunning())
        return;
    emit message(tr("Computing the geography of every place…"));
    const QString path = m_session.store.path();
    m_geography.setFuture(QtConcurrent::run([path]() -> QString {
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
