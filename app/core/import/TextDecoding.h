// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace recoupe {

// GDAL hands over text as the file's bytes. Valid UTF-8 is read as UTF-8; anything else was written
// by a legacy tool and is read as Latin-1 (ISO-8859-1), so "Ch\xe2telier" becomes "Châtelier".
// `latin1`, when given, is set when the bytes were not UTF-8.
QString decodeSourceText(const char* bytes, bool* latin1 = nullptr);

// The encoding problem of a file judged from its first bytes, or an empty string if none:
// UTF-16/32 files and binary files (NUL bytes) are not text tables.
QString sniffTextProblem(const QByteArray& head);

// Counts, over a file read block by block, its characters beyond ASCII and its invalid UTF-8 sequences (as
// QStringDecoder would see them: one replacement character per byte of a broken sequence, a 4-byte
// character two UTF-16 units, a literal U+FFFD invalid), without decoding: the scan of a CSV file before
// its import decoded it whole, half a second per 100 MB.
struct Utf8Census
{
    qint64 nonAscii = 0;
    qint64 invalid = 0;
    // Counts `data` and returns how many bytes it used: all, unless !atEnd and the data ends inside a
    // character, whose bytes the caller passes again in front of the next block.
    qsizetype add(const char* data, qsizetype size, bool atEnd);
};

} // namespace recoupe
