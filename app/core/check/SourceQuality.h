// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/Checker.h"
#include "store/ProjectQueries.h"

#include <QSqlDatabase>
#include <QStringList>

namespace recoupe::check {

// Quality per source, what tells a curator which source to trust for which field: for each source, its
// records (not removed), how many are linked to a place holding records of other sources, how many of
// those disagree with their place on a field (and on which fields), and how many have problems (by code).
// Columns (`sources --quality`, a contract): source, records, linked, disagreeing, disagreeing_fields,
// with_problems, problems_by_code. The two lists read "field:count;field:count", by count.
QStringList qualityColumns();
void forEachSourceQuality(QSqlDatabase& db, const queries::RowSink& sink);

} // namespace recoupe::check
