// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the readers Recoupe writes itself (CsvSourceReader, JsonArrayReader): the first
// byte chooses the reader, the rest is the file. Beyond what AddressSanitizer and UndefinedBehavior-
// Sanitizer catch, it checks what the import relies on: a reader either refuses the file with an Error
// or gives rows whose lines increase and whose values cover the header.
#include "Error.h"
#include "import/CsvSourceReader.h"
#include "import/JsonArrayReader.h"

#include <QFile>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <unistd.h>

using namespace recoupe;

namespace {

const QString& scratchPath(bool csv)
{
    static const QString csvPath = QStringLiteral("/tmp/recoupe-fuzz-%1.csv").arg(getpid());
    static const QString jsonPath = QStringLiteral("/tmp/recoupe-fuzz-%1.json").arg(getpid());
    return csv ? csvPath : jsonPath;
}

void readAll(SourceReader& reader)
{
    SourceRow row;
    qint64 previous = 0;
    const qsizetype columns = reader.columns().size();
    while (reader.next(row)) {
        if (row.line <= previous || row.values.size() < columns || row.columns.size() != row.values.size())
            std::abort();
        previous = row.line;
        (void)row.attributesJson();
    }
    (void)reader.notes();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const bool csv = (data[0] & 1) == 0;
    {
        QFile file(scratchPath(csv));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data + 1), qint64(size - 1));
    }
    try {
        std::unique_ptr<SourceReader> reader;
        if (csv)
            reader = std::make_unique<CsvSourceReader>(scratchPath(true));
        else
            reader = std::make_unique<JsonArrayReader>(scratchPath(false));
        readAll(*reader);
    } catch (const Error&) {
        // A refusal with a message is a valid outcome.
    }
    return 0;
}
