// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "store/Store.h"

#include <QUndoStack>

namespace recoupe::cli {

// The edit façade's session for one command line: the same commands as the window's (audited, one
// transaction each), on an undo stack that ends with the process.
struct ProjectSession
{
    explicit ProjectSession(const QString& path) : store(path) {}
    Store store;
    QUndoStack stack;
    edit::Notifier notifier;
    edit::Session session{store, stack, notifier};
};

} // namespace recoupe::cli
