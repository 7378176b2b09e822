// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace recoupe {

class Store;

// The computed geography of one place (région, département, EPCI, métropole, zones d'emploi), read-only,
// each value with where it comes from (the layer and its vintage) and, when the point lies in no polygon,
// how far the nearest one is.
class GeographyView : public QWidget
{
    Q_OBJECT
public:
    explicit GeographyView(Store& store, QWidget* parent = nullptr);
    void setPlace(qint64 placeId);

private:
    enum Line
    {
        Region,
        Departement,
        Epci,
        Metropole,
        Ze2020,
        Ze2010,
        LineCount
    };
    Store& m_store;
    QLabel* m_values[LineCount];
    QLabel* m_origins[LineCount];
};

} // namespace recoupe
