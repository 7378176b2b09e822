// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace recoupe::schema {

// Version written in PRAGMA user_version by the newest migration this program knows.
int latestVersion();

// Brings an open database from its user_version up to latestVersion(), one migration at a time,
// each in its own transaction. Throws Error when the file is newer than this program.
void migrate(QSqlDatabase& db);

// Applies the migrations up to (and including) `version` only; tests use it to build older files.
void migrateTo(QSqlDatabase& db, int version);

// The SQL test behind place.has_problem (no coordinates, postcode or name, or a position outside France
// and its overseas territories), on the columns of `row` ("new." in a trigger, "" for the row itself).
QString placeProblemExpression(const QString& row = {});

} // namespace recoupe::schema
