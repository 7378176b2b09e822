// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "store/GeographyStore.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QString>
#include <QUndoStack>
#include <memory>

namespace recoupe {

// One open project: its store, its undo stack and the notifier of its changes. It outlives a window made
// anew for it (after a change of language), so the undo history lasts as long as the project is open.
struct OpenProject
{
    // Opens the project (throws Error when it cannot be opened).
    explicit OpenProject(const QString& path) : store(std::make_unique<Store>(path))
    {
        // A project written before geography (schema 4 → 5), or by a Recoupe with other boundary layers:
        // its places get their geography once, here.
        QSqlDatabase& db = store->database();
        if (geography::needsUpdate(db)) {
            sql::Transaction transaction(db);
            geography::updateStale(db);
            transaction.commit();
        }
    }
    OpenProject(const OpenProject&) = delete;
    OpenProject& operator=(const OpenProject&) = delete;

    std::unique_ptr<Store> store; // destroyed last
    QUndoStack undo;
    edit::Notifier notifier;
    edit::Session session{*store, undo, notifier};
};

} // namespace recoupe
