// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PlaceQueries.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace recoupe {

class Store;

// The raw records a place is made of, as imported: which source, which key, and their original attributes
// (the profile's personal columns, such as contact names and e-mails, are never shown).
class RecordDetails : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetails(Store& store, QWidget* parent = nullptr);
    void setPlace(qint64 placeId);
    qint64 placeId() const { return m_placeId; }

private:
    void showRecord(int index);

    Store& m_store;
    qint64 m_placeId = 0;
    QList<PlaceRecord> m_records;
    QTreeWidget* m_list;
    QTableWidget* m_attributes;
};

} // namespace recoupe
