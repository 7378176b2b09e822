// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace recoupe {

// The project a new user starts with: in the user's data folder, seeded on first use from the CGET 2019
// database bundled in the program (without its personal columns), so the 1512 places show at once.
namespace defaultProject {

// $RECOUPE_DEFAULT_PROJECT if set, else <AppDataLocation>/default.recoupe.
QString path();
// Creates and seeds the project at `path` if it does not exist yet; returns the path. Throws Error.
QString ensure(const QString& path = defaultProject::path());
// Imports the bundled CGET database into the project at `projectPath` (used by ensure()).
void seed(const QString& projectPath);

} // namespace defaultProject
} // namespace recoupe
