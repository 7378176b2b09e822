// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/Suggestions.h"

#include "Error.h"
#include "store/SqlUtil.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace recoupe::classify {

namespace {

const QString RecordColumns = QStringLiteral(
    "pr.place_id, s.name, r.type, r.name, r.address, r.website, r.twitter, r.facebook, r.attributes");

// Original attributes are parsed only when they hold a key some category rule reads: most records of
// most sources have none, and parsing a million JSON objects would double the time.
QJsonObject attributesFor(const TypeModel& model, const QByteArray& json)
{
    for (const TypeModel::CategoryRule& rule : model.categoryRules())
        if (json.contains('"' + rule.key.toUtf8() + '"'))
            return QJsonDocument::fromJson(json).object();
    if (json.contains("descr") || json.contains("note"))
        return QJsonDocument::fromJson(json).object();
    return {};
}

RecordEvidence recordFrom(const TypeModel& model, const QSqlQuery& q)
{
    RecordEvidence r;
    r.source = q.value(1).toString();
    r.sourceType = PlaceType(q.value(2).toInt());
    r.name = q.value(3).toString();
    r.address = q.value(4).toString();
    r.website = q.value(5).toString();
    r.twitter = q.value(6).toString();
    r.facebook = q.value(7).toString();
    r.attributes = attributesFor(model, q.value(8).toByteArray());
    return r;
}

// Writes a suggestion only where it changed: an unchanged row is not touched, so that the undo of an
// earlier step (a changeset over place_suggestion) never meets a row rewritten to the same values.
void save(QSqlDatabase& db, qint64 placeId, const Suggestion& s)
{
    sql::execKept(
        db,
        QStringLiteral("INSERT INTO place_suggestion(place_id, type, exclusion_reason, confidence, "
                       "reason, disputed) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(place_id) DO UPDATE "
                       "SET type = excluded.type, exclusion_reason = excluded.exclusion_reason, "
                       "confidence = excluded.confidence, reason = excluded.reason, "
                       "disputed = excluded.disputed WHERE type <> excluded.type OR "
                       "exclusion_reason <> excluded.exclusion_reason OR "
                       "abs(confidence - excluded.confidence) > 1e-9 OR reason <> excluded.reason OR "
                       "disputed <> excluded.disputed"),
        {placeId, int(s.type), exclusionReasonKey(s.exclusion), s.confidence, s.reasonText(),
         int(s.disputed)});
}

// Walks the records of the places of `where` in place order, calling `place` once per place.
template <typename Visit>
void forEachPlace(QSqlDatabase& db, const TypeModel& model, const QString& where, Visit visit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1, p.type FROM place p JOIN place_record pr ON pr.place_id = p.id "
                           "JOIN raw_record r ON r.id = pr.raw_record_id JOIN source s ON s.id = r.source_id "
                           "WHERE %2 ORDER BY pr.place_id, r.id")
                .arg(RecordColumns, where)))
        throw Error(sql::describe(db, q.lastError()));
    PlaceEvidence current;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current.placeId) {
            if (current.placeId)
                if (!visit(current))
                    return;
            current = PlaceEvidence{id, PlaceType(q.value(9).toInt()), {}};
        }
        current.records.append(recordFrom(model, q));
    }
    if (current.placeId)
        visit(current);
}

SuggestionRow rowFrom(const QSqlQuery& q)
{
    SuggestionRow r;
    r.placeId = q.value(0).toLongLong();
    r.type = PlaceType(q.value(1).toInt());
    r.exclusion = exclusionReasonFromKey(q.value(2).toString());
    r.suggested = PlaceType(q.value(3).toInt());
    r.suggestedExclusion = exclusionReasonFromKey(q.value(4).toString());
    r.confidence = q.value(5).toDouble();
    r.reason = q.value(6).toString();
    r.disputed = q.value(7).toInt() != 0;
    r.note = q.value(8).toString();
    return r;
}

const QString SuggestionSelect =
    QStringLiteral("SELECT p.id, p.type, p.exclusion_reason, s.type, s.exclusion_reason, s.confidence, "
                   "s.reason, s.disputed, "
                   "p.exclusion_note FROM place p JOIN place_suggestion s ON s.place_id = p.id ");

} // namespace

QList<PlaceEvidence> readEvidence(QSqlDatabase& db, const QList<qint64>& placeIds)
{
    QList<PlaceEvidence> out;
    if (placeIds.isEmpty())
        return out;
    forEachPlace(db, TypeModel::bundled(), QStringLiteral("p.id IN (%1)").arg(sql::idList(placeIds)),
                 [&](const PlaceEvidence& p) {
                     out.append(p);
                     return true;
                 });
    return out;
}

void refreshSuggestions(QSqlDatabase& db, const QList<qint64>& placeIds, const TypeModel& model)
{
    if (placeIds.isEmpty())
        return;
    // Only the places no longer active lose their row; the others are rewritten where they changed.
    sql::exec(db,
              QStringLiteral("DELETE FROM place_suggestion WHERE place_id IN (SELECT id FROM place WHERE id "
                             "IN (%1) AND status <> 'active')")
                  .arg(sql::idList(placeIds)));
    forEachPlace(db, model, QStringLiteral("p.status = 'active' AND p.id IN (%1)").arg(sql::idList(placeIds)),
                 [&](const PlaceEvidence& p) {
                     save(db, p.placeId, suggestType(model, p));
                     return true;
                 });
}

bool refreshAllSuggestions(QSqlDatabase& db, const TypeModel& model,
                           const std::function<bool(qint64, qint64)>& progress)
{
    sql::Transaction transaction(db);
    const qint64 total =
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM place WHERE status = 'active'")).toLongLong();
    sql::exec(db, QStringLiteral("DELETE FROM place_suggestion WHERE place_id NOT IN (SELECT id FROM place "
                                 "WHERE status = 'active')"));
    qint64 done = 0;
    bool cancelled = false;
    forEachPlace(db, model, QStringLiteral("p.status = 'active'"), [&](const PlaceEvidence& p) {
        save(db, p.placeId, suggestType(model, p));
        if (++done % 4096 == 0 && progress && !progress(done, total)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (cancelled)
        return false; // the transaction rolls back
    transaction.commit();
    if (progress)
        progress(total, total);
    return true;
}

qint64 placesWithoutSuggestion(QSqlDatabase& db)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM place p WHERE p.status = 'active' AND NOT "
                                      "EXISTS (SELECT 1 FROM place_suggestion s WHERE s.place_id = p.id)"))
        .toLongLong();
}

QList<SuggestionRow> listSuggestions(QSqlDatabase& db, bool all)
{
    QList<SuggestionRow> out;
    QSqlQuery q =
        sql::exec(db, SuggestionSelect + QStringLiteral("WHERE p.status = 'active'") +
                          (all ? QString() : QStringLiteral(" AND (p.type = 0 OR s.disputed = 1)")) +
                          QStringLiteral(" ORDER BY p.id"));
    while (q.next())
        out.append(rowFrom(q));
    return out;
}

QList<SuggestionRow> suggestionsOf(QSqlDatabase& db, const QList<qint64>& placeIds)
{
    QList<SuggestionRow> out;
    if (placeIds.isEmpty())
        return out;
    QSqlQuery q = sql::exec(
        db, SuggestionSelect + QStringLiteral("WHERE p.id IN (%1) ORDER BY p.id").arg(sql::idList(placeIds)));
    while (q.next())
        out.append(rowFrom(q));
    return out;
}

QList<LabelledRecord> labelledRecords(QSqlDatabase& db)
{
    QList<LabelledRecord> out;
    const TypeModel& model = TypeModel::bundled();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM raw_record r JOIN place_record pr ON pr.raw_record_id = r.id "
                               "JOIN source s ON s.id = r.source_id WHERE r.removed = 0 AND r.type IN (1, 2) "
                               "ORDER BY r.id")
                    .arg(RecordColumns)))
        throw Error(sql::describe(db, q.lastError()));
    while (q.next()) {
        LabelledRecord l;
        l.record = recordFrom(model, q);
        l.type = l.record.sourceType;
        out.append(l);
    }
    return out;
}

} // namespace recoupe::classify
