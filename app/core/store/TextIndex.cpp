// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TextIndex.h"

#include "Error.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

namespace recoupe::textIndex {

namespace {

// The triggers as schema step 10 → 11 made them (a test compares them with a new project's).
const char* const triggers[] = {
    R"(CREATE TRIGGER place_ai AFTER INSERT ON place BEGIN
                INSERT INTO place_fts(rowid, name, address, commune, postcode)
                    VALUES (new.id, new.name, new.address, new.commune, new.postcode);
            END)",
    R"(CREATE TRIGGER place_au AFTER UPDATE OF name, address, commune, postcode
                ON place BEGIN
                INSERT INTO place_fts(place_fts, rowid, name, address, commune, postcode)
                    VALUES ('delete', old.id, old.name, old.address, old.commune, old.postcode);
                INSERT INTO place_fts(rowid, name, address, commune, postcode)
                    VALUES (new.id, new.name, new.address, new.commune, new.postcode);
            END)",
    R"(CREATE TRIGGER place_ad AFTER DELETE ON place BEGIN
                INSERT INTO place_fts(place_fts, rowid, name, address, commune, postcode)
                    VALUES ('delete', old.id, old.name, old.address, old.commune, old.postcode);
            END)",
};

bool readOnly(QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("PRAGMA query_only")).toInt() != 0;
}

bool hasShadow(QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE name = 'place_fts'"))
               .toInt() > 0;
}

// A connection opened for reading only (PRAGMA query_only) may write its temporary schema, which is not the
// project: the switch is lifted for that write alone.
class TemporaryWrites
{
public:
    explicit TemporaryWrites(QSqlDatabase& db) : m_db(db), m_readOnly(readOnly(db))
    {
        if (m_readOnly)
            sql::exec(m_db, QStringLiteral("PRAGMA query_only = 0"));
    }
    ~TemporaryWrites()
    {
        if (m_readOnly) {
            QSqlQuery restore(m_db);
            restore.exec(QStringLiteral("PRAGMA query_only = 1"));
        }
    }
    TemporaryWrites(const TemporaryWrites&) = delete;
    TemporaryWrites& operator=(const TemporaryWrites&) = delete;

private:
    QSqlDatabase& m_db;
    bool m_readOnly;
};

void dropShadow(QSqlDatabase& db)
{
    if (!hasShadow(db))
        return;
    const TemporaryWrites writes(db);
    for (const char* name : {"shadow_ai", "shadow_au", "shadow_ad"})
        sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(QLatin1String(name)));
    sql::exec(db, QStringLiteral("DROP TABLE temp.place_fts"));
}

// The same words as place_fts, for this connection only, kept in step with this connection's own writes by
// temporary triggers (a window that could not build the index still edits places). Contentless: a search
// reads only the rowids.
void buildShadow(QSqlDatabase& db)
{
    const TemporaryWrites writes(db);
    sql::exec(db, QStringLiteral("CREATE VIRTUAL TABLE temp.place_fts USING fts5(name, address, commune, "
                                 "postcode, content='', tokenize='unicode61 remove_diacritics 2')"));
    sql::exec(db, QStringLiteral("INSERT INTO temp.place_fts(rowid, name, address, commune, postcode) "
                                 "SELECT id, name, address, commune, postcode FROM main.place"));
    for (const char* trigger : triggers) {
        QString statement = QString::fromUtf8(trigger);
        statement.replace(QLatin1String("CREATE TRIGGER place_"),
                          QLatin1String("CREATE TEMP TRIGGER shadow_"));
        // A temporary trigger's unqualified place_fts is the temporary one: that schema is searched first.
        statement.replace(QLatin1String("ON place BEGIN"), QLatin1String("ON main.place BEGIN"));
        sql::exec(db, statement);
    }
}

} // namespace

bool isComplete(QSqlDatabase& db)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM main.sqlite_master WHERE type = 'trigger' AND "
                                      "name = 'place_ai'"))
               .toInt() > 0;
}

void leaveForLater(QSqlDatabase& db)
{
    for (const char* name : {"place_ai", "place_au", "place_ad"})
        sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS main.%1").arg(QLatin1String(name)));
}

bool build(QSqlDatabase& db, int waitMs)
{
    if (isComplete(db))
        return true;
    if (readOnly(db))
        return false;
    const sql::ScopedBusyTimeout wait(db, waitMs);
    try {
        sql::Transaction transaction(db);
        // Another connection may have built it while this one waited for the lock.
        if (!isComplete(db)) {
            // An index with external content is filled again from its table ('rebuild' empties it first),
            // which also drops whatever a partial fill left.
            sql::exec(db, QStringLiteral("INSERT INTO main.place_fts(place_fts) VALUES ('rebuild')"));
            for (const char* trigger : triggers)
                sql::exec(db, QString::fromUtf8(trigger));
        }
        transaction.commit();
    } catch (const Error&) {
        return false; // read-only file, or another process kept writing
    }
    return true;
}

void ensureForSearch(QSqlDatabase& db, int waitMs)
{
    // With a copy already there, the index is tried again without waiting: a window's every page of
    // results comes here.
    const bool copied = hasShadow(db);
    if (isComplete(db) || build(db, copied ? 0 : waitMs)) {
        dropShadow(db);
        return;
    }
    // A connection that cannot build the index now searches a copy of it, built once.
    if (!copied)
        buildShadow(db);
}

} // namespace recoupe::textIndex
