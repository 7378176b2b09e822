// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PlaceWriter.h"

#include "Error.h"
#include "domain/PlaceStatus.h"
#include "store/CandidateQueries.h"
#include "store/DecisionQueries.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace recoupe::placeWriter {

namespace {

constexpr int fieldCount = 10;

QList<qint64> recordsOf(QSqlDatabase& db, qint64 placeId)
{
    QList<qint64> out;
    const auto rows =
        sql::rowsKept(db,
                      QStringLiteral("SELECT pr.raw_record_id FROM place_record pr JOIN place p ON "
                                     "p.id = pr.place_id WHERE pr.place_id = ? ORDER BY "
                                     "pr.raw_record_id <> p.primary_record_id, pr.raw_record_id"),
                      {placeId});
    for (const QVariantList& row : rows)
        out << row.at(0).toLongLong();
    return out;
}

QJsonObject stateJson(const PlaceState& s)
{
    QJsonArray values;
    QJsonObject origins;
    for (int f = 0; f < fieldCount; ++f) {
        values.append(QJsonValue::fromVariant(s.values.value(f)));
        if (s.origins.value(f))
            origins.insert(fieldKeys().at(f), double(*s.origins.value(f)));
    }
    return QJsonObject{{QStringLiteral("status"), s.status},
                       {QStringLiteral("updated_at"), s.updatedAt},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("origins"), origins}};
}

void writeFieldOrigins(QSqlDatabase& db, qint64 placeId, const QList<std::optional<qint64>>& origins)
{
    sql::execKept(db, QStringLiteral("DELETE FROM field_origin WHERE place_id = ?"), {placeId});
    for (int f = 0; f < origins.size(); ++f) {
        if (!origins.at(f))
            continue;
        const qint64 record = *origins.at(f);
        sql::execKept(
            db, QStringLiteral("INSERT INTO field_origin(place_id, field, raw_record_id) VALUES (?, ?, ?)"),
            {placeId, fieldKeys().at(f),
             record > 0 ? QVariant(record) : QVariant(QMetaType(QMetaType::LongLong))});
    }
}

// Writes only the fields whose value changes: the text index and has_problem follow their
// columns by trigger, and rewriting them for unchanged values was most of a merge's time.
void writeValues(QSqlDatabase& db, qint64 placeId, const QVariantList& values, const QVariantList& current,
                 const QString& updatedAt)
{
    QStringList sets;
    QVariantList bound;
    for (int f = 0; f < values.size(); ++f) {
        const QVariant& v = values.at(f);
        const QVariant& c = current.value(f);
        const bool same = v.isNull() == c.isNull() && (v.isNull() || v == c || v.toString() == c.toString());
        if (same)
            continue;
        sets << fieldKeys().at(f) + QStringLiteral(" = ?");
        bound << v;
    }
    sets << QStringLiteral("updated_at = ?");
    bound << updatedAt;
    bound << placeId;
    // Few distinct SET lists occur: each is kept prepared.
    sql::execKept(db, QStringLiteral("UPDATE place SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
                  bound);
}

// Every pair of records between two sets, as pair keys.
QList<PairKey> crossPairs(QSqlDatabase& db, const QList<qint64>& a, const QList<qint64>& b)
{
    QList<PairKey> pairs;
    for (qint64 x : a) {
        for (qint64 y : b) {
            if (x != y)
                pairs << pairKeyOf(db, x, y);
        }
    }
    return pairs;
}

void recordDecision(QSqlDatabase& db, const PairKey& pair, Decision decision, const QString& note)
{
    queries::PairDecisionRow row;
    row.pair = pair.canonical();
    row.decision = decision;
    row.decidedBy = Store::currentUser();
    row.decidedAt = Store::now();
    row.note = note.isNull() ? QStringLiteral("") : note; // NOT NULL: a null QString binds as NULL
    queries::upsertPairDecision(db, row);
}

QString activeStatusOf(QSqlDatabase& db, qint64 placeId)
{
    const bool current =
        sql::scalarKept(db,
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM place_record pr JOIN raw_record r "
                                       "ON r.id = pr.raw_record_id WHERE pr.place_id = ? AND "
                                       "r.removed = 0)"),
                        {placeId})
            .toBool();
    return placeStatusKey(current ? PlaceStatus::Active : PlaceStatus::SourceRemoved);
}

} // namespace

PlaceState readPlace(QSqlDatabase& db, qint64 placeId)
{
    PlaceState s;
    static const QString select =
        QStringLiteral("SELECT %1, coalesce(primary_record_id, 0), status, updated_at "
                       "FROM place WHERE id = ?")
            .arg(fieldKeys().join(QStringLiteral(", ")));
    const auto rows = sql::rowsKept(db, select, {placeId});
    if (rows.isEmpty())
        throw Error(QCoreApplication::translate("PlaceWriter", "Place %1 does not exist").arg(placeId));
    const QVariantList& row = rows.first();
    s.id = placeId;
    for (int f = 0; f < fieldCount; ++f)
        s.values << row.at(f);
    s.primaryRecordId = row.at(fieldCount).toLongLong();
    s.status = row.at(fieldCount + 1).toString();
    s.updatedAt = row.at(fieldCount + 2).toString();
    for (int f = 0; f < fieldCount; ++f)
        s.origins << std::nullopt;
    const auto origins = sql::rowsKept(
        db, QStringLiteral("SELECT field, raw_record_id FROM field_origin WHERE place_id = ?"), {placeId});
    for (const QVariantList& o : origins) {
        const int f = int(fieldKeys().indexOf(o.at(0).toString()));
        if (f >= 0)
            s.origins[f] = o.at(1).isNull() ? 0 : o.at(1).toLongLong();
    }
    s.records = recordsOf(db, placeId);
    return s;
}

void merge(QSqlDatabase& db, const MergePlan& plan)
{
    if (plan.absorbed.isEmpty())
        throw Error(QCoreApplication::translate("PlaceWriter", "A merge needs at least two places"));
    QSet<qint64> seen{plan.kept};
    const PlaceState kept = readPlace(db, plan.kept);
    const QString merged = placeStatusKey(PlaceStatus::Merged);
    if (kept.status == merged)
        throw Error(
            QCoreApplication::translate("PlaceWriter", "Place %1 was merged into another place already")
                .arg(plan.kept));
    QList<PlaceState> absorbed;
    for (qint64 id : plan.absorbed) {
        if (seen.contains(id))
            throw Error(
                QCoreApplication::translate("PlaceWriter", "Place %1 is named twice in the merge").arg(id));
        seen.insert(id);
        absorbed << readPlace(db, id);
        if (absorbed.last().status == merged)
            throw Error(
                QCoreApplication::translate("PlaceWriter", "Place %1 was merged into another place already")
                    .arg(id));
    }
    QSet<qint64> allRecords(kept.records.cbegin(), kept.records.cend());
    for (const PlaceState& a : std::as_const(absorbed))
        allRecords.unite(QSet<qint64>(a.records.cbegin(), a.records.cend()));

    const QString now = Store::now();
    const QString user = Store::currentUser();
    const QJsonObject keptBefore = stateJson(kept);
    for (const PlaceState& a : std::as_const(absorbed)) {
        QJsonArray records;
        for (qint64 r : a.records)
            records.append(double(r));
        const QJsonObject before{{QStringLiteral("kept"), keptBefore},
                                 {QStringLiteral("absorbed"), stateJson(a)},
                                 {QStringLiteral("records"), records}};
        sql::execKept(
            db,
            QStringLiteral("INSERT INTO place_merge(kept_place_id, absorbed_place_id, before, merged_at, "
                           "merged_by) VALUES (?, ?, ?, ?, ?)"),
            {plan.kept, a.id, QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)), now,
             user});
        sql::execKept(db, QStringLiteral("UPDATE place_record SET place_id = ? WHERE place_id = ?"),
                      {plan.kept, a.id});
        sql::execKept(
            db, QStringLiteral("UPDATE place SET status = ?, merged_into = ?, updated_at = ? WHERE id = ?"),
            {merged, plan.kept, now, a.id});
    }

    // The kept place's fields: its own unless the plan says otherwise; each with where it comes from.
    QVariantList values = kept.values;
    QList<std::optional<qint64>> origins = kept.origins;
    for (const FieldChoice& choice : plan.fields) {
        const int f = int(choice.field);
        if (choice.originRecordId > 0 && !allRecords.contains(choice.originRecordId))
            throw Error(
                QCoreApplication::translate("PlaceWriter", "Record %1 is not one of the merged places'")
                    .arg(choice.originRecordId));
        values[f] = choice.value;
        if (choice.originRecordId > 0 && choice.originRecordId == kept.primaryRecordId)
            origins[f] = std::nullopt;
        else
            origins[f] = choice.originRecordId; // 0: manual
    }
    writeValues(db, plan.kept, values, kept.values, now);
    if (origins != kept.origins)
        writeFieldOrigins(db, plan.kept, origins);

    // The records now in one place are one place: said so by source keys (kept across re-imports and
    // respected by every later search), and on the kept candidate pairs.
    QList<qint64> before = kept.records;
    for (const PlaceState& a : std::as_const(absorbed)) {
        for (const PairKey& pair : crossPairs(db, before, a.records))
            recordDecision(db, pair, Decision::Same, {});
        queries::markCandidatePairs(db, before, a.records, Decision::Same);
        before << a.records;
    }
    QList<qint64> touched{plan.kept};
    touched << plan.absorbed;
    queries::refreshCandidatePlaces(db, touched);
}

bool isMerged(QSqlDatabase& db, qint64 placeId)
{
    return sql::scalarKept(
               db,
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM place_merge WHERE kept_place_id = ? AND "
                              "split_at IS NULL)"),
               {placeId})
        .toBool();
}

QList<qint64> split(QSqlDatabase& db, qint64 placeId, std::optional<Decision> pairsBecome)
{
    struct MergeRow
    {
        qint64 id;
        qint64 absorbed;
        QJsonObject before;
    };
    QList<MergeRow> rows;
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT id, absorbed_place_id, before FROM place_merge WHERE "
                                           "kept_place_id = ? AND split_at IS NULL ORDER BY id DESC"),
                            {placeId});
    while (q.next()) {
        rows << MergeRow{q.value(0).toLongLong(), q.value(1).toLongLong(),
                         QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()};
    }
    q.finish();
    if (rows.isEmpty()) {
        readPlace(db, placeId); // says when the place does not exist
        throw Error(
            QCoreApplication::translate("PlaceWriter", "Place %1 holds no merge to split").arg(placeId));
    }
    const QString now = Store::now();
    QList<qint64> restored{placeId};
    QList<QList<qint64>> groups;
    for (const MergeRow& row : std::as_const(rows)) {
        QList<qint64> records;
        for (const QJsonValue& v : row.before.value(QStringLiteral("records")).toArray())
            records << qint64(v.toDouble());
        if (!records.isEmpty()) {
            sql::exec(db,
                      QStringLiteral(
                          "UPDATE place_record SET place_id = ? WHERE place_id = ? AND raw_record_id IN (%1)")
                          .arg(sql::idList(records)),
                      {row.absorbed, placeId});
        }
        const QJsonObject absorbed = row.before.value(QStringLiteral("absorbed")).toObject();
        sql::execKept(
            db,
            QStringLiteral("UPDATE place SET status = ?, merged_into = NULL, updated_at = ? WHERE id = ?"),
            {absorbed.value(QStringLiteral("status")).toString(activeStatusOf(db, row.absorbed)),
             absorbed.value(QStringLiteral("updated_at")).toString(now), row.absorbed});
        sql::execKept(db, QStringLiteral("UPDATE place_merge SET split_at = ?, split_by = ? WHERE id = ?"),
                      {now, Store::currentUser(), row.id});
        restored << row.absorbed;
        groups << records;
    }

    // The kept place as before its first merge (the oldest row holds that state).
    const QJsonObject kept = rows.last().before.value(QStringLiteral("kept")).toObject();
    const QJsonArray values = kept.value(QStringLiteral("values")).toArray();
    const QJsonObject originRows = kept.value(QStringLiteral("origins")).toObject();
    const qint64 primary =
        sql::scalarKept(db, QStringLiteral("SELECT coalesce(primary_record_id, 0) FROM place WHERE id = ?"),
                        {placeId})
            .toLongLong();
    QVariantList restoredValues;
    QList<std::optional<qint64>> origins;
    for (int f = 0; f < fieldCount; ++f) {
        const QString key = fieldKeys().at(f);
        std::optional<qint64> origin;
        if (originRows.contains(key))
            origin = qint64(originRows.value(key).toDouble());
        origins << origin;
        QVariant value = values.at(f).toVariant();
        const qint64 fromRecord = origin ? *origin : primary;
        if (fromRecord > 0) {
            // Taken from a record: that record's value today (a re-import since the merge is kept).
            QSqlQuery r = sql::exec(db, QStringLiteral("SELECT %1 FROM raw_record WHERE id = ?").arg(key),
                                    {fromRecord});
            if (r.next())
                value = r.value(0);
        }
        restoredValues << value;
    }
    writeValues(db, placeId, restoredValues, readPlace(db, placeId).values,
                kept.value(QStringLiteral("updated_at")).toString(now));
    writeFieldOrigins(db, placeId, origins);
    sql::execKept(db, QStringLiteral("UPDATE place SET status = ? WHERE id = ?"),
                  {kept.value(QStringLiteral("status")).toString(activeStatusOf(db, placeId)), placeId});

    // The pairs between the restored places: different (or what the curator said), or back to review.
    groups.prepend(recordsOf(db, placeId));
    for (int i = 0; i < groups.size(); ++i) {
        for (int j = i + 1; j < groups.size(); ++j) {
            for (const PairKey& pair : crossPairs(db, groups.at(i), groups.at(j))) {
                if (pairsBecome)
                    recordDecision(db, pair, *pairsBecome, {});
                else if (const auto previous = queries::pairDecision(db, pair))
                    queries::deletePairDecision(db, previous->id);
            }
            queries::markCandidatePairs(db, groups.at(i), groups.at(j), pairsBecome);
        }
    }
    queries::refreshCandidatePlaces(db, restored);
    return restored;
}

std::optional<Decision> decide(QSqlDatabase& db, const PairKey& pair, std::optional<Decision> decision,
                               const QString& note)
{
    const PairKey p = pair.canonical();
    if (p.sourceA == p.sourceB && p.keyA == p.keyB)
        throw Error(QCoreApplication::translate("match", "A record cannot be paired with itself (%1 %2)")
                        .arg(p.sourceA, p.keyA));
    const qint64 a = recordId(db, p.sourceA, p.keyA);
    const qint64 b = recordId(db, p.sourceB, p.keyB);
    for (const auto& [id, source, key] :
         {std::tuple(a, p.sourceA, p.keyA), std::tuple(b, p.sourceB, p.keyB)}) {
        if (id == 0 || !queries::recordExists(db, source, key))
            throw Error(QCoreApplication::translate("match",
                                                    "No record with key \"%1\" in source \"%2\": check the "
                                                    "source name (see the sources command) and the key")
                            .arg(key, source));
    }
    const auto previous = queries::pairDecision(db, p);
    if (decision)
        recordDecision(db, p, *decision, note);
    else if (previous)
        queries::deletePairDecision(db, previous->id);
    queries::markCandidatePairs(db, {a}, {b}, decision);
    queries::refreshCandidatePlaces(db, {placeOfRecord(db, a), placeOfRecord(db, b)});
    return previous ? std::optional<Decision>(previous->decision) : std::nullopt;
}

qint64 recordId(QSqlDatabase& db, const QString& source, const QString& key)
{
    return sql::scalarKept(db,
                           QStringLiteral("SELECT r.id FROM raw_record r JOIN source s ON s.id = r.source_id "
                                          "WHERE s.name = ? AND r.source_key = ?"),
                           {source, key})
        .toLongLong();
}

qint64 placeOfRecord(QSqlDatabase& db, qint64 recordId)
{
    return sql::scalarKept(db, QStringLiteral("SELECT place_id FROM place_record WHERE raw_record_id = ?"),
                           {recordId})
        .toLongLong();
}

PairKey pairKeyOf(QSqlDatabase& db, qint64 recordA, qint64 recordB)
{
    PairKey key;
    const auto rows =
        sql::rowsKept(db,
                      QStringLiteral("SELECT r.id, s.name, r.source_key FROM raw_record r JOIN source s "
                                     "ON s.id = r.source_id WHERE r.id IN (?, ?)"),
                      {recordA, recordB});
    for (const QVariantList& row : rows) {
        if (row.at(0).toLongLong() == recordA) {
            key.sourceA = row.at(1).toString();
            key.keyA = row.at(2).toString();
        } else {
            key.sourceB = row.at(1).toString();
            key.keyB = row.at(2).toString();
        }
    }
    return key.canonical();
}

} // namespace recoupe::placeWriter
