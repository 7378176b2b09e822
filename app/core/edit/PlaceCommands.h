// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"

#include <QUndoCommand>
#include <QVariant>
#include <optional>

namespace recoupe {
class Store;
}

namespace recoupe::edit {

class Notifier;

// Undo commands on curated places. Each do, undo and redo writes the place, its field_origin rows and an
// audit_log entry in one transaction. Build them through the façade in Edit.h, not directly.

// The state of one field of one place: the stored value and its field_origin row (absent, manual, a record).
struct FieldState
{
    QVariant value;                 // as stored: text, integer type, real or NULL coordinate
    std::optional<QVariant> origin; // no row / row with raw_record_id (NULL = manual)
};

// Changes one or more fields of one place (one field for an edit, lon and lat for a move).
class PlaceFieldsCommand : public QUndoCommand
{
public:
    struct Change
    {
        Field field;
        FieldState before;
        QVariant after;
    };

    PlaceFieldsCommand(Store& store, Notifier& notifier, qint64 placeId, QString action,
                       QList<Change> changes, const QString& text);

    // Writes the change once; throws Error, in which case nothing was written and the command must not be
    // pushed.
    void apply();
    void redo() override;
    void undo() override;

    qint64 placeId() const { return m_placeId; }

private:
    void write(bool forward, const QString& action);

    Store& m_store;
    Notifier& m_notifier;
    qint64 m_placeId;
    QString m_action;
    QList<Change> m_changes;
    bool m_applied = false;
};

// A place's name, for the text of a command in the history.
QString placeName(Store& store, qint64 placeId);

// Reads the current state of a field (value and origin), for building a command.
FieldState readFieldState(Store& store, qint64 placeId, Field field);

} // namespace recoupe::edit
