// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Importer.h"

#include "Error.h"
#include "check/Checker.h"
#include "import/PreparedSource.h"
#include "import/RecordMapper.h"
#include "import/RowPipeline.h"
#include "store/AuditLog.h"
#include "store/GeographyStore.h"
#include "store/ImportWriter.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace recoupe {

namespace {

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return hash.result();
}

class ScopedCacheSize
{
public:
    ScopedCacheSize(QSqlDatabase& db, int mebibytes) : m_db(db)
    {
        m_previous = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toInt();
        sql::exec(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-1024 * mebibytes));
    }
    ~ScopedCacheSize()
    {
        QSqlQuery restore(m_db);
        restore.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }

private:
    QSqlDatabase& m_db;
    int m_previous = 0;
};

// Another import, or a search for duplicates, may be writing to the project: an import waits for it to
// finish (up to two minutes, about a million rows) rather than failing at once.
class ScopedBusyTimeout
{
public:
    ScopedBusyTimeout(QSqlDatabase& db, int milliseconds) : m_db(db)
    {
        m_previous = sql::scalar(m_db, QStringLiteral("PRAGMA busy_timeout")).toInt();
        sql::exec(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
    }
    ~ScopedBusyTimeout()
    {
        QSqlQuery restore(m_db);
        restore.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_previous));
    }

private:
    QSqlDatabase& m_db;
    int m_previous = 0;
};

} // namespace

Importer::Importer(Store& store) : m_store(store) {}

ImportReport Importer::run(const QString& path, const ImportOptions& options, const ImportProgress& progress)
{
    PreparedSource prepared = prepareSource(path, options.profile, options.maxFileSize);
    SourceReader& reader = *prepared.reader;
    const RecordMapper mapper(prepared.resolved, reader.columns());

    ImportReport report;
    report.fileName = QFileInfo(path).fileName();
    report.profileId = prepared.profile.id();
    report.layerName = reader.layerName();
    report.rowWord = reader.rowWord();
    report.sourceName = !options.sourceName.isEmpty() ? options.sourceName
                        : !prepared.profile.defaultSourceName().isEmpty()
                            ? prepared.profile.defaultSourceName()
                            : QFileInfo(path).completeBaseName();

    QSqlDatabase& db = m_store.database();
    // A large import touches every page of the raw_record and place indexes: a 160 MiB page cache for
    // its duration keeps them in memory (the default 64 MiB made a million rows 1.5x slower).
    const ScopedCacheSize cache(db, 160);
    const ScopedBusyTimeout wait(db, 120000);
    sql::Transaction transaction(db);
    ImportWriter writer(db);
    const qint64 sourceId = writer.ensureSource(report.sourceName, prepared.profile);
    report.importId = writer.beginImport(sourceId, {report.fileName, fileSha256(path), QFileInfo(path).size(),
                                                    prepared.profile.id(), reader.columns()});
    QHash<QString, StoredRecord> stored = writer.storedRecords(sourceId);
    QSet<QString> seen;
    seen.reserve(stored.size());

    const qint64 total = reader.rowCountHint();
    // Without a count from the reader (CSV), about 300 bytes a row, as in the CGET file.
    const qint64 expected = total >= 0 ? total : QFileInfo(path).size() / 300;
    const qint64 existingPlaces = sql::scalar(db, QStringLiteral("SELECT count(*) FROM place")).toLongLong();
    if (ImportWriter::worthBulkPlaces(expected - stored.size(), existingPlaces))
        writer.beginBulkPlaces();
    ImportCounts counts;
    RowPipeline rows(reader, mapper);
    PreparedRow row;
    while (rows.next(row)) {
        ++report.rows;
        MappedRecord& mapped = row.mapped;
        QString key = mapped.sourceKey;
        if (key.isEmpty()) {
            key = QStringLiteral("line:%1").arg(row.line);
            if (!prepared.resolved.keyColumns().isEmpty())
                mapped.problems.append(
                    {prepared.resolved.keyColumns().first(), QString(),
                     QCoreApplication::translate("Importer", "empty key; the line number is used")});
        } else if (seen.contains(key)) {
            const QString original = key;
            key = QStringLiteral("%1#line:%2").arg(original).arg(row.line);
            mapped.problems.append(
                {prepared.resolved.keyColumns().value(0), original,
                 QCoreApplication::translate("Importer", "key '%1' is repeated; kept as '%2'")
                     .arg(original, key)});
        }
        seen.insert(key);
        for (const ValueProblem& p : std::as_const(mapped.problems))
            report.problems.append({row.line, key, p.column, p.value, p.message});

        const QByteArray& attributes = row.attributes;
        const QByteArray& digest = row.digest;
        const auto it = stored.constFind(key);
        if (it == stored.constEnd()) {
            writer.insertRecord(sourceId, report.importId, row.line, key, attributes, digest, mapped.fields);
            // Places are made in batches: while SQLite indexes them, the other thread reads on.
            if (++counts.added % 4096 == 0)
                writer.createPlacesForNewRecords(report.importId);
        } else if (it->digest != digest || it->removed) {
            writer.updateRecord(it->id, report.importId, row.line, attributes, digest, mapped.fields,
                                it->removed);
            ++counts.changed;
        } else {
            ++counts.unchanged;
        }
        if (progress && report.rows % 512 == 0 && !progress(report.rows, total))
            throw Cancelled();
    }
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (!it->removed && !seen.contains(it.key())) {
            writer.markRemoved(it->id, report.importId);
            ++counts.removed;
        }
    }
    report.notes = reader.notes();
    writer.createPlacesForNewRecords(report.importId);
    writer.endBulkPlaces();
    // New places, and places whose record moved, get their geography in the same transaction.
    const geography::GeographyRun geographyRun = geography::updateStale(db);
    check::checkImport(db, report.importId);
    if (report.rows == 0)
        throw Error(QCoreApplication::translate("Importer", "Cannot import %1: it holds no rows")
                        .arg(report.fileName));

    report.added = counts.added;
    report.changed = counts.changed;
    report.removed = counts.removed;
    report.unchanged = counts.unchanged;
    // Notes on the whole file are kept with the problems, at line 0.
    QJsonArray kept = report.problemsJson();
    for (const QString& note : std::as_const(report.notes))
        kept.append(QJsonObject{{QStringLiteral("line"), 0}, {QStringLiteral("message"), note}});
    writer.finishImport(report.importId, counts, QJsonDocument(kept).toJson(QJsonDocument::Compact));
    audit::append(db, {QStringLiteral("import"), QStringLiteral("source"), sourceId, QString(), QVariant(),
                       QVariant(),
                       QJsonObject{{QStringLiteral("import_id"), report.importId},
                                   {QStringLiteral("file"), report.fileName},
                                   {QStringLiteral("profile"), report.profileId},
                                   {QStringLiteral("added"), counts.added},
                                   {QStringLiteral("changed"), counts.changed},
                                   {QStringLiteral("removed"), counts.removed},
                                   {QStringLiteral("unchanged"), counts.unchanged},
                                   {QStringLiteral("problems"), report.problems.size()},
                                   {QStringLiteral("geography"), geographyRun.places}}});
    if (progress && !progress(report.rows, report.rows))
        throw Cancelled();
    transaction.commit();
    return report;
}

} // namespace recoupe
