// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/Edit.h"

#include "Error.h"
#include "edit/EditNotifier.h"
#include "edit/PlaceCommands.h"
#include "normalise/Normalise.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace recoupe::edit {

namespace {

bool sameValue(Field field, const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (field == Field::Lon || field == Field::Lat)
        return qAbs(a.toDouble() - b.toDouble()) < 1e-9;
    if (field == Field::Type)
        return a.toInt() == b.toInt();
    return a.toString() == b.toString();
}

bool push(Session& session, PlaceFieldsCommand* command, QString* error)
{
    try {
        command->apply();
    } catch (const Error& e) {
        delete command;
        if (error)
            *error = e.message();
        return false;
    }
    session.stack.push(command);
    return true;
}

} // namespace

QVariant storedValue(Field field, const QString& value)
{
    switch (field) {
    case Field::Type:
        return int(placeTypeFromKey(value));
    case Field::Lon:
    case Field::Lat:
        return value.isEmpty() ? QVariant() : QVariant(value.toDouble());
    default:
        // Never NULL: the text columns are NOT NULL (an emptied field is "").
        return value.isNull() ? QStringLiteral("") : value;
    }
}

CheckedValue checkField(Field field, const QString& text)
{
    const QString trimmed = normalise::text(text);
    switch (field) {
    case Field::Name:
        if (trimmed.isEmpty())
            return {trimmed, QCoreApplication::translate("Edit", "A place needs a name")};
        return {trimmed, {}};
    case Field::Address:
    case Field::Commune:
        return {trimmed, {}};
    case Field::Postcode: {
        if (trimmed.isEmpty())
            return {};
        const normalise::Normalised n = normalise::postcode(trimmed);
        if (!n.problem.isEmpty() || n.value.isEmpty())
            return {n.value,
                    QCoreApplication::translate("Edit", "A postcode has five digits, such as 35000")};
        return {n.value, {}};
    }
    case Field::Website: {
        if (trimmed.isEmpty())
            return {};
        if (normalise::isSocialUrl(trimmed))
            return {trimmed,
                    QCoreApplication::translate(
                        "Edit", "This is a social network address: put it under Twitter or Facebook")};
        const normalise::Normalised n = normalise::url(trimmed);
        if (!n.problem.isEmpty() || n.value.isEmpty())
            return {n.value,
                    QCoreApplication::translate("Edit", "Not a web address, such as https://example.fr")};
        return {n.value, {}};
    }
    case Field::Twitter: {
        if (trimmed.isEmpty())
            return {};
        const normalise::Normalised n = normalise::twitter(trimmed);
        if (!n.problem.isEmpty() || n.value.isEmpty())
            return {n.value, QCoreApplication::translate("Edit", "Not a Twitter account, such as @name")};
        return {n.value, {}};
    }
    case Field::Facebook: {
        if (trimmed.isEmpty())
            return {};
        const normalise::Normalised n = normalise::facebook(trimmed);
        if (!n.problem.isEmpty() || n.value.isEmpty())
            return {n.value,
                    QCoreApplication::translate("Edit", "Not a Facebook page, such as facebook.com/page")};
        return {n.value, {}};
    }
    case Field::Type: {
        const QString key = trimmed.toLower();
        for (PlaceType type : placeTypes()) {
            if (key == placeTypeKey(type) || key == placeTypeLabel(type).toLower())
                return {placeTypeKey(type), {}};
        }
        return {trimmed,
                QCoreApplication::translate("Edit", "The type is coworking, fablab, excluded or unknown")};
    }
    case Field::Lon:
    case Field::Lat: {
        if (trimmed.isEmpty())
            return {};
        const std::optional<double> number = normalise::number(trimmed);
        if (!number)
            return {trimmed, QCoreApplication::translate("Edit", "Not a number, such as 47.2184")};
        const double limit = field == Field::Lon ? 180.0 : 90.0;
        if (qAbs(*number) > limit)
            return {trimmed, field == Field::Lon
                                 ? QCoreApplication::translate("Edit", "A longitude is between -180 and 180")
                                 : QCoreApplication::translate("Edit", "A latitude is between -90 and 90")};
        return {QString::number(*number, 'f', 7), {}};
    }
    }
    return {trimmed, {}};
}

bool setPlaceField(Session& session, qint64 placeId, Field field, const QString& text, QString* error)
{
    const CheckedValue checked = checkField(field, text);
    if (!checked.problem.isEmpty()) {
        if (error)
            *error = checked.problem;
        return false;
    }
    FieldState before;
    try {
        before = readFieldState(session.store, placeId, field);
    } catch (const Error& e) {
        if (error)
            *error = e.message();
        return false;
    }
    const QVariant after = storedValue(field, checked.value);
    if (sameValue(field, before.value, after))
        return true;
    const QString label = QCoreApplication::translate("Edit", "Edit %1 of “%2”")
                              .arg(fieldLabel(field).toLower(), placeName(session.store, placeId));
    return push(session,
                new PlaceFieldsCommand(session.store, session.notifier, placeId, QStringLiteral("edit"),
                                       {{field, before, after}}, label),
                error);
}

bool movePlace(Session& session, qint64 placeId, double lon, double lat, QString* error)
{
    if (qAbs(lon) > 180.0 || qAbs(lat) > 90.0) {
        if (error)
            *error = QCoreApplication::translate("Edit", "This position is outside the world");
        return false;
    }
    QList<PlaceFieldsCommand::Change> changes;
    try {
        changes.append({Field::Lon, readFieldState(session.store, placeId, Field::Lon), lon});
        changes.append({Field::Lat, readFieldState(session.store, placeId, Field::Lat), lat});
    } catch (const Error& e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (sameValue(Field::Lon, changes[0].before.value, lon) &&
        sameValue(Field::Lat, changes[1].before.value, lat))
        return true;
    const QString label =
        QCoreApplication::translate("Edit", "Move “%1”").arg(placeName(session.store, placeId));
    return push(session,
                new PlaceFieldsCommand(session.store, session.notifier, placeId, QStringLiteral("move"),
                                       changes, label),
                error);
}

} // namespace recoupe::edit
