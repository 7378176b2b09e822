// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"
#include "export/FlatJson.h"
#include "store/PlaceFilter.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

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

// What the caller writes: the primary record's CGET attributes (cget2019 layout) and the personal
// attributes (non-public exports) are extracted from its JSON only when asked for.
struct PlaceRowNeeds
{
    bool attributes = true;
    bool personal = true;
};

// Streams the places matching a filter, by id. The only place that knows the store's columns for export.
// A million rows are read through SQLite's own API (Qt's 43 QVariants a row cost more than the SELECT),
// and the names of geographic units and sources come from maps loaded once rather than from joins.
class PlaceRowReader
{
public:
    using Needs = PlaceRowNeeds;
    PlaceRowReader(QSqlDatabase& db, const PlaceFilter& filter, Needs needs = {});
    ~PlaceRowReader();
    PlaceRowReader(const PlaceRowReader&) = delete;
    PlaceRowReader& operator=(const PlaceRowReader&) = delete;
    qint64 count();
    // Fills `row` with the next place; false at the end. Throws Error when SQLite fails.
    bool next(PlaceRow& row);

private:
    struct Unit
    {
        QString name;
        qint64 population = -1;
    };
    // Looked up by the code's UTF-8 text as SQLite gives it, with no string built for the key.
    struct CodeHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view code) const { return std::hash<std::string_view>()(code); }
    };
    using Units = std::unordered_map<std::string, Unit, CodeHash, std::equal_to<>>;
    void start();
    const Unit* unit(const Units& layer, int column) const;
    void readRecords(PlaceRow& row, int column) const;

    QSqlDatabase& m_db;
    PlaceFilter m_filter;
    Needs m_needs;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_started = false;
    Units m_regions, m_departements, m_epci, m_ze2020, m_ze2010;
    QHash<qint64, QByteArray> m_sourceNames; // UTF-8, sorted as SQLite sorts text
    std::optional<FlatJson> m_attributes;    // the primary record's attributes that are needed
    std::vector<QString> m_values;
};

} // namespace recoupe::exporting
