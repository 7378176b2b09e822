// SPDX-License-Identifier: GPL-3.0-or-later
#include "check/Checker.h"

#include "check/PlaceChecks.h"
#include "check/SourceColumns.h"

#include "Error.h"
#include "edit/Edit.h"
#include "store/RowCursor.h"
#include "store/SortIndexes.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QUndoStack>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <tuple>

#include <sqlite3.h>

namespace recoupe::check {

namespace {

// The text of a column, trimmed of any white space, as QString::trimmed() (a null QString when NULL).
QString trimmedText(const sql::RowCursor& row, int column)
{
    const std::string_view v = row.utf8(column);
    return v.data() ? QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed() : QString();
}

// Which places to check: a condition on `place p` and the same on `place_record pr` (which may need p).
struct Selection
{
    QString places;
    QString records;
    bool recordsNeedPlace = false;
};

// What the parts of one run share: the sources, the progress made, a request to stop.
struct Shared
{
    const QHash<qint64, SourceColumns>& sources;
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
};

// Reads the selected places and their records on one connection and checks them. The database is read
// on this thread while another checks the places, batch by batch. A checked batch comes back to be cleared
// here: its strings are freed by the thread that allocated them, which keeps malloc on its per-thread
// fast path (freed across threads, a million places spent a fifth of their time in malloc).
void checkSelection(sqlite3* handle, const Selection& selection, Shared& shared, PlaceChecker& checker,
                    const std::function<bool()>& keepGoing)
{
    sql::RowCursor places(
        handle,
        QStringLiteral(
            "SELECT p.id, p.name, p.address, p.postcode, p.commune, p.website, p.twitter, p.facebook, "
            "p.lon, p.lat, g.departement_code, p.primary_record_id FROM place p "
            "LEFT JOIN place_geography g ON g.place_id = p.id WHERE p.status <> 'merged'") +
            selection.places + QStringLiteral(" ORDER BY p.id"));
    // A record's raw values are read by SQLite (json_extract) rather than by parsing its whole JSON here:
    // at a million records Qt's parse and its allocations were most of the checker's time. The records of
    // merged places need no join to be left out: the walk below skips the records of places it is not
    // given.
    sql::RowCursor records(
        handle,
        QStringLiteral("SELECT pr.place_id, r.id, r.source_id, r.source_key, %1 FROM place_record pr "
                       "%2 JOIN raw_record r ON r.id = pr.raw_record_id WHERE r.removed = 0")
                .arg(rawValueColumns(shared.sources, QStringLiteral("r.source_id"),
                                     QStringLiteral("r.attributes")),
                     selection.recordsNeedPlace ? QStringLiteral("JOIN place p ON p.id = pr.place_id AND "
                                                                 "p.status <> 'merged'")
                                                : QString()) +
            selection.records + QStringLiteral(" ORDER BY pr.place_id, r.id"));
    using Batch = std::vector<std::pair<PlaceRow, QList<RecordRow>>>;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Batch> queue, checked;
    bool finished = false;
    std::thread checking([&] {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !queue.empty() || finished; });
                if (queue.empty())
                    return;
                batch = std::move(queue.front());
                queue.pop_front();
            }
            changed.notify_all();
            for (const auto& [place, recs] : batch)
                checker.check(place, recs);
            {
                std::lock_guard lock(mutex);
                checked.push_back(std::move(batch));
            }
        }
    });
    auto finish = [&] {
        {
            std::lock_guard lock(mutex);
            finished = true;
        }
        changed.notify_all();
        checking.join();
    };
    // Hands a full batch to the checking thread and returns an empty one (a checked one, cleared).
    auto push = [&](Batch&& batch) {
        Batch next;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queue.size() < 4; });
            queue.push_back(std::move(batch));
            if (!checked.empty()) {
                next = std::move(checked.front());
                checked.pop_front();
            }
        }
        changed.notify_all();
        next.clear();
        next.reserve(4096);
        return next;
    };
    bool moreRecords = records.next();
    Batch batch;
    try {
        while (places.next()) {
            PlaceRow p;
            p.id = places.integer(0);
            p.name = places.text(1);
            p.address = places.text(2);
            p.postcode = places.text(3);
            p.commune = places.text(4);
            p.website = places.text(5);
            p.twitter = places.text(6);
            p.facebook = places.text(7);
            if (!places.isNull(8) && !places.isNull(9)) {
                p.lon = places.number(8);
                p.lat = places.number(9);
            }
            p.departement = places.text(10);
            p.primaryRecord = places.integer(11);
            QList<RecordRow> recs;
            while (moreRecords && records.integer(0) <= p.id) {
                if (records.integer(0) == p.id) {
                    RecordRow r;
                    r.id = records.integer(1);
                    const auto source = shared.sources.constFind(records.integer(2));
                    r.source = source == shared.sources.constEnd() ? nullptr : &*source;
                    r.key = records.text(3);
                    for (int slot = 0; slot < RawSlotCount; ++slot)
                        r.raw[size_t(slot)] = trimmedText(records, 4 + slot);
                    recs << std::move(r);
                }
                moreRecords = records.next();
            }
            batch.emplace_back(std::move(p), std::move(recs));
            if (batch.size() == 4096) {
                batch = push(std::move(batch));
                shared.done += 4096;
                if (shared.stop || (keepGoing && !keepGoing()))
                    throw Cancelled();
            }
        }
        shared.done += qint64(batch.size());
        push(std::move(batch));
        if (shared.stop || (keepGoing && !keepGoing()))
            throw Cancelled();
    } catch (...) {
        finish();
        throw;
    }
    finish();
}

// A second connection to the project file, read-only, for the part of a run checked on another thread.
class ReadConnection
{
public:
    explicit ReadConnection(const char* path)
    {
        if (sqlite3_open_v2(path, &m_handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
            SQLITE_OK) {
            sqlite3_close(m_handle);
            m_handle = nullptr;
            return;
        }
        sqlite3_busy_timeout(m_handle, 10000);
    }
    ~ReadConnection() { sqlite3_close(m_handle); }
    ReadConnection(const ReadConnection&) = delete;
    ReadConnection& operator=(const ReadConnection&) = delete;
    sqlite3* handle() const { return m_handle; }

private:
    sqlite3* m_handle = nullptr;
};

// The same_coordinates problems of the checked places: how many places (not merged) stand on each of their
// positions. For every place, from the positions read; for some places, asked of the database.
std::vector<Problem> sameCoordinates(QSqlDatabase& db, std::vector<CheckedPosition>& positions,
                                     bool everyPlace)
{
    std::vector<Problem> problems;
    if (everyPlace) {
        std::sort(positions.begin(), positions.end(), [](const CheckedPosition& a, const CheckedPosition& b) {
            return std::tie(a.lon, a.lat, a.placeId) < std::tie(b.lon, b.lat, b.placeId);
        });
        for (size_t i = 0; i < positions.size();) {
            size_t j = i + 1;
            while (j < positions.size() && positions[j].lon == positions[i].lon &&
                   positions[j].lat == positions[i].lat)
                ++j;
            if (j - i > 1)
                for (size_t k = i; k < j; ++k)
                    problems.push_back(sameCoordinatesProblem(positions[k], int(j - i)));
            i = j;
        }
        return problems;
    }
    // A few places: each position asked (the index on place(lon) finds it); many (an import): every
    // shared position of the project in one pass.
    if (positions.size() > 5000) {
        QHash<std::pair<double, double>, int> counts;
        QSqlQuery q = sql::exec(
            db,
            QStringLiteral("SELECT lon, lat, count(*) FROM place WHERE lon IS NOT NULL AND lat IS NOT NULL "
                           "AND status <> 'merged' GROUP BY lon, lat HAVING count(*) > 1"));
        while (q.next())
            counts.insert({q.value(0).toDouble(), q.value(1).toDouble()}, q.value(2).toInt());
        for (const CheckedPosition& position : positions)
            if (const int places = counts.value({position.lon, position.lat}); places > 1)
                problems.push_back(sameCoordinatesProblem(position, places));
        return problems;
    }
    // An import may have left the position indexes for later: without them, each lookup reads every place.
    sortIndexes::ensureFor(db, PlaceColumn::Lon);
    sortIndexes::ensureFor(db, PlaceColumn::Lat);
    QSqlQuery count = sql::prepare(
        db, QStringLiteral("SELECT count(*) FROM place WHERE lon = ? AND lat = ? AND status <> 'merged'"));
    for (const CheckedPosition& position : positions) {
        count.addBindValue(position.lon);
        count.addBindValue(position.lat);
        sql::exec(count);
        const int places = count.next() ? count.value(0).toInt() : 0;
        if (places > 1)
            problems.push_back(sameCoordinatesProblem(position, places));
    }
    return problems;
}

std::vector<Problem> runSelection(QSqlDatabase& db, const Selection& selection, bool everyPlace,
                                  const std::function<bool(qint64, qint64)>& progress, qint64 splitAbove)
{
    const QHash<qint64, SourceColumns> sources = sourceColumns(db);
    const qint64 total =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM place p WHERE p.status <> 'merged'") +
                            selection.places)
            .toLongLong();
    Shared shared{sources};
    sqlite3* handle = sql::sqliteHandle(db);
    const char* path = sqlite3_db_filename(handle, "main");
    // Every place of a project on disk, outside a transaction (a second connection sees what this one
    // sees): the two halves of the places are read and checked at once, each on its own connection.
    std::unique_ptr<ReadConnection> second;
    qint64 split = 0;
    if (everyPlace && total > splitAbove && sqlite3_get_autocommit(handle) && path && *path) {
        second = std::make_unique<ReadConnection>(path);
        if (!second->handle())
            second.reset();
        else
            split =
                sql::scalar(db, QStringLiteral("SELECT id FROM place WHERE status <> 'merged' ORDER BY id "
                                               "LIMIT 1 OFFSET %1")
                                    .arg(total / 2))
                    .toLongLong();
    }
    PlaceChecker first, other;
    auto keepGoing = [&] { return !progress || progress(shared.done, total); };
    if (!second) {
        checkSelection(handle, selection, shared, first, keepGoing);
    } else {
        std::exception_ptr otherFailure; // read only once the thread has ended
        std::atomic<bool> otherEnded{false};
        std::thread otherHalf([&] {
            try {
                checkSelection(second->handle(),
                               {QStringLiteral(" AND p.id >= %1").arg(split),
                                QStringLiteral(" AND pr.place_id >= %1").arg(split), false},
                               shared, other, {});
            } catch (...) {
                otherFailure = std::current_exception();
                shared.stop = true;
            }
            otherEnded = true;
        });
        try {
            checkSelection(handle,
                           {QStringLiteral(" AND p.id < %1").arg(split),
                            QStringLiteral(" AND pr.place_id < %1").arg(split), false},
                           shared, first, keepGoing);
            // The first half done, progress follows the other until it ends (it may read fewer places
            // than counted, when some were merged meanwhile), and may still cancel it.
            while (!otherEnded) {
                if (!keepGoing())
                    throw Cancelled();
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        } catch (...) {
            shared.stop = true;
            otherHalf.join();
            throw;
        }
        otherHalf.join();
        if (otherFailure)
            std::rethrow_exception(otherFailure);
    }
    std::vector<Problem> problems = std::move(first.problems);
    problems.insert(problems.end(), std::make_move_iterator(other.problems.begin()),
                    std::make_move_iterator(other.problems.end()));
    std::vector<CheckedPosition> positions = std::move(first.positions);
    positions.insert(positions.end(), other.positions.begin(), other.positions.end());
    std::vector<Problem> same = sameCoordinates(db, positions, everyPlace);
    problems.insert(problems.end(), std::make_move_iterator(same.begin()),
                    std::make_move_iterator(same.end()));
    // By place, each place's problems in the order found.
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.placeId < b.placeId; });
    return problems;
}

std::vector<Problem> runWhere(QSqlDatabase& db, const QString& where,
                              const std::function<bool(qint64, qint64)>& progress)
{
    return runSelection(db, {where, where, true}, false, progress, 0);
}

} // namespace

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

const QStringList& codes()
{
    static const QStringList list{QStringLiteral("no_coordinates"),
                                  QStringLiteral("outside_france"),
                                  QStringLiteral("swapped_coordinates"),
                                  QStringLiteral("departement_mismatch"),
                                  QStringLiteral("source_departement_mismatch"),
                                  QStringLiteral("postcode_lost_zero"),
                                  QStringLiteral("postcode_placeholder"),
                                  QStringLiteral("geocoding_precision_low"),
                                  QStringLiteral("geocoding_precision_scale"),
                                  QStringLiteral("url_invalid"),
                                  QStringLiteral("url_glued"),
                                  QStringLiteral("url_text_around"),
                                  QStringLiteral("email_in_website"),
                                  QStringLiteral("social_in_website"),
                                  QStringLiteral("handle_malformed"),
                                  QStringLiteral("handle_wrong_column"),
                                  QStringLiteral("same_coordinates"),
                                  QStringLiteral("status_in_name"),
                                  QStringLiteral("name_empty"),
                                  QStringLiteral("name_truncated"),
                                  QStringLiteral("mojibake"),
                                  QStringLiteral("personal_data")};
    return list;
}

std::vector<Problem> run(QSqlDatabase& db, const std::function<bool(qint64, qint64)>& progress,
                         qint64 splitAbove)
{
    return runSelection(db, {}, true, progress, splitAbove);
}

std::vector<Problem> runFor(QSqlDatabase& db, const QList<qint64>& placeIds)
{
    QStringList ids;
    for (qint64 id : placeIds)
        ids << QString::number(id);
    if (ids.isEmpty())
        return {};
    return runWhere(db, QStringLiteral(" AND p.id IN (%1)").arg(ids.join(QLatin1Char(','))), {});
}

namespace {

void insertProblems(QSqlDatabase& db, const std::vector<Problem>& problems)
{
    QSqlQuery insert = sql::prepare(
        db, QStringLiteral("INSERT OR IGNORE INTO place_problem(place_id, code, severity) VALUES (?, ?, ?)"));
    for (const Problem& p : problems) {
        insert.addBindValue(p.placeId);
        insert.addBindValue(p.code);
        insert.addBindValue(severityKey(p.severity));
        sql::exec(insert);
    }
}

} // namespace

void save(QSqlDatabase& db, const std::vector<Problem>& problems)
{
    sql::exec(db, QStringLiteral("DELETE FROM place_problem"));
    insertProblems(db, problems);
}

void savePlaces(QSqlDatabase& db, const QList<qint64>& placeIds, const std::vector<Problem>& problems)
{
    for (qint64 id : placeIds)
        sql::exec(db, QStringLiteral("DELETE FROM place_problem WHERE place_id = ?"), {id});
    insertProblems(db, problems);
}

void checkImport(QSqlDatabase& db, qint64 importId)
{
    const QString places =
        QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON r.id = "
                       "pr.raw_record_id WHERE r.import_id = %1")
            .arg(importId);
    sql::exec(db, QStringLiteral("DELETE FROM place_problem WHERE place_id IN (%1)").arg(places));
    insertProblems(db, runWhere(db, QStringLiteral(" AND p.id IN (%1)").arg(places), {}));
}

int checkPending(QSqlDatabase& db, const std::function<bool(qint64, qint64)>& progress)
{
    QStringList imports;
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id FROM import_run WHERE checks_pending = 1"));
        while (q.next())
            imports << q.value(0).toString();
    }
    if (imports.isEmpty())
        return 0;
    // Every change of a place is written to the audit log: what is logged after this was done meanwhile.
    const qint64 lastAudit =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toLongLong();
    const QString places =
        QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON r.id = "
                       "pr.raw_record_id WHERE r.import_id IN (%1)")
            .arg(imports.join(QLatin1Char(',')));
    // The imports' places, read once: how many decides the run, and they select its problems.
    QSet<qint64> ids;
    {
        sql::RowCursor q(db, places);
        while (q.next())
            ids.insert(q.integer(0));
    }
    const qint64 all =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM place WHERE merged_into IS NULL")).toLongLong();
    std::vector<Problem> problems;
    if (2 * qint64(ids.size()) >= all) {
        // Most of the project (a first import): the whole run, split over two connections, keeping the
        // problems of the imports' places.
        problems = run(db, progress);
        std::erase_if(problems, [&ids](const Problem& p) { return !ids.contains(p.placeId); });
    } else {
        problems = runWhere(db, QStringLiteral(" AND p.id IN (%1)").arg(places), progress);
    }

    sql::Transaction transaction(db);
    // Another import meanwhile may have changed these places under the run: nothing is kept, and the
    // checks stay pending for the next run.
    if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND action = 'import'"),
                    {lastAudit})
            .toInt() > 0)
        return 0;
    // A place edited or merged meanwhile was rechecked by its edit: its problems stay as the edit left them.
    const QString changed =
        QStringLiteral("SELECT entity_id FROM audit_log WHERE id > %1 AND entity = 'place'").arg(lastAudit);
    QSet<qint64> changedIds;
    {
        QSqlQuery q = sql::exec(db, changed);
        while (q.next())
            changedIds.insert(q.value(0).toLongLong());
    }
    std::erase_if(problems, [&changedIds](const Problem& p) { return changedIds.contains(p.placeId); });
    sql::exec(db, QStringLiteral("DELETE FROM place_problem WHERE place_id IN (%1) AND place_id NOT IN (%2)")
                      .arg(places, changed));
    insertProblems(db, problems);
    sql::exec(db, QStringLiteral("UPDATE import_run SET checks_pending = 0 WHERE id IN (%1)")
                      .arg(imports.join(QLatin1Char(','))));
    transaction.commit();
    return int(imports.size());
}

QStringList columns()
{
    return {QStringLiteral("source"), QStringLiteral("source_key"), QStringLiteral("place_id"),
            QStringLiteral("code"),   QStringLiteral("severity"),   QStringLiteral("message"),
            QStringLiteral("fix")};
}

QVariantList row(const Problem& p)
{
    return {p.source, p.sourceKey, p.placeId, p.code, severityKey(p.severity), p.message, p.fix.description};
}

int applyFixes(edit::Session& session, const std::vector<Problem>& problems, QString* error)
{
    int fixable = 0;
    for (const Problem& p : problems)
        fixable += p.fix.isEmpty() ? 0 : 1;
    if (fixable == 0)
        return 0;
    const auto first =
        std::find_if(problems.begin(), problems.end(), [](const Problem& p) { return !p.fix.isEmpty(); });
    session.stack.beginMacro(
        fixable == 1 ? QCoreApplication::translate("Checker", "Fix: %1").arg(first->fix.description)
                     : QCoreApplication::translate("Checker", "Fix %1 problems").arg(fixable));
    int fixed = 0;
    QString failure;
    for (const Problem& p : problems) {
        if (p.fix.isEmpty())
            continue;
        for (const auto& [field, value] : p.fix.changes) {
            if (!edit::setPlaceField(session, p.placeId, field, value, &failure))
                break;
        }
        if (!failure.isEmpty())
            break;
        ++fixed;
    }
    session.stack.endMacro();
    if (!failure.isEmpty()) {
        session.stack.undo(); // all or nothing
        if (error)
            *error = failure;
        return 0;
    }
    return fixed;
}

} // namespace recoupe::check
