// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace recoupe {

class Store;

// The candidate duplicates of the selected place, from the last search: the other place, its source,
// the score, the verdict and the explanation. Activating one (Enter, double-click) asks to look at the
// two places together.
class CandidateList : public QWidget
{
    Q_OBJECT
public:
    explicit CandidateList(Store& store, QWidget* parent = nullptr);
    void setPlace(qint64 placeId);
    qint64 placeId() const { return m_placeId; }
    void focusList();

signals:
    void pairActivated(qint64 placeId, qint64 otherPlaceId);

private:
    Store& m_store;
    qint64 m_placeId = 0;
    QLabel* m_summary;
    QLabel* m_why; // the current candidate's explanation, wrapped (the column is often cut)
    QTreeWidget* m_list;
};

} // namespace recoupe
