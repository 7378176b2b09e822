// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"
#include "store/PlaceFilter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace recoupe::exporting {

// Everything an export can write about one place: curated fields, computed geography, sources, and the
// few attributes of its primary record that the CGET 2019 layout carries and Recoupe does not compute.
struct PlaceRow
{
    qint64 id = 0;
    PlaceFields fields;
    QString typeKey; // "coworking", "fablab", "unknown" (and the classification's own types)
    QString exclusionReason;
    QString status;
    QString updatedAt;
    QString lastReviewed; // the last audited change of the place (edit, move, merge, split...)
    QString regionCode, region, departementCode, departement, epciCode, epci, metropoleCode, metropole;
    QString ze2020Code, ze2020, ze2020Class, ze2010Code, ze2010;
    qint64 ze2010Population = -1;
    bool hasGeography = false;
    QString sources; // source names, comma-separated
    qint64 recordCount = 0;
    QString recordIds; // raw record ids, ascending, ';'-separated (for the snapshot diff)
    // Primary record's attributes (CGET layout): as imported, empty for other sources.
    QString cominit, inseecom, geocod, precision, inseemetro, nomcommetro, popcom, comclass;
    // Personal (non-public exports only).
    QString contact, email, phone;
};

// Streams the places matching a filter, by id. The only place that knows the store's columns for export.
class PlaceRowReader
{
public:
    PlaceRowReader(QSqlDatabase& db, const PlaceFilter& filter);
    qint64 count();
    // Fills `row` with the next place; false at the end.
    bool next(PlaceRow& row);

private:
    QSqlDatabase& m_db;
    PlaceFilter m_filter;
    QSqlQuery m_query;
    bool m_started = false;
};

} // namespace recoupe::exporting
