// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceType.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

namespace recoupe {

// What the table and the map show: the places matching every criterion set. Turned into SQL here so that
// filtering a million places is the database's work, never a proxy model's.
struct PlaceFilter
{
    QString text; // words searched in name, address, commune, postcode (prefixes, accents ignored)
    std::optional<PlaceType> type;
    QString region;                   // INSEE code of a région ("53"), from the computed geography
    QString departement;              // "35", "2A", "971", from the computed geography
    QString metropole;                // SIREN of a métropole, or anyMetropole
    QString zoneClass;                // CGET class of the zone d'emploi 2020 ("0-50 000"...)
    qint64 sourceId = 0;              // places with a record from that source
    bool candidateDuplicates = false; // see candidateDuplicatesCondition()
    bool problems = false;            // see problemsCondition()
    bool suggestionDiffers = false;   // see suggestionDiffersCondition()
    bool includeMerged = false;       // also the places absorbed by a merge (status merged)

    static constexpr const char* anyMetropole = "*";
    bool isEmpty() const;
    bool operator==(const PlaceFilter&) const = default;
};

// A WHERE clause over `place p` and the values bound to its placeholders, in order.
struct SqlCondition
{
    QString clause; // "" or " WHERE ..."
    QVariantList values;
};

namespace filter {

// The clause alone: for a filter without text, or once the text index is known to answer (see below).
SqlCondition condition(const PlaceFilter& filter);
// The clause for a query on `db`: a filter with text first makes sure that the text index answers it
// completely (textIndex::ensureForSearch: a large import leaves it for later).
SqlCondition condition(QSqlDatabase& db, const PlaceFilter& filter);

// The FTS5 query for free text: each word becomes a quoted prefix term, all words required
// ("fab rennes" → "fab"* AND ("rennes"* OR "re nnes"* …), see the splits in ftsQuery). Empty when the text
// has no word.
QString ftsQuery(const QString& text);

// "Has candidate duplicates": the place holds a record of a candidate pair kept by the last matching
// run (see match::MatchRunner::save) and not decided since.
QString candidateDuplicatesCondition();
// The ids of those places, as a subquery.
QString candidatePlacesQuery();

// "Has problems": no coordinates, no postcode, no name, or a position outside France and its overseas
// territories (the same boxes as normalise::position, kept coarse on purpose): place.has_problem; or an
// error or warning of the checker (place_problem, see check::Checker).
QString problemsCondition();

// "Suggested type differs from type": the kept suggestion (place_suggestion) names another type, or the
// place's sources disagree on it.
QString suggestionDiffersCondition();

} // namespace filter
} // namespace recoupe
