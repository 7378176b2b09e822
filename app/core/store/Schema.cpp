// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Schema.h"

#include "Error.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace recoupe::schema {

namespace {

// A place has a problem when it has no coordinates, no postcode or no name, or lies outside France and
// its overseas territories. Boxes: mainland and Corsica, Guadeloupe, Martinique, Guyane, Réunion, Mayotte,
// Saint-Pierre-et-Miquelon, Saint-Martin/Saint-Barthélemy, Polynésie, Nouvelle-Calédonie,
// Wallis-et-Futuna. Part of migration 2 → 3: a later change of the rule is a new migration.
} // namespace

QString placeProblemExpression(const QString& row)
{
    return QStringLiteral("lon IS NULL OR lat IS NULL OR postcode = '' OR name = '' OR NOT ("
                          "(lon BETWEEN -5.8 AND 10.0 AND lat BETWEEN 41.2 AND 51.3) OR "
                          "(lon BETWEEN -62.0 AND -60.7 AND lat BETWEEN 15.7 AND 16.6) OR "
                          "(lon BETWEEN -61.3 AND -60.7 AND lat BETWEEN 14.3 AND 15.0) OR "
                          "(lon BETWEEN -54.7 AND -51.5 AND lat BETWEEN 2.0 AND 6.0) OR "
                          "(lon BETWEEN 55.1 AND 55.9 AND lat BETWEEN -21.5 AND -20.8) OR "
                          "(lon BETWEEN 44.9 AND 45.4 AND lat BETWEEN -13.1 AND -12.5) OR "
                          "(lon BETWEEN -56.5 AND -56.0 AND lat BETWEEN 46.7 AND 47.2) OR "
                          "(lon BETWEEN -63.2 AND -62.7 AND lat BETWEEN 17.8 AND 18.2) OR "
                          "(lon BETWEEN -155.0 AND -134.0 AND lat BETWEEN -28.0 AND -7.0) OR "
                          "(lon BETWEEN 163.5 AND 168.5 AND lat BETWEEN -23.0 AND -19.5) OR "
                          "(lon BETWEEN -178.5 AND -175.9 AND lat BETWEEN -14.5 AND -13.0))")
        .replace(QRegularExpression(QStringLiteral("\\b(lon|lat|postcode|name)\\b")),
                 row + QStringLiteral("\\1"));
}

namespace {

// Each migration takes the file from version i to i + 1. Never edit a released migration: add one.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps{
        // 0 → 1: sources, raw records with their history, curated places, provenance, decisions, audit.
        {
            QStringLiteral(R"(CREATE TABLE source (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                profile TEXT NOT NULL,
                licence TEXT NOT NULL DEFAULT '',
                attribution TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE import_run (
                id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES source(id),
                file_name TEXT NOT NULL,
                file_sha256 TEXT NOT NULL,
                file_size INTEGER NOT NULL,
                profile TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                added INTEGER NOT NULL DEFAULT 0,
                changed INTEGER NOT NULL DEFAULT 0,
                removed INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0,
                problems TEXT NOT NULL DEFAULT '[]'))"),
            QStringLiteral(R"(CREATE TABLE raw_record (
                id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES source(id),
                source_key TEXT NOT NULL,
                import_id INTEGER NOT NULL REFERENCES import_run(id),
                line INTEGER NOT NULL,
                removed INTEGER NOT NULL DEFAULT 0,
                attributes TEXT NOT NULL,
                digest TEXT NOT NULL,
                name TEXT NOT NULL DEFAULT '',
                address TEXT NOT NULL DEFAULT '',
                postcode TEXT NOT NULL DEFAULT '',
                commune TEXT NOT NULL DEFAULT '',
                website TEXT NOT NULL DEFAULT '',
                twitter TEXT NOT NULL DEFAULT '',
                facebook TEXT NOT NULL DEFAULT '',
                type INTEGER NOT NULL DEFAULT 0,
                lon REAL,
                lat REAL,
                UNIQUE (source_id, source_key)))"),
            QStringLiteral(R"(CREATE TABLE raw_record_history (
                id INTEGER PRIMARY KEY,
                raw_record_id INTEGER NOT NULL REFERENCES raw_record(id),
                superseded_by_import INTEGER NOT NULL REFERENCES import_run(id),
                change TEXT NOT NULL CHECK (change IN ('changed', 'removed', 'restored')),
                old_import_id INTEGER NOT NULL,
                old_line INTEGER NOT NULL,
                old_attributes TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE place (
                id INTEGER PRIMARY KEY,
                primary_record_id INTEGER REFERENCES raw_record(id),
                name TEXT NOT NULL DEFAULT '',
                address TEXT NOT NULL DEFAULT '',
                postcode TEXT NOT NULL DEFAULT '',
                commune TEXT NOT NULL DEFAULT '',
                website TEXT NOT NULL DEFAULT '',
                twitter TEXT NOT NULL DEFAULT '',
                facebook TEXT NOT NULL DEFAULT '',
                type INTEGER NOT NULL DEFAULT 0,
                lon REAL,
                lat REAL,
                status TEXT NOT NULL DEFAULT 'active',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE place_record (
                place_id INTEGER NOT NULL REFERENCES place(id),
                raw_record_id INTEGER NOT NULL UNIQUE REFERENCES raw_record(id),
                PRIMARY KEY (place_id, raw_record_id)))"),
            // A row only where a curated field does not come from the place's primary record:
            // edited by hand (raw_record_id NULL) or taken from another record at a merge.
            QStringLiteral(R"(CREATE TABLE field_origin (
                place_id INTEGER NOT NULL REFERENCES place(id),
                field TEXT NOT NULL,
                raw_record_id INTEGER REFERENCES raw_record(id),
                PRIMARY KEY (place_id, field)))"),
            QStringLiteral(R"(CREATE TABLE pair_decision (
                id INTEGER PRIMARY KEY,
                source_a TEXT NOT NULL,
                key_a TEXT NOT NULL,
                source_b TEXT NOT NULL,
                key_b TEXT NOT NULL,
                decision TEXT NOT NULL CHECK (decision IN ('same', 'different', 'unsure')),
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                UNIQUE (source_a, key_a, source_b, key_b)))"),
            QStringLiteral(R"(CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id INTEGER,
                field TEXT,
                old_value TEXT,
                new_value TEXT,
                details TEXT))"),
            QStringLiteral("CREATE INDEX place_name ON place(name COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX place_postcode ON place(postcode)"),
            QStringLiteral("CREATE INDEX place_commune ON place(commune COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX place_type ON place(type)"),
            QStringLiteral("CREATE INDEX audit_entity ON audit_log(entity, entity_id)"),
            QStringLiteral(
                "CREATE VIRTUAL TABLE place_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat)"),
            QStringLiteral("CREATE VIRTUAL TABLE place_fts USING fts5(name, address, commune, postcode, "
                           "content='place', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
            // Triggers keep the spatial and text indexes in step with every write to place.
            QStringLiteral(R"(CREATE TRIGGER place_ai AFTER INSERT ON place BEGIN
                INSERT INTO place_fts(rowid, name, address, commune, postcode)
                    VALUES (new.id, new.name, new.address, new.commune, new.postcode);
                INSERT INTO place_rtree(id, min_lon, max_lon, min_lat, max_lat)
                    SELECT new.id, new.lon, new.lon, new.lat, new.lat
                    WHERE new.lon IS NOT NULL AND new.lat IS NOT NULL;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER place_au AFTER UPDATE ON place BEGIN
                INSERT INTO place_fts(place_fts, rowid, name, address, commune, postcode)
                    VALUES ('delete', old.id, old.name, old.address, old.commune, old.postcode);
                INSERT INTO place_fts(rowid, name, address, commune, postcode)
                    VALUES (new.id, new.name, new.address, new.commune, new.postcode);
                DELETE FROM place_rtree WHERE id = old.id;
                INSERT INTO place_rtree(id, min_lon, max_lon, min_lat, max_lat)
                    SELECT new.id, new.lon, new.lon, new.lat, new.lat
                    WHERE new.lon IS NOT NULL AND new.lat IS NOT NULL;
            END)"),
            QStringLiteral(R"(CREATE TRIGGER place_ad AFTER DELETE ON place BEGIN
                INSERT INTO place_fts(place_fts, rowid, name, address, commune, postcode)
                    VALUES ('delete', old.id, old.name, old.address, old.commune, old.postcode);
                DELETE FROM place_rtree WHERE id = old.id;
            END)"),
        },
        // 1 → 2: indexes for sorting the places table by any of its columns (with a million places, a sort
        // without an index costs 2.4 s; with one, 20 ms).
        {
            QStringLiteral("CREATE INDEX place_address ON place(address COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX place_website ON place(website)"),
            QStringLiteral("CREATE INDEX place_twitter ON place(twitter)"),
            QStringLiteral("CREATE INDEX place_facebook ON place(facebook)"),
            QStringLiteral("CREATE INDEX place_status ON place(status)"),
            QStringLiteral("CREATE INDEX place_lon ON place(lon)"),
            QStringLiteral("CREATE INDEX place_lat ON place(lat)"),
        },
        // 2 → 3: the candidate duplicates of the last matching run, kept for the window (filter, map
        // marks and links) until the next run; and a computed, indexed "has problems" flag (a scan of a
        // million places for the same test took 320 ms).
        {
            QStringLiteral(R"(CREATE TABLE match_run (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                records INTEGER NOT NULL,
                same_pairs INTEGER NOT NULL,
                review_pairs INTEGER NOT NULL,
                group_count INTEGER NOT NULL,
                seconds REAL NOT NULL))"),
            // record_a/record_b name raw_record ids without a foreign key: checking two parent rows per
            // pair (large rows on scattered pages) took half of keeping 900,000 pairs (11.7 s → 6.5 s);
            // the ids come from the records just read, and raw records are never deleted.
            QStringLiteral(R"(CREATE TABLE candidate_pair (
                id INTEGER PRIMARY KEY,
                run_id INTEGER NOT NULL REFERENCES match_run(id),
                record_a INTEGER NOT NULL,
                record_b INTEGER NOT NULL,
                score REAL NOT NULL,
                verdict TEXT NOT NULL CHECK (verdict IN ('same', 'review')),
                group_no INTEGER NOT NULL,
                distance_m REAL,
                explanation TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX candidate_pair_a ON candidate_pair(record_a)"),
            QStringLiteral("CREATE INDEX candidate_pair_b ON candidate_pair(record_b)"),
            // The places holding a record of a kept pair, for the filter and the map (computed from the
            // pairs each time, a filter on 450,000 pairs took 0.8 s).
            QStringLiteral(
                "CREATE TABLE candidate_place (place_id INTEGER PRIMARY KEY REFERENCES place(id))"),
            QStringLiteral(
                "ALTER TABLE place ADD COLUMN has_problem INTEGER GENERATED ALWAYS AS (%1) VIRTUAL")
                .arg(placeProblemExpression()),
            QStringLiteral("CREATE INDEX place_has_problem ON place(has_problem)"),
        },
        // 3 → 4: review and merge. SQLite's session extension (which records what a merge changed, for
        // its undo) refuses tables with generated columns: has_problem becomes a column kept by triggers. An
        // absorbed place keeps its row (status 'merged', merged_into the place
        // that absorbed it); place_merge keeps what a split needs to bring the places back as they were.
        // A kept candidate pair carries the decision taken on it during review (NULL: still to review),
        // so that the queue shows its progress; pair_decision remains the lasting record, by source keys.
        {
            QStringLiteral("ALTER TABLE place ADD COLUMN merged_into INTEGER REFERENCES place(id)"),
            QStringLiteral("CREATE INDEX place_merged_into ON place(merged_into)"),
            QStringLiteral(R"(CREATE TABLE place_merge (
                id INTEGER PRIMARY KEY,
                kept_place_id INTEGER NOT NULL REFERENCES place(id),
                absorbed_place_id INTEGER NOT NULL REFERENCES place(id),
                before TEXT NOT NULL,
                merged_at TEXT NOT NULL,
                merged_by TEXT NOT NULL,
                split_at TEXT,
                split_by TEXT))"),
            QStringLiteral("CREATE INDEX place_merge_kept ON place_merge(kept_place_id)"),
            // Re-import updates the fields a merged place took from a record: found by the record.
            QStringLiteral("CREATE INDEX field_origin_record ON field_origin(raw_record_id)"),
            QStringLiteral("ALTER TABLE candidate_pair ADD COLUMN decision TEXT "
                           "CHECK (decision IN ('same', 'different', 'unsure'))"),
            QStringLiteral("CREATE INDEX candidate_pair_group ON candidate_pair(group_no)"),
            // The text and spatial indexes follow only the columns they hold (a merge's status change, or
            // the has_problem trigger below, no longer rewrites them; and the AFTER INSERT trigger's update
            // must not reach the text index before the row is in it).
            QStringLiteral("DROP TRIGGER place_au"),
            QStringLiteral(
                R"(CREATE TRIGGER place_au AFTER UPDATE OF name, address, commune, postcode, lon, lat
                ON place BEGIN
                INSERT INTO place_fts(place_fts, rowid, name, address, commune, postcode)
                    VALUES ('delete', old.id, old.name, old.address, old.commune, old.postcode);
                INSERT INTO place_fts(rowid, name, address, commune, postcode)
                    VALUES (new.id, new.name, new.address, new.commune, new.postcode);
                DELETE FROM place_rtree WHERE id = old.id;
                INSERT INTO place_rtree(id, min_lon, max_lon, min_lat, max_lat)
                    SELECT new.id, new.lon, new.lon, new.lat, new.lat
                    WHERE new.lon IS NOT NULL AND new.lat IS NOT NULL;
            END)"),
            QStringLiteral("DROP INDEX place_has_problem"),
            QStringLiteral("ALTER TABLE place DROP COLUMN has_problem"),
            QStringLiteral("ALTER TABLE place ADD COLUMN has_problem INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE place SET has_problem = (%1)").arg(placeProblemExpression()),
            QStringLiteral("CREATE INDEX place_has_problem ON place(has_problem)"),
            QStringLiteral("CREATE TRIGGER place_problem_ai AFTER INSERT ON place BEGIN "
                           "UPDATE place SET has_problem = (%1) WHERE id = new.id; END")
                .arg(placeProblemExpression(QStringLiteral("new."))),
            QStringLiteral(
                "CREATE TRIGGER place_problem_au AFTER UPDATE OF lon, lat, postcode, name ON place BEGIN "
                "UPDATE place SET has_problem = (%1) WHERE id = new.id AND has_problem IS NOT (%1); END")
                .arg(placeProblemExpression(QStringLiteral("new."))),
        },
        // 4 → 5: re-importing a changed record refreshes its place by primary_record_id, which had no
        // index: each changed record scanned every place (300,000 rows with 29,900 changed: 13 min 27 s;
        // with this index, a copy of that project took 7.95 s).
        {
            QStringLiteral("CREATE INDEX place_primary_record ON place(primary_record_id)"),
        },
        // 5 → 6: the file says it is a Recoupe project, so that another program's SQLite file is refused
        // instead of being turned into a project ("RcuP", Store::ApplicationId).
        {
            QStringLiteral("PRAGMA application_id = 1382249808"),
        },
        // 6 → 7: the geography of each place, computed from the bundled boundary layers (geo::GeoLayers):
        // which layers and vintages, their units, and per place the code found in each layer with how far
        // the point was from it (0: inside; more: the nearest polygon, at most that many metres away). The
        // position it was computed for is kept, so a place that moved is seen as stale. Codes only per
        // place, names once in geo_unit, to keep a million rows small.
        {
            QStringLiteral(R"(CREATE TABLE geo_layer (
                key TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                vintage TEXT NOT NULL,
                licence TEXT NOT NULL,
                digest TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE geo_unit (
                layer TEXT NOT NULL REFERENCES geo_layer(key),
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                population INTEGER,
                nature TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (layer, code)))"),
            QStringLiteral(R"(CREATE TABLE place_geography (
                place_id INTEGER PRIMARY KEY REFERENCES place(id),
                lon REAL,
                lat REAL,
                region_code TEXT,
                departement_code TEXT,
                departement_distance_m REAL,
                epci_code TEXT,
                epci_distance_m REAL,
                metropole_code TEXT,
                ze2020_code TEXT,
                ze2020_distance_m REAL,
                ze2020_class TEXT,
                ze2010_code TEXT,
                ze2010_distance_m REAL,
                computed_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX place_geography_region ON place_geography(region_code)"),
            QStringLiteral("CREATE INDEX place_geography_departement ON place_geography(departement_code)"),
            QStringLiteral("CREATE INDEX place_geography_metropole ON place_geography(metropole_code)"),
            QStringLiteral("CREATE INDEX place_geography_ze2020_class ON place_geography(ze2020_class)"),
            // The problems the checker found (check::Checker), kept for the "has problems" filter: refreshed
            // by each check, for the places of an import, and for a place at each edit.
            QStringLiteral(R"(CREATE TABLE place_problem (
                place_id INTEGER NOT NULL REFERENCES place(id),
                code TEXT NOT NULL,
                severity TEXT NOT NULL,
                PRIMARY KEY (place_id, code)) WITHOUT ROWID)"),
            // The checker and the geography of an import find its records by import (a scan otherwise).
            QStringLiteral("CREATE INDEX raw_record_import ON raw_record(import_id)"),
        },
        // 7 → 8: classification. A place may be excluded (type 3) with a reason from the mission's short
        // list and a note; each place's suggested type (classify::TypeSuggester) is kept with its
        // confidence and reason, so that the "suggested type differs" filter is one indexed join, and
        // `disputed` says that its records' sources disagree on the type.
        {
            QStringLiteral("ALTER TABLE place ADD COLUMN exclusion_reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE place ADD COLUMN exclusion_note TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE place_suggestion (
                place_id INTEGER PRIMARY KEY REFERENCES place(id),
                type INTEGER NOT NULL,
                exclusion_reason TEXT NOT NULL DEFAULT '',
                confidence REAL NOT NULL,
                reason TEXT NOT NULL,
                disputed INTEGER NOT NULL DEFAULT 0))"),
        },
        // 8 → 9: exported snapshots (export::Exporter): what was written, by whom, with which layout, filter
        // and counts, and the file's SHA-256; and what each place looked like in it, so that two snapshots
        // can be compared without their files. A place's content is kept once per distinct content
        // (snapshot_content, keyed by a 64-bit digest) and each snapshot names it per place: a second
        // snapshot of a million places where few changed costs about 30 bytes a place, not 250.
        {
            QStringLiteral(R"(CREATE TABLE snapshot (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                layout TEXT NOT NULL,
                format TEXT NOT NULL,
                public INTEGER NOT NULL,
                filter TEXT NOT NULL DEFAULT '',
                places INTEGER NOT NULL,
                file TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                counts TEXT NOT NULL DEFAULT '{}'))"),
            QStringLiteral(R"(CREATE TABLE snapshot_content (
                digest INTEGER PRIMARY KEY,
                content TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE snapshot_place (
                snapshot_id INTEGER NOT NULL REFERENCES snapshot(id),
                place_id INTEGER NOT NULL,
                digest INTEGER NOT NULL,
                PRIMARY KEY (snapshot_id, place_id)) WITHOUT ROWID)"),
        },
        // 9 → 10: the header of each imported file (a JSON array of its column names), so that the checker
        // resolves a source's columns once instead of from the keys of each of its records (empty values
        // are not kept in a record's attributes).
        {
            QStringLiteral("ALTER TABLE import_run ADD COLUMN columns TEXT"),
            // Earlier imports: the names their records hold a value for.
            QStringLiteral("UPDATE import_run SET columns = (SELECT json_group_array(DISTINCT j.key) FROM "
                           "raw_record r, json_each(r.attributes) j WHERE r.import_id = import_run.id)"),
        },
        // 10 → 11: no R*Tree. Nothing read place_rtree (the map keeps its own point index in memory,
        // map::PointIndex), and keeping it filled cost about a sixth of a first import (300,000 places:
        // 5 s of 30). The triggers keep only the text index in step.
        {
            QStringLiteral("DROP TRIGGER place_ai"),
            QStringLiteral(R"(CREATE TRIGGER place_ai AFTER INSERT ON place BEGIN
                INSERT INTO place_fts(rowid, name, address, commune, postcode)
                    VALUES (new.id, new.name, new.address, new.commune, new.postcode);
            END)"),
            QStringLiteral("DROP TRIGGER place_au"),
            QStringLiteral(R"(CREATE TRIGGER place_au AFTER UPDATE OF name, address, commune, postcode
                ON place BEGIN
                INSERT INTO place_fts(place_fts, rowid, name, address, commune, postcode)
                    VALUES ('delete', old.id, old.name, old.address, old.commune, old.postcode);
                INSERT INTO place_fts(rowid, name, address, commune, postcode)
                    VALUES (new.id, new.name, new.address, new.commune, new.postcode);
            END)"),
            QStringLiteral("DROP TRIGGER place_ad"),
            QStringLiteral(R"(CREATE TRIGGER place_ad AFTER DELETE ON place BEGIN
                INSERT INTO place_fts(place_fts, rowid, name, address, commune, postcode)
                    VALUES ('delete', old.id, old.name, old.address, old.commune, old.postcode);
            END)"),
            QStringLiteral("DROP TABLE place_rtree"),
        },
        // 11 → 12: the checks of a large import are left for later (check::checkPending): the import that
        // leaves them says so here, and whoever runs them clears it.
        {
            QStringLiteral("ALTER TABLE import_run ADD COLUMN checks_pending INTEGER NOT NULL DEFAULT 0"),
        },
    };
    return steps;
}

int userVersion(QSqlDatabase& db)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

int latestVersion()
{
    return int(migrations().size());
}

void checkNotNewer(QSqlDatabase& db)
{
    const int version = userVersion(db);
    if (version > latestVersion()) {
        throw Error(QCoreApplication::translate("Store",
                                                "The project %1 was written by a newer version of Recoupe "
                                                "(schema %2; this version knows up to %3). Update Recoupe "
                                                "to open it.")
                        .arg(db.databaseName())
                        .arg(version)
                        .arg(latestVersion()));
    }
}

void migrateTo(QSqlDatabase& db, int target)
{
    checkNotNewer(db);
    while (userVersion(db) < target) {
        // The version is read again under the write lock: another process opening the same new file at
        // the same moment may have migrated it meanwhile.
        sql::Transaction transaction(db);
        int version = userVersion(db);
        if (version >= target)
            break;
        // A new project is made whole in one transaction: another process opening it meanwhile waits,
        // then finds it complete, instead of taking the steps in turns with this one (and keeping a
        // "backup" of a half-made project).
        const int last = version == 0 ? target : version + 1;
        for (; version < last; ++version)
            for (const QString& statement : migrations().at(version))
                sql::exec(db, statement);
        sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

void migrate(QSqlDatabase& db)
{
    migrateTo(db, latestVersion());
}

} // namespace recoupe::schema
