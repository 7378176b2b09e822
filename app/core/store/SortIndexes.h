// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PlaceFilter.h"
#include "store/PlaceQueries.h"

#include <QSqlDatabase>
#include <QString>

namespace recoupe::sortIndexes {

// The indexes that only make a sort or a filter of the places faster (name, postcode, commune, type, status,
// position, address, website, Twitter, Facebook; the geography's region, département, métropole and class of
// zone d'emploi). An import into a project that has few places leaves them
// out; the window builds them in the background after it, and the first query that needs one builds it
// before: building them all at the end of an import of 300,000 places cost 2.1 s, one on first use about
// 0.3 s. A query run without its index is slower but right.
bool isDeferred(const QString& indexName);

// Before a sort by `column`: builds its index if an import left it out. Does nothing when the project cannot
// be written at this moment (read-only, or another process is writing): the sort then runs without it, slower
// but right.
void ensureFor(QSqlDatabase& db, PlaceColumn column);

// Before a query of places under `filter`: builds the indexes of its geography conditions (region,
// département, métropole, class of zone d'emploi) if they were left out, as ensureFor does.
void ensureForFilter(QSqlDatabase& db, const PlaceFilter& filter);

// Builds every index left out (the window's background work after an import or on opening, tests). Waits up
// to `waitMs` for another write (the window's own sort building one, an edit) before giving an index up.
void ensureAll(QSqlDatabase& db, int waitMs = 0);

} // namespace recoupe::sortIndexes
