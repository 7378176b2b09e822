// SPDX-License-Identifier: GPL-3.0-or-later
// The classification façade: types given by hand or taken from the suggestions, for any number of places
// in one undoable step (a changeset, see ChangesetCommand) and one audit_log entry.
#include "check/Checker.h"
#include "classify/Suggestions.h"
#include "edit/EditNotifier.h"
#include "edit/PlaceCommands.h"
#include "edit/RecordedEdit.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace recoupe::edit {

namespace {

struct Target
{
    qint64 placeId = 0;
    PlaceType type = PlaceType::Unknown;
    ExclusionReason reason = ExclusionReason::None;
    QString note;
};

// The audit keeps each place's old and new type while the list is readable; beyond, counts.
constexpr int ListedPlaces = 1000;

ChangesetCommand::Notify typeNotify(const QList<qint64>& ids)
{
    return [ids](Notifier& n, bool) { emit n.placesChanged(ids, fieldBit(Field::Type)); };
}

// Writes the targets that differ from the place; returns the audit's per-place list and the changed ids.
QList<qint64> writeTypes(QSqlDatabase& db, const QList<Target>& targets, QJsonArray* listed,
                         QJsonObject* counts)
{
    QList<qint64> changed;
    const QString now = Store::now();
    for (const Target& t : targets) {
        const QList<QVariantList> rows =
            sql::rowsKept(db,
                          QStringLiteral("SELECT type, exclusion_reason, exclusion_note FROM place WHERE "
                                         "id = ? AND status = 'active'"),
                          {t.placeId});
        if (rows.isEmpty())
            throw Error(
                QCoreApplication::translate("Edit", "Place %1 does not exist or was merged into another")
                    .arg(t.placeId));
        const PlaceType oldType = PlaceType(rows.first().at(0).toInt());
        const QString oldReason = rows.first().at(1).toString();
        const QString oldNote = rows.first().at(2).toString();
        const QString reason = exclusionReasonKey(t.reason);
        if (oldType == t.type && oldReason == reason && oldNote == QString(t.note))
            continue;
        sql::execKept(db,
                      QStringLiteral("UPDATE place SET type = ?, exclusion_reason = ?, exclusion_note = ?, "
                                     "updated_at = ? WHERE id = ?"),
                      {int(t.type), reason, t.note.isNull() ? QStringLiteral("") : t.note, now, t.placeId});
        sql::execKept(db,
                      QStringLiteral("INSERT OR REPLACE INTO field_origin(place_id, field, raw_record_id) "
                                     "VALUES (?, 'type', NULL)"),
                      {t.placeId});
        changed.append(t.placeId);
        const QString key = placeTypeKey(oldType) + QStringLiteral("→") + placeTypeKey(t.type);
        counts->insert(key, counts->value(key).toInt() + 1);
        if (listed->size() < ListedPlaces)
            listed->append(QJsonObject{{QStringLiteral("place"), double(t.placeId)},
                                       {QStringLiteral("old"), placeTypeKey(oldType)},
                                       {QStringLiteral("old_reason"), oldReason},
                                       {QStringLiteral("new"), placeTypeKey(t.type)},
                                       {QStringLiteral("new_reason"), reason}});
    }
    // The checker reads the type (an unknown type is a problem to solve).
    check::savePlaces(db, changed, check::runFor(db, changed));
    return changed;
}

int apply(Session& session, const QString& action, const QString& text, const QList<Target>& targets,
          QJsonObject details, QString& error)
{
    if (targets.isEmpty())
        return 0;
    QList<qint64> ids;
    for (const Target& t : targets)
        ids.append(t.placeId);
    AuditEntry entry;
    entry.action = action;
    entry.entity = QStringLiteral("place");
    entry.entityId = targets.size() == 1 ? targets.first().placeId : 0;
    entry.field = fieldKey(Field::Type);
    QList<qint64> changed;
    // Nothing to change is not an undo step: the body then throws an empty message, which rolls back.
    const bool ok = record(
        session, entry, text, typeNotify(ids),
        [&](AuditEntry& e) {
            QJsonArray listed;
            QJsonObject counts;
            changed = writeTypes(session.store.database(), targets, &listed, &counts);
            if (changed.isEmpty())
                throw Error(QString()); // nothing changed: nothing recorded, nothing pushed
            details.insert(QStringLiteral("count"), int(changed.size()));
            details.insert(QStringLiteral("changes"), counts);
            details.insert(QStringLiteral("places"), listed);
            e.details = details;
            if (changed.size() == 1)
                e.entityId = changed.first();
        },
        &error);
    if (!ok)
        return error.isEmpty() ? 0 : -1; // an empty message: nothing needed changing
    return int(changed.size());
}

} // namespace

int classifyPlaces(Session& session, const QList<qint64>& placeIds, PlaceType type, ExclusionReason reason,
                   const QString& note, QString* error)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    message.clear();
    if (type == PlaceType::Excluded && reason == ExclusionReason::None) {
        message = QCoreApplication::translate("Edit", "An excluded place needs a reason");
        return -1;
    }
    if (type == PlaceType::Excluded && reason == ExclusionReason::Other && note.trimmed().isEmpty()) {
        message = QCoreApplication::translate("Edit", "The reason “other” needs a note");
        return -1;
    }
    if (type != PlaceType::Excluded)
        reason = ExclusionReason::None;
    QList<Target> targets;
    for (qint64 id : placeIds)
        targets.append({id, type, reason, type == PlaceType::Excluded ? note.trimmed() : QString()});
    const QString text =
        placeIds.size() == 1
            ? QCoreApplication::translate("Edit", "Classify “%1” as %2")
                  .arg(placeName(session.store, placeIds.first()), placeTypeLabel(type))
            : QCoreApplication::translate("Edit", "Classify %n place(s) as %1", nullptr, int(placeIds.size()))
                  .arg(placeTypeLabel(type));
    QJsonObject details{{QStringLiteral("type"), placeTypeKey(type)}};
    if (reason != ExclusionReason::None)
        details.insert(QStringLiteral("reason"), exclusionReasonKey(reason));
    if (!note.trimmed().isEmpty() && type == PlaceType::Excluded)
        details.insert(QStringLiteral("note"), note.trimmed());
    return apply(session, QStringLiteral("classify"), text, targets, details, message);
}

int acceptSuggestions(Session& session, const QList<qint64>& placeIds, QString* error)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    message.clear();
    QList<Target> targets;
    try {
        for (const classify::SuggestionRow& row : classify::suggestionsOf(session.store.database(), placeIds))
            if (row.suggested != PlaceType::Unknown)
                targets.append({row.placeId, row.suggested, row.suggestedExclusion, QString()});
    } catch (const Error& e) {
        message = e.message();
        return -1;
    }
    const QString text = QCoreApplication::translate("Edit", "Accept the suggested type of %n place(s)",
                                                     nullptr, int(targets.size()));
    return apply(session, QStringLiteral("accept_suggestions"), text, targets, {}, message);
}

} // namespace recoupe::edit
