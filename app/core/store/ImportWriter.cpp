// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ImportWriter.h"

#include "import/MappingProfile.h"
#include "import/SourceKeys.h"
#include "store/BulkStatement.h"
#include "store/Schema.h"
#include "store/SortIndexes.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "store/TextIndex.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace recoupe {

Q_DECLARE_LOGGING_CATEGORY(lcImportTiming)

namespace {

// Qt binds a null QString as SQL NULL; curated text columns are NOT NULL with '' for "no value".
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

// "name = CASE WHEN <no override> THEN ? ELSE name END, ..." for every curated field: a field edited by
// hand or taken from another record at a merge has a field_origin row and is not overwritten.
QString refreshPlaceStatement()
{
    QStringList sets;
    for (const QString& field : fieldKeys()) {
        sets << QStringLiteral("%1 = CASE WHEN NOT EXISTS (SELECT 1 FROM field_origin o WHERE o.place_id = "
                               "place.id AND o.field = '%1') THEN ? ELSE %1 END")
                    .arg(field);
    }
    return QStringLiteral("UPDATE place SET %1, updated_at = ? WHERE primary_record_id = ?")
        .arg(sets.join(QStringLiteral(", ")));
}

// A merged place's fields taken from another of its records (field_origin names that record) follow that
// record too; fields typed by hand (raw_record_id NULL) never do.
QString refreshTakenFieldsStatement()
{
    QStringList sets;
    for (const QString& field : fieldKeys()) {
        sets << QStringLiteral("%1 = CASE WHEN EXISTS (SELECT 1 FROM field_origin o WHERE o.place_id = "
                               "place.id AND o.field = '%1' AND o.raw_record_id = ?) THEN ? ELSE %1 END")
                    .arg(field);
    }
    return QStringLiteral(
               "UPDATE place SET %1, updated_at = ? WHERE id IN (SELECT place_id FROM field_origin "
               "WHERE raw_record_id = ?)")
        .arg(sets.join(QStringLiteral(", ")));
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase& db)
    : m_db(db), m_now(Store::now()),
      m_insertRecord(
          db,
          QStringLiteral("INSERT INTO raw_record(source_id, source_key, import_id, line, attributes, digest, "
                         "name, address, postcode, commune, website, twitter, facebook, type, lon, lat) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
{
    m_updateRecord = sql::prepare(
        m_db, QStringLiteral(
                  "UPDATE raw_record SET import_id = ?, line = ?, attributes = ?, digest = ?, removed = 0, "
                  "name = ?, address = ?, postcode = ?, commune = ?, website = ?, twitter = ?, "
                  "facebook = ?, type = ?, lon = ?, lat = ? WHERE id = ?"));
    m_refreshPlace = sql::prepare(m_db, refreshPlaceStatement());
    m_refreshTakenFields = sql::prepare(m_db, refreshTakenFieldsStatement());
    m_history = sql::prepare(
        m_db, QStringLiteral("INSERT INTO raw_record_history(raw_record_id, superseded_by_import, change, "
                             "old_import_id, old_line, old_attributes) "
                             "SELECT id, ?, ?, import_id, line, attributes FROM raw_record WHERE id = ?"));
}

qint64 ImportWriter::ensureSource(const QString& name, const MappingProfile& profile)
{
    const QVariant existing =
        sql::scalar(m_db, QStringLiteral("SELECT id FROM source WHERE name = ?"), {name});
    if (existing.isValid()) {
        sql::exec(m_db, QStringLiteral("UPDATE source SET profile = ? WHERE id = ?"),
                  {profile.id(), existing});
        return existing.toLongLong();
    }
    QSqlQuery q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO source(name, profile, licence, attribution, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {name, profile.id(), profile.licence(), profile.attribution(), m_now});
    return q.lastInsertId().toLongLong();
}

qint64 ImportWriter::beginImport(qint64 sourceId, const ImportRunInfo& info)
{
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO import_run(source_id, file_name, file_sha256, file_size, "
                       "profile, imported_at, imported_by, columns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {sourceId, info.fileName, QStringLiteral(""), info.fileSize, info.profileId, m_now,
         Store::currentUser(),
         QString::fromUtf8(
             QJsonDocument(QJsonArray::fromStringList(info.columns)).toJson(QJsonDocument::Compact))});
    return q.lastInsertId().toLongLong();
}

void ImportWriter::storedRecords(qint64 sourceId, SourceKeys& keys)
{
    const qint64 count =
        sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM raw_record WHERE source_id = ?"), {sourceId})
            .toLongLong();
    keys.reserve(count);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source_key, id, digest, removed FROM raw_record WHERE source_id = ?"));
    q.bindValue(0, sourceId);
    sql::exec(q);
    while (q.next())
        keys.addStored(q.value(0).toString().toUtf8(), q.value(1).toLongLong(), q.value(2).toByteArray(),
                       q.value(3).toBool());
}

void ImportWriter::bindFields(QSqlQuery& query, int first, const PlaceFields& f)
{
    query.bindValue(first + 0, text(f.name));
    query.bindValue(first + 1, text(f.address));
    query.bindValue(first + 2, text(f.postcode));
    query.bindValue(first + 3, text(f.commune));
    query.bindValue(first + 4, text(f.website));
    query.bindValue(first + 5, text(f.twitter));
    query.bindValue(first + 6, text(f.facebook));
    query.bindValue(first + 7, int(f.type));
    query.bindValue(first + 8, optionalDouble(f.lon));
    query.bindValue(first + 9, optionalDouble(f.lat));
}

qint64 ImportWriter::insertRecord(qint64 sourceId, qint64 importId, qint64 line, const QString& key,
                                  const QByteArray& attributes, const QByteArray& digest,
                                  const PlaceFields& fields)
{
    m_insertRecord.bind(0, sourceId);
    m_insertRecord.bind(1, key);
    m_insertRecord.bind(2, importId);
    m_insertRecord.bind(3, line);
    m_insertRecord.bind(4, attributes);
    m_insertRecord.bind(5, digest);
    m_insertRecord.bind(6, fields.name);
    m_insertRecord.bind(7, fields.address);
    m_insertRecord.bind(8, fields.postcode);
    m_insertRecord.bind(9, fields.commune);
    m_insertRecord.bind(10, fields.website);
    m_insertRecord.bind(11, fields.twitter);
    m_insertRecord.bind(12, fields.facebook);
    m_insertRecord.bind(13, qint64(fields.type));
    m_insertRecord.bind(14, fields.lon);
    m_insertRecord.bind(15, fields.lat);
    return m_insertRecord.run();
}

qint64 ImportWriter::createPlacesForNewRecords(qint64 importId)
{
    // One statement for all new records: the trigger that feeds the FTS5 index then runs
    // inside a single statement, instead of opening a virtual-table savepoint per row (5x faster).
    // Called every few thousand rows, so only records inserted since the last call are looked at.
    const qint64 lastPlace =
        sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM place")).toLongLong();
    sql::exec(
        m_db,
        QStringLiteral(
            "INSERT INTO place(primary_record_id, name, address, postcode, commune, website, twitter, "
            "facebook, type, lon, lat, has_problem, created_at, updated_at) "
            "SELECT r.id, r.name, r.address, r.postcode, r.commune, r.website, r.twitter, r.facebook, "
            "r.type, r.lon, r.lat, %1, ?, ? FROM raw_record r WHERE r.id > ? AND r.import_id = ? AND NOT "
            "EXISTS (SELECT 1 FROM place_record pr WHERE pr.raw_record_id = r.id) ORDER BY r.id")
            .arg(schema::placeProblemExpression(QStringLiteral("r."))),
        {m_now, m_now, m_lastPlacedRecord, importId});
    m_lastPlacedRecord =
        sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM raw_record")).toLongLong();
    QSqlQuery linked = sql::exec(m_db,
                                 QStringLiteral("INSERT INTO place_record(place_id, raw_record_id) "
                                                "SELECT id, primary_record_id FROM place WHERE id > ?"),
                                 {lastPlace});
    return linked.numRowsAffected();
}

bool ImportWriter::worthBulkPlaces(qint64 expectedRecords, qint64 existingPlaces)
{
    // Rebuilding costs in proportion to every place of the project, adding one by one to the new ones.
    return expectedRecords >= 1000 && expectedRecords >= existingPlaces;
}

void ImportWriter::beginBulkPlaces()
{
    if (m_bulk)
        return;
    m_bulkFirstPlace =
        sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM place")).toLongLong();
    QSqlQuery q = sql::exec(
        m_db, QStringLiteral(
                  "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'place' "
                  "AND sql IS NOT NULL AND (type = 'index' OR name IN ('place_ai', 'place_problem_ai'))"));
    QStringList drops;
    while (q.next()) {
        const bool index = q.value(0).toString() == QLatin1String("index");
        if (index) {
            m_droppedIndexes << q.value(2).toString();
            m_droppedIndexNames << q.value(1).toString();
        } else if (q.value(1).toString() == QLatin1String("place_ai")) {
            m_droppedTextTrigger = q.value(2).toString();
        } else {
            m_droppedInsertTriggers << q.value(2).toString();
        }
        drops << QStringLiteral("DROP %1 \"%2\"")
                     .arg(index ? QStringLiteral("INDEX") : QStringLiteral("TRIGGER"), q.value(1).toString());
    }
    q.finish();
    for (const QString& drop : drops)
        sql::exec(m_db, drop);
    m_bulk = true;
}

void ImportWriter::endBulkPlaces(bool fillTextIndex)
{
    if (!m_bulk)
        return;
    QElapsedTimer timer;
    timer.start();
    auto mark = [&timer](const QString& what) {
        qCDebug(lcImportTiming, "  %s: %.3f s", qPrintable(what.left(60)), double(timer.restart()) / 1000.0);
    };
    // The rarely used sort indexes are left to the first sort that needs them (sortIndexes::ensureFor).
    for (qsizetype i = 0; i < m_droppedIndexes.size(); ++i) {
        if (sortIndexes::isDeferred(m_droppedIndexNames.at(i)))
            continue;
        sql::exec(m_db, m_droppedIndexes.at(i));
        mark(m_droppedIndexes.at(i));
    }
    for (const QString& trigger : std::as_const(m_droppedInsertTriggers))
        sql::exec(m_db, trigger);
    if (!m_droppedTextTrigger.isEmpty()) {
        if (fillTextIndex) {
            // What the insert trigger place_ai does row by row, for all new places at once.
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO place_fts(rowid, name, address, commune, postcode) "
                                     "SELECT id, name, address, commune, postcode FROM place WHERE id > ?"),
                      {m_bulkFirstPlace});
            sql::exec(m_db, m_droppedTextTrigger);
            mark(QStringLiteral("fts"));
        } else {
            textIndex::leaveForLater(m_db);
        }
    }
    m_droppedIndexes.clear();
    m_droppedIndexNames.clear();
    m_droppedInsertTriggers.clear();
    m_droppedTextTrigger.clear();
    m_bulk = false;
}

void ImportWriter::saveHistory(qint64 recordId, qint64 importId, const QString& change)
{
    m_history.bindValue(0, importId);
    m_history.bindValue(1, change);
    m_history.bindValue(2, recordId);
    sql::exec(m_history);
}

void ImportWriter::updateRecord(qint64 recordId, qint64 importId, qint64 line, const QByteArray& attributes,
                                const QByteArray& digest, const PlaceFields& fields, bool restored)
{
    saveHistory(recordId, importId, restored ? QStringLiteral("restored") : QStringLiteral("changed"));
    m_updateRecord.bindValue(0, importId);
    m_updateRecord.bindValue(1, line);
    m_updateRecord.bindValue(2, QString::fromUtf8(attributes));
    m_updateRecord.bindValue(3, QString::fromLatin1(digest));
    bindFields(m_updateRecord, 4, fields);
    m_updateRecord.bindValue(14, recordId);
    sql::exec(m_updateRecord);

    bindFields(m_refreshPlace, 0, fields);
    m_refreshPlace.bindValue(10, m_now);
    m_refreshPlace.bindValue(11, recordId);
    sql::exec(m_refreshPlace);
    // Only places that took a field from this record (rare): the statement finds none otherwise.
    const QVariantList values{text(fields.name),         text(fields.address), text(fields.postcode),
                              text(fields.commune),      text(fields.website), text(fields.twitter),
                              text(fields.facebook),     int(fields.type),     optionalDouble(fields.lon),
                              optionalDouble(fields.lat)};
    int i = 0;
    for (const QVariant& v : values) {
        m_refreshTakenFields.bindValue(i++, recordId);
        m_refreshTakenFields.bindValue(i++, v);
    }
    m_refreshTakenFields.bindValue(i++, m_now);
    m_refreshTakenFields.bindValue(i++, recordId);
    sql::exec(m_refreshTakenFields);
    if (restored)
        refreshPlaceStatus(recordId);
}

void ImportWriter::markRemoved(qint64 recordId, qint64 importId)
{
    saveHistory(recordId, importId, QStringLiteral("removed"));
    sql::exec(m_db, QStringLiteral("UPDATE raw_record SET removed = 1 WHERE id = ?"), {recordId});
    refreshPlaceStatus(recordId);
}

void ImportWriter::refreshPlaceStatus(qint64 recordId)
{
    // A place whose every record left its sources is flagged, never deleted: a person decides.
    sql::exec(
        m_db,
        QStringLiteral(
            "UPDATE place SET status = CASE WHEN EXISTS (SELECT 1 FROM place_record pr JOIN raw_record r "
            "ON r.id = pr.raw_record_id WHERE pr.place_id = place.id AND r.removed = 0) "
            "THEN 'active' ELSE 'source_removed' END, updated_at = ? "
            "WHERE id = (SELECT place_id FROM place_record WHERE raw_record_id = ?) "
            "AND status IN ('active', 'source_removed')"),
        {m_now, recordId});
}

void ImportWriter::finishImport(qint64 importId, const ImportCounts& counts, const QByteArray& problemsJson,
                                const QByteArray& fileSha256)
{
    // Bound as UTF-8 text straight from the bytes: a QString of a large import's problems was twice their
    // size again.
    sql::BulkStatement finish(
        m_db, QStringLiteral("UPDATE import_run SET added = ?, changed = ?, removed = ?, unchanged = ?, "
                             "problems = ?, file_sha256 = ? WHERE id = ?"));
    finish.bind(0, counts.added);
    finish.bind(1, counts.changed);
    finish.bind(2, counts.removed);
    finish.bind(3, counts.unchanged);
    finish.bind(4, problemsJson);
    finish.bind(5, fileSha256.toHex());
    finish.bind(6, importId);
    finish.run();
}

} // namespace recoupe
