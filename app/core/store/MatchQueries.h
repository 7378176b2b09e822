// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/MatchRecord.h"
#include "match/RecordTable.h"

#include <QSqlDatabase>
#include <vector>

namespace recoupe::queries {

// Every current raw record of the project (all sources, removed ones left out) as the matcher
// needs it, in source then key order.
std::vector<match::MatchRecord> matchRecords(QSqlDatabase& db);
// The same records in a compact table (a million records: about 150 MB instead of 600).
match::RecordTable matchRecordTable(QSqlDatabase& db);
// The raw record ids of each place holding several records (merged): never proposed as pairs.
std::vector<std::vector<qint64>> placesOfSeveralRecords(QSqlDatabase& db);

} // namespace recoupe::queries
