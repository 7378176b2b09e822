// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"

#include <QString>

class QUndoStack;

namespace recoupe {
class Store;
}

namespace recoupe::edit {

class Notifier;

// Where edits go: the project, its undo stack (one per open project, cleared when it closes) and the
// notifier that tells every view. Widgets call the functions below; they never build undo commands.
struct Session
{
    Store& store;
    QUndoStack& stack;
    Notifier& notifier;
};

// A value typed by a person, checked and normalised for a field with the import's normalisers.
// `problem` is empty when the value can be stored; `value` is then what will be stored, as text
// (type: its key; coordinates: decimal point; empty coordinate: no position).
struct CheckedValue
{
    QString value;
    QString problem;
};
CheckedValue checkField(Field field, const QString& text);

// Sets one curated field of a place by hand: checked, written with field_origin "manual", audited, undoable.
// Returns false and the reason in `error` when the value is not valid or cannot be written; true (and
// nothing pushed) when the value is unchanged.
bool setPlaceField(Session& session, qint64 placeId, Field field, const QString& text, QString* error = nullptr);

// Moves a place (from the map): longitude and latitude in one undoable, audited command ("move").
bool movePlace(Session& session, qint64 placeId, double lon, double lat, QString* error = nullptr);

} // namespace recoupe::edit
