// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/PlaceCommands.h"

#include "Error.h"
#include "check/Checker.h"
#include "edit/EditNotifier.h"
#include "store/AuditLog.h"
#include "store/GeographyStore.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace recoupe::edit {

namespace {

// How a stored value reads in the audit log: type keys, coordinates with 7 decimals, empty for NULL.
QVariant auditText(Field field, const QVariant& value)
{
    if (value.isNull())
        return QVariant();
    if (field == Field::Type)
        return placeTypeKey(PlaceType(value.toInt()));
    if (field == Field::Lon || field == Field::Lat)
        return QString::number(value.toDouble(), 'f', 7);
    return value.toString();
}

} // namespace

QString placeName(Store& store, qint64 placeId)
{
    return sql::scalar(store.database(), QStringLiteral("SELECT name FROM place WHERE id = ?"), {placeId})
        .toString();
}

FieldState readFieldState(Store& store, qint64 placeId, Field field)
{
    QSqlDatabase& db = store.database();
    FieldState state;
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT %1 FROM place WHERE id = ?").arg(fieldKey(field)), {placeId});
    if (!q.next())
        throw Error(QCoreApplication::translate("Edit", "Place %1 does not exist").arg(placeId));
    state.value = q.value(0);
    QSqlQuery o = sql::exec(
        db, QStringLiteral("SELECT raw_record_id FROM field_origin WHERE place_id = ? AND field = ?"),
        {placeId, fieldKey(field)});
    if (o.next())
        state.origin = o.value(0);
    return state;
}

PlaceFieldsCommand::PlaceFieldsCommand(Store& store, Notifier& notifier, qint64 placeId, QString action,
                                       QList<Change> changes, const QString& text)
    : m_store(store), m_notifier(notifier), m_placeId(placeId), m_action(std::move(action)),
      m_changes(std::move(changes))
{
    setText(text);
}

void PlaceFieldsCommand::apply()
{
    write(true, m_action);
    m_applied = true;
}

void PlaceFieldsCommand::redo()
{
    // The façade applied the change before pushing (so that a failure is reported, not pushed).
    if (m_applied) {
        m_applied = false;
        return;
    }
    try {
        write(true, QStringLiteral("redo"));
    } catch (const Error& e) {
        emit m_notifier.failed(e.message());
    }
}

void PlaceFieldsCommand::undo()
{
    try {
        write(false, QStringLiteral("undo"));
    } catch (const Error& e) {
        emit m_notifier.failed(e.message());
    }
}

void PlaceFieldsCommand::write(bool forward, const QString& action)
{
    QSqlDatabase& db = m_store.database();
    const QString now = Store::now();
    FieldMask mask = 0;
    {
        sql::Transaction transaction(db);
        for (const Change& change : std::as_const(m_changes)) {
            const QString key = fieldKey(change.field);
            const QVariant from = forward ? change.before.value : change.after;
            const QVariant to = forward ? change.after : change.before.value;
            sql::exec(db, QStringLiteral("UPDATE place SET %1 = ?, updated_at = ? WHERE id = ?").arg(key),
                      {to, now, m_placeId});
            if (forward || !change.before.origin) {
                sql::exec(db, QStringLiteral("DELETE FROM field_origin WHERE place_id = ? AND field = ?"),
                          {m_placeId, key});
            }
            if (forward) {
                // A hand edit: the value now comes from nobody's record.
                sql::exec(db,
                          QStringLiteral(
                              "INSERT INTO field_origin(place_id, field, raw_record_id) VALUES (?, ?, NULL)"),
                          {m_placeId, key});
            } else if (change.before.origin) {
                sql::exec(
                    db,
                    QStringLiteral("INSERT OR REPLACE INTO field_origin(place_id, field, raw_record_id) "
                                   "VALUES (?, ?, ?)"),
                    {m_placeId, key, *change.before.origin});
            }
            AuditEntry entry;
            entry.action = action;
            entry.entity = QStringLiteral("place");
            entry.entityId = m_placeId;
            entry.field = key;
            entry.oldValue = auditText(change.field, from);
            entry.newValue = auditText(change.field, to);
            if (action != m_action)
                entry.details = QJsonObject{{QStringLiteral("command"), m_action}};
            audit::append(db, entry);
            mask |= fieldBit(change.field);
        }
        // A move (or its undo) recomputes the place's geography, in the same transaction.
        if (mask & (fieldBit(Field::Lon) | fieldBit(Field::Lat)))
            geography::updatePlaces(db, {m_placeId});
        // The place's problems for the "has problems" filter.
        check::savePlaces(db, {m_placeId}, check::runFor(db, {m_placeId}));
        transaction.commit();
    }
    emit m_notifier.placesChanged({m_placeId}, mask);
}

} // namespace recoupe::edit
