// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordDetails.h"

#include "Error.h"
#include "import/ProfileRegistry.h"
#include "store/Store.h"

#include <QDebug>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace recoupe {

namespace {

QStringList personalColumns(const QString& profile)
{
    try {
        return ProfileRegistry::builtIn().find(profile).personalColumns();
    } catch (const Error&) {
        return {};
    }
}

} // namespace

RecordDetails::RecordDetails(Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("recordDetails"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recordList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Source"), tr("Key"), tr("Line"), tr("State")});
    m_list->setUniformRowHeights(true);
    m_attributes = new QTableWidget(this);
    m_attributes->setObjectName(QStringLiteral("recordAttributes"));
    m_attributes->setColumnCount(2);
    m_attributes->setHorizontalHeaderLabels({tr("Column"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attributes->setWordWrap(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_attributes);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { showRecord(item ? m_list->indexOfTopLevelItem(item) : -1); });
}

void RecordDetails::setPlace(qint64 placeId)
{
    m_placeId = placeId;
    m_records.clear();
    if (placeId > 0) {
        try {
            m_records = placeQueries::records(m_store.database(), placeId);
        } catch (const Error& e) {
            qWarning().noquote() << e.message();
        }
    }
    m_list->clear();
    for (const PlaceRecord& r : std::as_const(m_records)) {
        QString state = r.removed ? tr("removed from the source") : r.primary ? tr("primary") : QString();
        auto* item = new QTreeWidgetItem(m_list, {r.sourceName, r.sourceKey, QString::number(r.line), state});
        item->setToolTip(0, tr("Profile: %1").arg(r.profile));
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    if (!m_records.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        showRecord(-1);
}

void RecordDetails::showRecord(int index)
{
    m_attributes->setRowCount(0);
    if (index < 0 || index >= m_records.size())
        return;
    const PlaceRecord& record = m_records.at(index);
    const QStringList hidden = personalColumns(record.profile);
    int row = 0;
    for (auto it = record.attributes.begin(); it != record.attributes.end(); ++it) {
        if (hidden.contains(it.key(), Qt::CaseInsensitive))
            continue;
        m_attributes->insertRow(row);
        m_attributes->setItem(row, 0, new QTableWidgetItem(it.key()));
        const QJsonValue v = it.value();
        const QString text = v.isString()   ? v.toString()
                             : v.isDouble() ? QString::number(v.toDouble(), 'g', 12)
                             : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                            : QString();
        auto* value = new QTableWidgetItem(text);
        value->setToolTip(text);
        m_attributes->setItem(row, 1, value);
        ++row;
    }
    m_attributes->resizeColumnToContents(0);
}

} // namespace recoupe
