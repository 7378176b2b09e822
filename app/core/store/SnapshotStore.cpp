// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SnapshotStore.h"

#include "Error.h"
#include "store/BulkStatement.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <limits>
#include <sqlite3.h>

namespace recoupe::snapshots {

namespace {

const QString selectInfo = QStringLiteral(
    "SELECT id, at, user, layout, format, public, filter, places, file, sha256, counts FROM snapshot");

SnapshotInfo infoFrom(const QSqlQuery& q)
{
    SnapshotInfo s;
    s.id = q.value(0).toLongLong();
    s.at = q.value(1).toString();
    s.user = q.value(2).toString();
    s.layout = q.value(3).toString();
    s.format = q.value(4).toString();
    s.isPublic = q.value(5).toBool();
    s.filter = q.value(6).toString();
    s.places = q.value(7).toLongLong();
    s.file = q.value(8).toString();
    s.sha256 = q.value(9).toString();
    s.counts = QJsonDocument::fromJson(q.value(10).toByteArray()).object();
    return s;
}

// A null QString binds as NULL; these columns are NOT NULL with '' for none.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QStringList listColumns()
{
    return {QStringLiteral("snapshot"), QStringLiteral("at"),     QStringLiteral("user"),
            QStringLiteral("layout"),   QStringLiteral("format"), QStringLiteral("public"),
            QStringLiteral("places"),   QStringLiteral("file"),   QStringLiteral("sha256")};
}

QVariantList listValues(const SnapshotInfo& s)
{
    return {s.id, s.at, s.user, s.layout, s.format, s.isPublic ? 1 : 0, s.places, s.file, s.sha256};
}

QList<SnapshotInfo> list(QSqlDatabase& db)
{
    QList<SnapshotInfo> out;
    QSqlQuery q = sql::exec(db, selectInfo + QStringLiteral(" ORDER BY at, id"));
    while (q.next())
        out << infoFrom(q);
    return out;
}

std::optional<SnapshotInfo> find(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = sql::exec(db, selectInfo + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return infoFrom(q);
}

SnapshotRecorder::SnapshotRecorder(QSqlDatabase& db) : m_db(db) {}

SnapshotRecorder::~SnapshotRecorder()
{
    sqlite3_finalize(m_previous);
}

qint64 SnapshotRecorder::begin(const SnapshotInfo& s)
{
    QSqlQuery q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO snapshot(at, user, layout, format, public, filter, "
                                 "places, file, sha256) VALUES (?, ?, ?, ?, ?, ?, 0, ?, '')"),
                  {s.at, s.user, s.layout, s.format, s.isPublic ? 1 : 0, notNull(s.filter), s.file});
    m_id = q.lastInsertId().toLongLong();
    // New contents wait in a temporary table and go into snapshot_content sorted by digest at the end:
    // inserted as they come, a million random digests each dirty a random page of a table larger than the
    // cache, and the write-ahead log grows to gigabytes; sorted, each page is written once.
    sql::exec(m_db,
              QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS snapshot_pending(digest INTEGER NOT NULL, "
                             "content TEXT NOT NULL)"));
    sql::exec(m_db, QStringLiteral("DELETE FROM temp.snapshot_pending"));
    m_content = std::make_unique<sql::BulkStatement>(
        m_db, QStringLiteral("INSERT INTO temp.snapshot_pending(digest, content) VALUES (?, ?)"));
    m_place = std::make_unique<sql::BulkStatement>(
        m_db, QStringLiteral("INSERT INTO snapshot_place(snapshot_id, place_id, digest) VALUES (?, ?, ?)"));
    // The previous snapshot, if any (an unrecorded failure rolled its rows back with it).
    const qint64 previous =
        sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM snapshot WHERE id < ?"), {m_id})
            .toLongLong();
    if (previous > 0) {
        const char* text =
            "SELECT place_id, digest FROM snapshot_place WHERE snapshot_id = ? ORDER BY place_id";
        if (sqlite3_prepare_v2(sql::sqliteHandle(m_db), text, -1, &m_previous, nullptr) == SQLITE_OK)
            sqlite3_bind_int64(m_previous, 1, previous);
        else
            m_previous = nullptr; // only an optimisation: every content is then inserted
    }
    return m_id;
}

bool SnapshotRecorder::inPrevious(qint64 placeId, qint64 digest)
{
    if (!m_previous || placeId <= m_lastPlace) {
        // Places come by ascending id from the Exporter; anything else simply inserts every content.
        sqlite3_finalize(m_previous);
        m_previous = nullptr;
        return false;
    }
    m_lastPlace = placeId;
    while (m_previousPlace < placeId) {
        if (sqlite3_step(m_previous) == SQLITE_ROW) {
            m_previousPlace = sqlite3_column_int64(m_previous, 0);
            m_previousDigest = sqlite3_column_int64(m_previous, 1);
        } else {
            m_previousPlace = std::numeric_limits<qint64>::max();
        }
    }
    return m_previousPlace == placeId && m_previousDigest == digest;
}

void SnapshotRecorder::add(qint64 placeId, qint64 digest, const QByteArray& content)
{
    if (!inPrevious(placeId, digest)) {
        m_content->bind(0, digest);
        m_content->bind(1, content);
        m_content->run();
    }
    m_place->bind(0, m_id);
    m_place->bind(1, placeId);
    m_place->bind(2, digest);
    m_place->run();
}

void SnapshotRecorder::finish(qint64 places, const QString& file, const QString& sha256,
                              const QJsonObject& counts)
{
    m_content.reset();
    m_place.reset();
    sqlite3_finalize(m_previous);
    m_previous = nullptr;
    sql::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO snapshot_content(digest, content) "
                                   "SELECT digest, content FROM temp.snapshot_pending ORDER BY digest"));
    // Emptied, not dropped: DROP TABLE fails while any statement of the connection is running.
    sql::exec(m_db, QStringLiteral("DELETE FROM temp.snapshot_pending"));
    sql::exec(m_db,
              QStringLiteral("UPDATE snapshot SET places = ?, file = ?, sha256 = ?, counts = ? WHERE id = ?"),
              {places, file, sha256, QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)),
               m_id});
}

QHash<qint64, qint64> placeDigests(QSqlDatabase& db, qint64 snapshotId)
{
    QHash<qint64, qint64> out;
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT place_id, digest FROM snapshot_place WHERE snapshot_id = ?"),
                  {snapshotId});
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

QHash<qint64, QByteArray> contents(QSqlDatabase& db, const QList<qint64>& digests)
{
    QHash<qint64, QByteArray> out;
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT content FROM snapshot_content WHERE digest = ?"));
    for (qint64 d : digests) {
        if (out.contains(d))
            continue;
        q.bindValue(0, d);
        sql::exec(q);
        if (q.next())
            out.insert(d, q.value(0).toString().toUtf8());
        q.finish();
    }
    return out;
}

} // namespace recoupe::snapshots
