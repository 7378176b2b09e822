// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceTableModel.h"

#include "Error.h"
#include "domain/PlaceType.h"
#include "store/Store.h"

#include <QDebug>
#include <QLocale>

namespace recoupe {

PlaceTableModel::PlaceTableModel(Store& store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    recount();
}

void PlaceTableModel::recount()
{
    try {
        m_total = placeQueries::count(m_store.database());
        m_count = m_filter.isEmpty() ? m_total : placeQueries::count(m_store.database(), m_filter);
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
        m_count = 0;
    }
    m_pages.clear();
    m_recent.clear();
}

int PlaceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int PlaceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(PlaceColumn::Count);
}

const QVariantList* PlaceTableModel::rowValues(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QList<QVariantList> rows;
        try {
            rows =
                placeQueries::page(m_store.database(), m_filter, m_sort, qint64(page) * pageSize, pageSize);
        } catch (const Error& e) {
            qWarning().noquote() << e.message();
        }
        if (m_recent.size() >= cachedPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, rows);
        m_recent.append(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int index = row % pageSize;
    return index < it->size() ? &it->at(index) : nullptr;
}

QVariant PlaceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto column = PlaceColumn(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column == PlaceColumn::Id || column == PlaceColumn::Lon || column == PlaceColumn::Lat)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != Qt::EditRole)
        return {};
    const QVariantList* values = rowValues(index.row());
    if (!values)
        return {};
    if (role == IdRole)
        return values->at(int(PlaceColumn::Id));
    const QVariant& value = values->at(index.column());
    switch (column) {
    case PlaceColumn::Type:
        return placeTypeLabel(PlaceType(value.toInt()));
    case PlaceColumn::Lon:
    case PlaceColumn::Lat:
        return value.isNull() ? QVariant() : QVariant(QLocale().toString(value.toDouble(), 'f', 5));
    case PlaceColumn::Status:
        return value.toString() == QLatin1String("active") ? tr("Active") : tr("Removed from its sources");
    default:
        return value;
    }
}

QString PlaceTableModel::exportText(int row, int column) const
{
    const QVariantList* values = rowValues(row);
    if (!values)
        return {};
    const QVariant& value = values->at(column);
    switch (PlaceColumn(column)) {
    case PlaceColumn::Type:
        return placeTypeKey(PlaceType(value.toInt()));
    case PlaceColumn::Lon:
    case PlaceColumn::Lat:
        return value.isNull() ? QString() : QString::number(value.toDouble(), 'f', 7);
    default:
        return value.toString();
    }
}

QVariant PlaceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (PlaceColumn(section)) {
    case PlaceColumn::Id:
        return tr("Id");
    case PlaceColumn::Name:
        return tr("Name");
    case PlaceColumn::Address:
        return tr("Address");
    case PlaceColumn::Postcode:
        return tr("Postcode");
    case PlaceColumn::Commune:
        return tr("Commune");
    case PlaceColumn::Type:
        return tr("Type");
    case PlaceColumn::Website:
        return tr("Website");
    case PlaceColumn::Twitter:
        return tr("Twitter");
    case PlaceColumn::Facebook:
        return tr("Facebook");
    case PlaceColumn::Lon:
        return tr("Longitude");
    case PlaceColumn::Lat:
        return tr("Latitude");
    case PlaceColumn::Status:
        return tr("Status");
    case PlaceColumn::Region:
        return tr("Région");
    case PlaceColumn::Departement:
        return tr("Département");
    case PlaceColumn::Epci:
        return tr("EPCI");
    case PlaceColumn::Metropole:
        return tr("Métropole");
    case PlaceColumn::Ze2020:
        return tr("Employment zone");
    case PlaceColumn::Ze2020Class:
        return tr("Employment zone class");
    case PlaceColumn::Count:
        break;
    }
    return {};
}

void PlaceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(PlaceColumn::Count))
        return;
    const PlaceSort sort{PlaceColumn(column), order};
    if (sort == m_sort)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sort = sort;
    m_pages.clear();
    m_recent.clear();
    // Rows are not tracked across the new order: persistent indexes are dropped, the selection is reapplied
    // by its owner from place ids.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PlaceTableModel::setFilter(const PlaceFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    recount();
    endResetModel();
    emit countsChanged(m_count, m_total);
}

void PlaceTableModel::refresh()
{
    const qint64 before = m_count;
    const qint64 totalBefore = m_total;
    qint64 count = 0;
    qint64 total = 0;
    try {
        total = placeQueries::count(m_store.database());
        count = m_filter.isEmpty() ? total : placeQueries::count(m_store.database(), m_filter);
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
    }
    if (count == before) {
        // Same rows: repaint them (pages load again on demand), keeping the view's scroll and selection.
        m_total = total;
        m_pages.clear();
        m_recent.clear();
        if (m_count > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        recount();
        endResetModel();
    }
    if (before != m_count || totalBefore != m_total)
        emit countsChanged(m_count, m_total);
}

qint64 PlaceTableModel::placeId(int row) const
{
    const QVariantList* values = rowValues(row);
    return values ? values->at(int(PlaceColumn::Id)).toLongLong() : 0;
}

int PlaceTableModel::rowOf(qint64 placeId) const
{
    try {
        const qint64 row = placeQueries::rowOf(m_store.database(), m_filter, m_sort, placeId);
        return row < 0 || row >= m_count ? -1 : int(row);
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
        return -1;
    }
}

} // namespace recoupe
