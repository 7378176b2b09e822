// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"

#include <QList>
#include <QObject>

namespace recoupe::edit {

// A set of Field values as bits (1 << int(Field)), to say which fields a change touched.
using FieldMask = quint32;
constexpr FieldMask fieldBit(Field field)
{
    return FieldMask(1) << int(field);
}
constexpr FieldMask allFields = (FieldMask(1) << 10) - 1;

// The one object that says "the project changed": the table model, the map and the editor listen to it,
// so that every change, done or undone, from any widget, refreshes all of them.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // Curated fields of these places changed (an edit, a move, their undo or redo).
    void placesChanged(const QList<qint64>& placeIds, recoupe::edit::FieldMask fields);
    // `kept` absorbed `absorbed` (a merge, the undo of a split): the absorbed places leave the listings,
    // the kept one changed (no placesChanged follows). A batch of merges says projectChanged instead.
    void placesMerged(qint64 kept, const QList<qint64>& absorbed);
    // The places merged into `kept` are back (a split, the undo of a merge).
    void placeSplit(qint64 kept, const QList<qint64>& restored);
    // Decisions on pairs changed (decided, forgotten, or written by a merge or split): the review queue,
    // the candidate marks and links follow.
    void decisionsChanged();
    // A new search for duplicates replaced the kept candidates.
    void candidatesChanged();
    // Many places may have changed or appeared (an import): reload everything.
    void projectChanged();
    // An undo or redo could not be written (the project file became read-only, disk full...).
    void failed(const QString& message);
};

} // namespace recoupe::edit
