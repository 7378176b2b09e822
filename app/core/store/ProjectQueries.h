// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace recoupe::queries {

// A row of a listing: values in the order of the listing's columns.
using RowSink = std::function<void(const QVariantList& values)>;

// Every imported record, removed ones included, in source then key order.
// Columns: source, source_key, place_id, name, address, postcode, commune, website, twitter, facebook,
// type, lon, lat, removed, line.
QStringList recordColumns();
void forEachRecord(QSqlDatabase& db, const RowSink& sink);

// Every listed place (not those absorbed by a merge). Columns: place_id, name, address, postcode, commune,
// website, twitter, facebook, type, lon, lat, status, records, sources, then the computed geography:
// region_code, region, departement_code, departement, epci_code, epci, metropole, ze2020_code, ze2020,
// ze2020_class, ze2010_code.
QStringList placeColumns();
void forEachPlace(QSqlDatabase& db, const RowSink& sink);
// The same with the places absorbed by a merge (status merged).
void forEachPlaceWithMerged(QSqlDatabase& db, const RowSink& sink);

// Imported sources. Columns: source, profile, records, removed, imports, first_import, last_import,
// last_file, licence.
QStringList sourceColumns();
void forEachSource(QSqlDatabase& db, const RowSink& sink);

qint64 placeCount(QSqlDatabase& db);

} // namespace recoupe::queries
