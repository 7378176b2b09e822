// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QUndoCommand>
#include <functional>

namespace recoupe {
class Store;
}

namespace recoupe::edit {

class Notifier;

// An undo command over any number of rows: the rows it changed were recorded as a changeset when it was
// done (see sql::ChangeRecorder); undo applies the inverse, redo the changeset again, each in one
// transaction with its audit_log entry ("undo" / "redo", the command's action and details kept).
// Merges, splits, decisions and batches are such commands: they own everything they need to undo.
class ChangesetCommand : public QUndoCommand
{
public:
    // Called after each write (done, undone or redone) to tell the views; `forward` false for an undo.
    using Notify = std::function<void(Notifier&, bool forward)>;

    ChangesetCommand(Store& store, Notifier& notifier, QByteArray changeset, QString action,
                     QJsonObject details, Notify notify, const QString& text);

    // The façade did the change itself (and reported a failure before pushing): the first redo is a no-op.
    void redo() override;
    void undo() override;

private:
    void write(bool forward);

    Store& m_store;
    Notifier& m_notifier;
    QByteArray m_changeset;
    QString m_action;
    QJsonObject m_details;
    Notify m_notify;
    bool m_done = true;
};

} // namespace recoupe::edit
