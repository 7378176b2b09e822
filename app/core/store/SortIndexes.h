// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PlaceQueries.h"

#include <QSqlDatabase>
#include <QString>

namespace recoupe::sortIndexes {

// The indexes of the columns the places table is rarely sorted by and nothing else reads (address, website,
// Twitter, Facebook; schema step 1 → 2). A large import into a project that has few places leaves
// them out, and the first sort by their column builds its index: building them at the end of an import of
// 300,000 places cost 1.4 s, one of them on first use costs about 0.3 s.
bool isDeferred(const QString& indexName);

// Before a sort by `column`: builds its index if an import left it out. Does nothing when the project cannot
// be written at this moment (read-only, or another process is writing): the sort then runs without it, slower
// but right.
void ensureFor(QSqlDatabase& db, PlaceColumn column);

// Builds every index left out (tests, and whoever wants them all at once).
void ensureAll(QSqlDatabase& db);

} // namespace recoupe::sortIndexes
