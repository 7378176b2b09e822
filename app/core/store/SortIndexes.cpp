// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SortIndexes.h"

#include "Error.h"
#include "store/SqlUtil.h"

namespace recoupe::sortIndexes {

namespace {

struct Deferred
{
    PlaceColumn column;
    const char* name;
    const char* create; // as schema step 1 → 2 made it
};

// Every index that only makes a sort or a filter faster. An import into an empty or small project leaves
// them out and they are built after it, in the window's background or by the first query that needs one:
// building them at the end of an import of 300,000 places cost 2.1 s of its 15 s. Not left out:
// place_primary_record (a re-import looks each changed record's place up by it), place_merged_into and
// place_has_problem (cheap, 0.1 s each, and read by almost every listing). place_lon and place_lat are built
// before the checker looks up the places that share a position (check::sameCoordinates).
constexpr Deferred deferred[] = {
    {PlaceColumn::Name, "place_name", "CREATE INDEX place_name ON place(name COLLATE NOCASE)"},
    {PlaceColumn::Postcode, "place_postcode", "CREATE INDEX place_postcode ON place(postcode)"},
    {PlaceColumn::Commune, "place_commune", "CREATE INDEX place_commune ON place(commune COLLATE NOCASE)"},
    {PlaceColumn::Type, "place_type", "CREATE INDEX place_type ON place(type)"},
    {PlaceColumn::Status, "place_status", "CREATE INDEX place_status ON place(status)"},
    {PlaceColumn::Lon, "place_lon", "CREATE INDEX place_lon ON place(lon)"},
    {PlaceColumn::Lat, "place_lat", "CREATE INDEX place_lat ON place(lat)"},
    {PlaceColumn::Address, "place_address", "CREATE INDEX place_address ON place(address COLLATE NOCASE)"},
    {PlaceColumn::Website, "place_website", "CREATE INDEX place_website ON place(website)"},
    {PlaceColumn::Twitter, "place_twitter", "CREATE INDEX place_twitter ON place(twitter)"},
    {PlaceColumn::Facebook, "place_facebook", "CREATE INDEX place_facebook ON place(facebook)"},
    // The geography filters' (schema step 6 → 7): a first computation of many places leaves them out
    // (geography::updateStale), 0.9 s of an import of 300,000 places.
    {PlaceColumn::Count, "place_geography_region",
     "CREATE INDEX place_geography_region ON place_geography(region_code)"},
    {PlaceColumn::Count, "place_geography_departement",
     "CREATE INDEX place_geography_departement ON place_geography(departement_code)"},
    {PlaceColumn::Count, "place_geography_metropole",
     "CREATE INDEX place_geography_metropole ON place_geography(metropole_code)"},
    {PlaceColumn::Count, "place_geography_ze2020_class",
     "CREATE INDEX place_geography_ze2020_class ON place_geography(ze2020_class)"},
};

void ensure(QSqlDatabase& db, const Deferred& index, int waitMs)
{
    if (sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
                    {QString::fromLatin1(index.name)})
            .toInt() > 0)
        return;
    if (sql::scalar(db, QStringLiteral("PRAGMA query_only")).toInt() != 0)
        return;
    // A sort never waits for another write: the window asked for a sort, not for a pause.
    const sql::ScopedBusyTimeout wait(db, waitMs);
    try {
        sql::exec(db, QString::fromLatin1(index.create));
    } catch (const Error&) {
        // Read-only file, or busy: the sort runs without the index and the next one tries again.
    }
}

} // namespace

bool isDeferred(const QString& indexName)
{
    for (const Deferred& d : deferred) {
        if (indexName == QLatin1String(d.name))
            return true;
    }
    return false;
}

void ensureFor(QSqlDatabase& db, PlaceColumn column)
{
    for (const Deferred& d : deferred) {
        if (d.column == column)
            ensure(db, d, 0);
    }
}

void ensureForFilter(QSqlDatabase& db, const PlaceFilter& filter)
{
    auto ensureNamed = [&db](const char* name) {
        for (const Deferred& d : deferred) {
            if (qstrcmp(d.name, name) == 0)
                ensure(db, d, 0);
        }
    };
    if (!filter.departement.isEmpty())
        ensureNamed("place_geography_departement");
    else if (!filter.region.isEmpty())
        ensureNamed("place_geography_region");
    if (!filter.metropole.isEmpty())
        ensureNamed("place_geography_metropole");
    if (!filter.zoneClass.isEmpty())
        ensureNamed("place_geography_ze2020_class");
}

void ensureAll(QSqlDatabase& db, int waitMs)
{
    for (const Deferred& d : deferred)
        ensure(db, d, waitMs);
}

} // namespace recoupe::sortIndexes
