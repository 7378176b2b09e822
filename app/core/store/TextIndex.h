// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace recoupe::textIndex {

// The full-text index of the places (place_fts: name, address, commune, postcode), which the search box and
// `--filter` read. A large import leaves it out: filling it was the longest step after the rows (300,000
// places: 1.3 s of 10; a million: 4.4 s). It is then built by the window in the background right after the
// import or at the opening, by any writing connection before its first search, and, for a connection that
// may not write (a listing, an export), once in that connection's temporary schema, which shadows it.
// Every search therefore gets the answers of a complete index.
//
// The index is complete exactly when the trigger place_ai, which keeps it in step with every new place,
// exists: a left-out index has none of its three triggers, so no edit touches it until it is built again.

// True when place_fts holds every place and its triggers keep it so.
bool isComplete(QSqlDatabase& db);

// Leaves the index for later: drops its triggers. Called inside an import's transaction, after the places
// are written.
void leaveForLater(QSqlDatabase& db);

// Fills the index from the places and puts its triggers back, in a transaction of its own (or a savepoint of
// the caller's). Waits up to `waitMs` for another writer. Returns true when the index is complete after it,
// false when this connection cannot write now (read-only, busy). Does nothing if it is complete.
bool build(QSqlDatabase& db, int waitMs);

// Before a search: makes sure that `place_fts` answers it completely in this connection, building the index
// (a writable connection, waiting up to `waitMs` for another writer: the window's background is probably
// building it, about a second per 300,000 places) or else a temporary copy, which follows this
// connection's own edits (a read-only connection, or a project busy for longer: the window then searches at
// once rather than freeze).
void ensureForSearch(QSqlDatabase& db, int waitMs = 2000);

} // namespace recoupe::textIndex
