// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/MappingProfile.h"
#include "import/SourceReader.h"

#include <memory>

namespace recoupe {

// A source file opened with the profile that reads it (named, or detected from the header), checked
// to have what an import needs: a key column when the profile names one, and a position.
struct PreparedSource
{
    std::unique_ptr<SourceReader> reader;
    MappingProfile profile;  // as written
    MappingProfile resolved; // against this file's header
};

// Throws Error naming the file and the missing columns.
PreparedSource prepareSource(const QString& path, const QString& profileNameOrPath, qint64 maxFileSize);

} // namespace recoupe
