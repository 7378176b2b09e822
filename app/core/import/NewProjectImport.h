// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/Importer.h"

#include <optional>

namespace recoupe {

// A first import into a project that does not exist yet. The project is made and filled under a temporary
// name beside it, with no journal (a journal guards a file that already holds something; this one holds
// nothing until it is renamed), then renamed into place in one step that never replaces a project someone
// made meanwhile. A kill at any moment leaves no project, as before the import; a failed import leaves
// nothing either. At 300,000 rows the write-ahead log's copy was 1.5 s of the commit and a third of the
// system time.
//
// Returns nothing when a project appeared at that path meanwhile (another import made it): the caller then
// imports into it as usual. Throws what Importer::run throws.
std::optional<ImportReport> importIntoNewProject(const QString& projectPath, const QString& file,
                                                 const ImportOptions& options,
                                                 const ImportProgress& progress = {});

// The temporary projects of imports that were killed, beside `projectPath`: removed when their process is
// gone. Returns how many. The import command calls it before every import, into a new project or not.
int removeAbandonedNewProjects(const QString& projectPath);

} // namespace recoupe
