// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "store/Store.h"

#include <QLockFile>
#include <QString>
#include <QStringList>
#include <QUndoStack>
#include <memory>

namespace recoupe {

// One open project: its store, its undo stack and the notifier of its changes. It outlives a window made
// anew for it (after a change of language), so the undo history lasts as long as the project is open.
struct OpenProject
{
    // Opens the project (throws Error when it cannot be opened). A project whose file cannot be written
    // is opened read-only; one another window or process has open is opened all the same (SQLite keeps
    // the two apart), and both say so in notices().
    explicit OpenProject(const QString& path);
    OpenProject(const OpenProject&) = delete;
    OpenProject& operator=(const OpenProject&) = delete;

    bool readOnly() const { return store->isReadOnly(); }
    // What the person should know before working: a migration and its backup, read-only, open elsewhere.
    QStringList notices() const;

    std::unique_ptr<Store> store; // destroyed last
    QUndoStack undo;
    edit::Notifier notifier;
    edit::Session session{*store, undo, notifier};

private:
    // P.recoupe.lock while a window has the project open (Qt's lock file: process, host, application).
    QLockFile m_lock;
    QString m_openElsewhere; // who else has it open, when someone has
};

} // namespace recoupe
