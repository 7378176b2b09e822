// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditView.h"

#include "Error.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDebug>
#include <QHeaderView>
#include <QLocale>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recoupe {

AuditView::AuditView(Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Action"), tr("Place"), tr("Field"), tr("Old value"), tr("New value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    reload();
}

void AuditView::reload()
{
    m_table->setRowCount(0);
    try {
        QSqlQuery q =
            sql::exec(m_store.database(),
                      QStringLiteral("SELECT at, user, action, entity, entity_id, coalesce(field, ''), "
                                     "coalesce(old_value, ''), coalesce(new_value, '') FROM audit_log "
                                     "ORDER BY id DESC LIMIT %1")
                          .arg(Shown));
        int row = 0;
        while (q.next()) {
            m_table->insertRow(row);
            const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate).toLocalTime();
            const QString entity =
                q.value(4).toLongLong() > 0
                    ? QStringLiteral("%1 %2").arg(q.value(3).toString()).arg(q.value(4).toLongLong())
                    : q.value(3).toString();
            const QStringList cells{QLocale().toString(at, QLocale::ShortFormat),
                                    q.value(1).toString(),
                                    q.value(2).toString(),
                                    entity,
                                    q.value(5).toString(),
                                    q.value(6).toString(),
                                    q.value(7).toString()};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells.at(c));
                item->setToolTip(cells.at(c));
                m_table->setItem(row, c, item);
            }
            ++row;
        }
        m_table->resizeColumnsToContents();
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
    }
}

} // namespace recoupe
