// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportReport.h"
#include "import/SourceReader.h"

#include <QString>
#include <functional>

namespace recoupe {

class Store;

struct ImportOptions
{
    QString sourceName; // empty: the profile's default source name, else the file's base name
    QString profile;    // profile id or JSON file; empty: detected from the header
    qint64 maxFileSize = qint64(1) << 30;
    // An import that adds or changes more places than this leaves their checks for later
    // (check::checkPending, which the window runs in the background): at 300,000 places they were a
    // quarter of the import. Below, they are checked in the import (a few thousand places: under a second).
    qint64 checkInlineUpTo = 20000;
    // An import that adds more places than this in one pass leaves the text index for later
    // (textIndex::leaveForLater; the window builds it in the background, a search before that builds it
    // first). Below, the index is filled in the import (50,000 places: about 0.2 s).
    qint64 textIndexInlineUpTo = 50000;
};

// Returns false to cancel; called every few hundred rows with rows read and rows expected (-1: unknown).
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Imports one source file into a project in one transaction: all of it, or nothing.
// Re-importing a source updates it by source key (added / changed / removed, history kept).
class Importer
{
public:
    explicit Importer(Store& store);
    // Throws Error (file unreadable, no coordinate column, ...) or Cancelled; the project is then unchanged.
    ImportReport run(const QString& path, const ImportOptions& options, const ImportProgress& progress = {});

private:
    Store& m_store;
};

} // namespace recoupe
