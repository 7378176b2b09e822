// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportReport.h"

#include <QList>
#include <QSqlDatabase>

namespace recoupe::queries {

// The unusable values found by the latest import of each source (import_run.problems), for the window:
// the bundled CGET import of a first start has some, and the curator must be able to read them.
struct SourceImportProblems
{
    QString source;
    QString file;
    QString importedAt;
    QList<ImportProblem> problems;
};
QList<SourceImportProblems> latestImportProblems(QSqlDatabase& db);
// How many there are, counted by SQLite (json_array_length): nothing parsed, for the window's opening.
qint64 latestImportProblemCount(QSqlDatabase& db);

} // namespace recoupe::queries
