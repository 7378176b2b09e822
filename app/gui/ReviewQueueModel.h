// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewQueries.h"

#include <QAbstractTableModel>
#include <vector>

namespace recoupe {

class Store;

// The review queue of the last search: its groups, best score first, as the filter chose them. Held in
// memory (a group number and a few counts each, 450,000 groups at a million places) so that moving to
// the next group costs nothing; a group's counts are refreshed after an action on it.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Group,
        Score,
        Pairs,
        State,
        ColumnCount
    };

    explicit ReviewQueueModel(Store& store, QObject* parent = nullptr);

    void setFilter(const queries::ReviewFilter& filter);
    const queries::ReviewFilter& filter() const { return m_filter; }
    // Reads the queue again (a new search, a filter).
    void reload();
    // Reads one group's counts again (after a decision, a merge, their undo).
    void refreshGroup(qint64 group);
    // Hides the scores and verdicts (a reviewer labelling blind).
    void setBlind(bool blind);

    const queries::ReviewGroup& groupAt(int row) const { return m_groups.at(size_t(row)); }
    int rowOfGroup(qint64 group) const;
    int examinedCount() const;
    int groupCount() const { return int(m_groups.size()); }
    // The first row from `from` (included) whose group still has a pair to decide, or -1.
    int nextOpenRow(int from) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Store& m_store;
    queries::ReviewFilter m_filter;
    std::vector<queries::ReviewGroup> m_groups;
    bool m_blind = false;
};

} // namespace recoupe
