// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"
#include "store/BulkStatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace recoupe {

class MappingProfile;
class SourceKeys;

struct ImportRunInfo
{
    QString fileName;
    qint64 fileSize = 0;
    QString profileId;
    QStringList columns; // the file's header
};

struct ImportCounts
{
    qint64 added = 0;
    qint64 changed = 0;
    qint64 removed = 0;
    qint64 unchanged = 0;
};

// The SQL of an import: raw records in, history kept, one curated place created per new record and
// refreshed from its record when the source changes (fields edited by hand are left alone).
// Runs inside the caller's transaction.
class ImportWriter
{
public:
    explicit ImportWriter(QSqlDatabase& db);

    qint64 ensureSource(const QString& name, const MappingProfile& profile);
    qint64 beginImport(qint64 sourceId, const ImportRunInfo& info);
    // The source's records the project holds, into `keys` (before a re-import).
    void storedRecords(qint64 sourceId, SourceKeys& keys);

    // Inserts a new raw record; returns its id. Its place is made by createPlacesForNewRecords().
    qint64 insertRecord(qint64 sourceId, qint64 importId, qint64 line, const QString& key,
                        const QByteArray& attributes, const QByteArray& digest, const PlaceFields& fields);
    // Creates one place per record of this import inserted since the last call; returns how many.
    qint64 createPlacesForNewRecords(qint64 importId);

    // For an import that brings at least as many places as the project has: the place indexes and the
    // insert triggers (FTS5, has_problem) are dropped until endBulkPlaces(), which builds them
    // again in one pass (sorting beats random b-tree inserts: 100,000 places 3.3 s → 1.6 s), but for the
    // rarely used sort indexes, left to the first sort that needs them (sortIndexes). Inside the
    // import's transaction, so a failure or a cancel puts them back as they were.
    void beginBulkPlaces();
    // `fillTextIndex` false leaves the text index for later (textIndex::leaveForLater), as a large import
    // does; true fills it for the new places, as the trigger would have.
    void endBulkPlaces(bool fillTextIndex);
    static bool worthBulkPlaces(qint64 expectedRecords, qint64 existingPlaces);
    // Replaces a record's content, keeping the previous one in raw_record_history.
    void updateRecord(qint64 recordId, qint64 importId, qint64 line, const QByteArray& attributes,
                      const QByteArray& digest, const PlaceFields& fields, bool restored);
    // The record is no longer in the source: flagged, kept, and its place flagged when it has no other.
    void markRemoved(qint64 recordId, qint64 importId);

    // Also keeps the file's SHA-256, known only at the end (the file is hashed while the import runs).
    void finishImport(qint64 importId, const ImportCounts& counts, const QByteArray& problemsJson,
                      const QByteArray& fileSha256);

private:
    void bindFields(QSqlQuery& query, int first, const PlaceFields& fields);
    void saveHistory(qint64 recordId, qint64 importId, const QString& change);
    void refreshPlaceStatus(qint64 recordId);

    QSqlDatabase& m_db;
    QString m_now;
    qint64 m_lastPlacedRecord = 0;
    bool m_bulk = false;
    qint64 m_bulkFirstPlace = 0;  // places above this id were made during the bulk import
    QStringList m_droppedIndexes; // their CREATE statements, as sqlite_master keeps them
    QStringList m_droppedIndexNames;
    QStringList m_droppedInsertTriggers;
    QString m_droppedTextTrigger; // place_ai, if it was there: the text index was complete
    sql::BulkStatement m_insertRecord;
    QSqlQuery m_updateRecord, m_refreshPlace, m_refreshTakenFields, m_history;
};

} // namespace recoupe
