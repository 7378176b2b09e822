// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace recoupe::sql {
class BulkStatement;
}

namespace recoupe::snapshots {

// An exported snapshot, as recorded in the project (tables snapshot, snapshot_place, snapshot_content).
struct SnapshotInfo
{
    qint64 id = 0;
    QString at, user, layout, format;
    bool isPublic = true;
    QString filter;
    qint64 places = 0;
    QString file, sha256;
    QJsonObject counts;
};

// `recoupe-cli snapshots`: snapshot,at,user,layout,format,public,places,file,sha256 (a contract).
QStringList listColumns();
QVariantList listValues(const SnapshotInfo& info);
// Oldest first.
QList<SnapshotInfo> list(QSqlDatabase& db);
std::optional<SnapshotInfo> find(QSqlDatabase& db, qint64 id);

// Writes one snapshot's record inside the caller's transaction: begin() with what is known before the
// export, add() for each place, finish() with what is known after.
class SnapshotRecorder
{
public:
    explicit SnapshotRecorder(QSqlDatabase& db);
    ~SnapshotRecorder();
    qint64 begin(const SnapshotInfo& info);
    void add(qint64 placeId, qint64 digest, const QByteArray& content);
    void finish(qint64 places, const QString& file, const QString& sha256, const QJsonObject& counts);

private:
    QSqlDatabase& m_db;
    qint64 m_id = 0;
    bool inPrevious(qint64 placeId, qint64 digest);

    // Run a million times by one export: SQLite's own API, not QSqlQuery's QVariant binding.
    std::unique_ptr<sql::BulkStatement> m_content;
    std::unique_ptr<sql::BulkStatement> m_place;
    // The previous snapshot's places by id, walked beside add()'s: a place whose digest has not changed
    // since then has its content stored already, and skips a lookup in a table of a million contents.
    sqlite3_stmt* m_previous = nullptr;
    qint64 m_previousPlace = -1; // the cursor's place, -1 before the first step, max at the end
    qint64 m_previousDigest = 0;
    qint64 m_lastPlace = -1;
};

// Each place of a snapshot and the digest of its content.
QHash<qint64, qint64> placeDigests(QSqlDatabase& db, qint64 snapshotId);
// The stored contents of these digests.
QHash<qint64, QByteArray> contents(QSqlDatabase& db, const QList<qint64>& digests);

} // namespace recoupe::snapshots
