// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewQueueModel.h"

#include "Error.h"
#include "store/Store.h"

#include <QLocale>

namespace recoupe {

ReviewQueueModel::ReviewQueueModel(Store& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void ReviewQueueModel::setFilter(const queries::ReviewFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ReviewQueueModel::reload()
{
    beginResetModel();
    try {
        m_groups = queries::reviewGroups(m_store.database(), m_filter);
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
        m_groups.clear();
    }
    endResetModel();
}

void ReviewQueueModel::refreshGroup(qint64 group)
{
    const int row = rowOfGroup(group);
    if (row < 0)
        return;
    try {
        const queries::ReviewGroup fresh = queries::reviewGroup(m_store.database(), group);
        if (fresh.group == 0)
            return;
        m_groups[size_t(row)] = fresh;
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
        return;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ReviewQueueModel::setBlind(bool blind)
{
    if (blind == m_blind)
        return;
    beginResetModel();
    m_blind = blind;
    endResetModel();
}

int ReviewQueueModel::rowOfGroup(qint64 group) const
{
    for (size_t i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].group == group)
            return int(i);
    }
    return -1;
}

int ReviewQueueModel::examinedCount() const
{
    return int(std::count_if(m_groups.begin(), m_groups.end(), [](const auto& g) { return g.examined(); }));
}

int ReviewQueueModel::nextOpenRow(int from) const
{
    for (int row = std::max(0, from); row < groupCount(); ++row) {
        if (!m_groups[size_t(row)].examined())
            return row;
    }
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= groupCount())
        return {};
    const queries::ReviewGroup& g = m_groups[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Group:
            return g.group;
        case Score:
            return m_blind ? QString() : QLocale().toString(g.bestScore, 'f', 2);
        case Pairs:
            return g.pairs;
        case State:
            if (g.examined())
                return tr("examined");
            return g.decided > 0 ? tr("%1 of %2 decided").arg(g.decided).arg(g.pairs) : tr("to review");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != State)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case Score:
        return m_blind ? QString() : tr("Score");
    case Pairs:
        return tr("Pairs");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace recoupe
