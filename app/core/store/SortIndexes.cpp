// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SortIndexes.h"

#include "Error.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

namespace recoupe::sortIndexes {

namespace {

struct Deferred
{
    PlaceColumn column;
    const char* name;
    const char* create; // as schema step 1 → 2 made it
};

// Not place_lon and place_lat: the checker finds the places that share a position through them; not
// place_status: the classification counts the active places through it.
constexpr Deferred deferred[] = {
    {PlaceColumn::Address, "place_address", "CREATE INDEX place_address ON place(address COLLATE NOCASE)"},
    {PlaceColumn::Website, "place_website", "CREATE INDEX place_website ON place(website)"},
    {PlaceColumn::Twitter, "place_twitter", "CREATE INDEX place_twitter ON place(twitter)"},
    {PlaceColumn::Facebook, "place_facebook", "CREATE INDEX place_facebook ON place(facebook)"},
};

void ensure(QSqlDatabase& db, const Deferred& index)
{
    if (sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?"),
                    {QString::fromLatin1(index.name)})
            .toInt() > 0)
        return;
    if (sql::scalar(db, QStringLiteral("PRAGMA query_only")).toInt() != 0)
        return;
    // Never wait for another process's write: the window asked for a sort, not for a pause.
    const int wait = sql::scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt();
    sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 0"));
    try {
        sql::exec(db, QString::fromLatin1(index.create));
    } catch (const Error&) {
        // Read-only file, or busy: the sort runs without the index and the next one tries again.
    }
    QSqlQuery restore(db);
    restore.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(wait));
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
            ensure(db, d);
    }
}

void ensureAll(QSqlDatabase& db)
{
    for (const Deferred& d : deferred)
        ensure(db, d);
}

} // namespace recoupe::sortIndexes
