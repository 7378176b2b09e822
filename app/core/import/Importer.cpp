// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Importer.h"

#include "Error.h"
#include "check/Checker.h"
#include "geo/LocateAhead.h"
#include "import/PreparedSource.h"
#include "import/RecordMapper.h"
#include "import/RowPipeline.h"
#include "import/SourceKeys.h"
#include "store/AuditLog.h"
#include "store/GeographyStore.h"
#include "store/ImportWriter.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <future>
#include <sys/resource.h>

namespace recoupe {

// Time of each step of an import, for profiling: QT_LOGGING_RULES="recoupe.import.timing.debug=true".
Q_LOGGING_CATEGORY(lcImportTiming, "recoupe.import.timing", QtWarningMsg)

namespace {

class PhaseTimer
{
public:
    PhaseTimer() { m_timer.start(); }
    void mark(const char* phase)
    {
        if (!lcImportTiming().isDebugEnabled())
            return;
        QFile status(QStringLiteral("/proc/self/status"));
        QByteArray rss, hwm;
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    rss = line.mid(6).trimmed();
                if (line.startsWith("VmHWM:"))
                    hwm = line.mid(6).trimmed();
            }
        // CPU of this thread and of the whole process: how busy the writer is while the reader maps.
        const double thread = cpuSeconds(RUSAGE_THREAD), process = cpuSeconds(RUSAGE_SELF);
        qCDebug(lcImportTiming, "%s: %.3f s (cpu: this thread %.2f s, process %.2f s; rss %s, peak %s)",
                phase, double(m_timer.restart()) / 1000.0, thread - m_thread, process - m_process,
                rss.constData(), hwm.constData());
        m_thread = thread;
        m_process = process;
    }

private:
    static double cpuSeconds(int who)
    {
        rusage usage{};
        getrusage(who, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    QElapsedTimer m_timer;
    double m_thread = cpuSeconds(RUSAGE_THREAD);
    double m_process = cpuSeconds(RUSAGE_SELF);
};

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

// The page cache of an import, in MiB. RECOUPE_IMPORT_CACHE_MIB sets it for the tests: a small cache makes
// SQLite write pages into the file before the commit, which a kill must not leave behind.
int importCacheMiB()
{
    bool ok = false;
    const int mib = qEnvironmentVariableIntValue("RECOUPE_IMPORT_CACHE_MIB", &ok);
    return ok && mib > 0 ? mib : 136;
}

} // namespace

Importer::Importer(Store& store) : m_store(store) {}

ImportReport Importer::run(const QString& path, const ImportOptions& options, const ImportProgress& progress)
{
    PhaseTimer phase;
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
    // A large import touches every page of the raw_record and place indexes: a 136 MiB page cache for
    // its duration keeps them in memory (the default 64 MiB made a million rows 1.5x slower; 160 MiB was
    // as fast as 136, and put a million-row import over 512 MB at its peak, 513 against 484 MB).
    const ScopedCacheSize cache(db, importCacheMiB());
    // The write-ahead log stays on for a first import too. A rollback journal for an import into an empty
    // project saved about 10 % of it (the commit copies no log); it was taken out while a race between two
    // imports into one new project was tracked down (the race came from elsewhere), and waits for a test
    // of its own under concurrency before it comes back.
    // Another import, or a search for duplicates, may be writing to the project: an import waits for it to
    // finish (up to two minutes, about a million rows) rather than failing at once.
    const sql::ScopedBusyTimeout wait(db, 120000);
    sql::Transaction transaction(db);
    ImportWriter writer(db);
    const qint64 sourceId = writer.ensureSource(report.sourceName, prepared.profile);
    report.importId = writer.beginImport(
        sourceId, {report.fileName, QFileInfo(path).size(), prepared.profile.id(), reader.columns()});
    phase.mark("prepare");
    SourceKeys keys;
    writer.storedRecords(sourceId, keys);

    const qint64 total = reader.rowCountHint();
    // Without a count from the reader (CSV), about 300 bytes a row, as in the CGET file.
    const qint64 expected = total >= 0 ? total : QFileInfo(path).size() / 300;
    const qint64 existingPlaces = sql::scalar(db, QStringLiteral("SELECT count(*) FROM place")).toLongLong();
    if (ImportWriter::worthBulkPlaces(expected - keys.storedCount(), existingPlaces))
        writer.beginBulkPlaces();
    // The new places' geography is found on a third thread while the rows are read and written; it also
    // loads the boundary layers, whose half second came after the rows before.
    geo::LocateAhead ahead(nullptr, size_t(std::max<qint64>(0, expected - keys.storedCount())));
    phase.mark("stored records");
    ImportCounts counts;
    RowPipeline rows(reader, mapper);
    QByteArray attributes;
    attributes.reserve(4096);
    while (PreparedRow* next = rows.next()) {
        PreparedRow& row = *next;
        ++report.rows;
        MappedRecord& mapped = row.mapped;
        QString key = mapped.sourceKey;
        QByteArray keyUtf8 = key.toUtf8();
        qsizetype index = -1;
        if (key.isEmpty()) {
            key = QStringLiteral("line:%1").arg(row.line);
            if (!prepared.resolved.keyColumns().isEmpty())
                mapped.problems.append(
                    {prepared.resolved.keyColumns().first(), QString(),
                     QCoreApplication::translate("Importer", "empty key; the line number is used")});
            keyUtf8 = key.toUtf8();
        } else if (index = keys.find(keyUtf8); index >= 0 && keys.isSeen(index)) {
            const QString original = key;
            key = QStringLiteral("%1#line:%2").arg(original).arg(row.line);
            mapped.problems.append(
                {prepared.resolved.keyColumns().value(0), original,
                 QCoreApplication::translate("Importer", "key '%1' is repeated; kept as '%2'")
                     .arg(original, key)});
            keyUtf8 = key.toUtf8();
        }
        index = keys.markSeen(keyUtf8);
        for (const ValueProblem& p : std::as_const(mapped.problems))
            report.problems.append({row.line, key, p.column, p.value, p.message});

        attributes.resize(0); // keeps its capacity
        row.source.appendAttributesJson(attributes);
        const QByteArray digest = row.source.digest(attributes);
        if (!keys.isStored(index)) {
            writer.insertRecord(sourceId, report.importId, row.line, key, attributes, digest, mapped.fields);
            if (mapped.fields.lon && mapped.fields.lat)
                ahead.add(*mapped.fields.lon, *mapped.fields.lat);
            // Places are made in batches: while SQLite indexes them, the other thread reads on.
            if (++counts.added % 4096 == 0)
                writer.createPlacesForNewRecords(report.importId);
        } else if (!keys.sameDigest(index, digest) || keys.isRemoved(index)) {
            writer.updateRecord(keys.recordId(index), report.importId, row.line, attributes, digest,
                                mapped.fields, keys.isRemoved(index));
            ++counts.changed;
        } else {
            ++counts.unchanged;
        }
        if (progress && report.rows % 512 == 0 && !progress(report.rows, total))
            throw Cancelled();
    }
    phase.mark("rows");
    // The file is hashed on the other core while SQLite builds the indexes on this one: read beforehand,
    // its digest cost a million-row import about 1.5 s during which nothing else ran.
    std::future<QByteArray> fileDigest = std::async(std::launch::async, fileSha256, path);
    keys.forEachVanished([&](qint64 recordId) {
        writer.markRemoved(recordId, report.importId);
        ++counts.removed;
    });
    report.notes = reader.notes();
    writer.createPlacesForNewRecords(report.importId);
    phase.mark("removed");
    writer.endBulkPlaces(counts.added <= options.textIndexInlineUpTo);
    phase.mark("end bulk");
    // New places, and places whose record moved, get their geography in the same transaction.
    const geography::GeographyRun geographyRun = geography::updateStale(db, {}, nullptr, ahead.take());
    phase.mark("geography");
    if (counts.added + counts.changed <= options.checkInlineUpTo)
        check::checkImport(db, report.importId);
    else
        sql::exec(db, QStringLiteral("UPDATE import_run SET checks_pending = 1 WHERE id = ?"),
                  {report.importId});
    phase.mark("check");
    if (report.rows == 0)
        throw Error(QCoreApplication::translate("Importer", "Cannot import %1: it holds no rows")
                        .arg(report.fileName));

    report.added = counts.added;
    report.changed = counts.changed;
    report.removed = counts.removed;
    report.unchanged = counts.unchanged;
    // Notes on the whole file are kept with the problems, at line 0.
    writer.finishImport(report.importId, counts, report.storedProblemsJson(), fileDigest.get());
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
    phase.mark("report");
    transaction.commit();
    phase.mark("commit");
    return report;
}

} // namespace recoupe
