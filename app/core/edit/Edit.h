// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PairKey.h"
#include "domain/PlaceFields.h"
#include "store/PlaceWriter.h"

#include <QList>
#include <optional>

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
// The stored form of a checked value (type: its integer; coordinates: a real, or NULL when empty).
QVariant storedValue(Field field, const QString& value);

// Sets one curated field of a place by hand: checked, written with field_origin "manual", audited, undoable.
// Returns false and the reason in `error` when the value is not valid or cannot be written; true (and
// nothing pushed) when the value is unchanged.
bool setPlaceField(Session& session, qint64 placeId, Field field, const QString& text,
                   QString* error = nullptr);

// Moves a place (from the map): longitude and latitude in one undoable, audited command ("move").
bool movePlace(Session& session, qint64 placeId, double lon, double lat, QString* error = nullptr);

// Merges places (plan.kept absorbs plan.absorbed, with the plan's field values and origins) in one
// undoable, audited command ("merge"). The absorbed places and all their records stay in the project.
bool mergePlaces(Session& session, const MergePlan& plan, QString* error = nullptr);

// Splits a merged place back into the places it absorbed, as they were before (see placeWriter::split);
// the pairs between them become `pairsBecome` (by default "different"; none: proposed again). Undoable,
// audited ("split"). Returns the restored place ids (the split place first), empty on failure.
QList<qint64> splitPlace(Session& session, qint64 placeId,
                         std::optional<Decision> pairsBecome = Decision::Different, QString* error = nullptr);

// Records a decision on a pair of records (none: forgets it, the pair may be proposed again). Undoable,
// audited ("decide" / "undecide").
bool decidePair(Session& session, const PairKey& pair, std::optional<Decision> decision,
                const QString& note = {}, QString* error = nullptr);

// Merges every undecided group of the last search whose pairs are all verdict "same" with a score of at
// least minScore, each with its proposed merge, in one undoable step audited as one action with its count
// ("batch_merge"). `groups` limits it to those groups (from a preview); empty: every such group.
// Returns how many groups were merged, or -1 on failure.
int acceptBatch(Session& session, double minScore, const QList<qint64>& groups = {},
                QString* error = nullptr);

// Gives places a type in one undoable, audited command ("classify"): excluded needs a reason (and
// ExclusionReason::Other a note); any other type clears them. The type's origin becomes "manual". Places
// already so are left alone. Returns how many places changed, or -1 with `error` (nothing written).
int classifyPlaces(Session& session, const QList<qint64>& placeIds, PlaceType type,
                   ExclusionReason reason = ExclusionReason::None, const QString& note = {},
                   QString* error = nullptr);

// Gives each place its kept suggestion (see classify::Suggestions) in one undoable, audited step
// ("accept_suggestions"); places without a suggestion are left alone. Returns how many changed, or -1.
int acceptSuggestions(Session& session, const QList<qint64>& placeIds, QString* error = nullptr);

} // namespace recoupe::edit
