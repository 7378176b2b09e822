// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PlaceFilter.h"
#include "store/PlaceQueries.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace recoupe {

class Store;

// The places of a project as a lazy table: the row count comes from one COUNT, rows are read in pages of
// `pageSize` by LIMIT/OFFSET when the view asks for them and kept in a small cache; sorting and filtering
// are SQL. A million places open as fast as a hundred.
class PlaceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int pageSize = 256;
    static constexpr int cachedPages = 64;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit PlaceTableModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const PlaceFilter& filter() const { return m_filter; }
    void setFilter(const PlaceFilter& filter);
    const PlaceSort& sortOrder() const { return m_sort; }

    // The place shown at `row` (0 when out of range).
    qint64 placeId(int row) const;
    // The row showing a place, or -1 when the filter hides it.
    int rowOf(qint64 placeId) const;
    // Places in the project, whatever the filter.
    qint64 totalCount() const { return m_total; }

    // Re-reads after the project changed: the same rows repainted, or a reset if the count changed.
    void refresh();

    // Column as text for copying (type key, coordinates with a point).
    QString exportText(int row, int column) const;

signals:
    void countsChanged(qint64 shown, qint64 total);

private:
    const QVariantList* rowValues(int row) const;
    void recount();

    Store& m_store;
    PlaceFilter m_filter;
    PlaceSort m_sort;
    qint64 m_count = 0;
    qint64 m_total = 0;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_recent; // pages, most recent last
};

} // namespace recoupe
