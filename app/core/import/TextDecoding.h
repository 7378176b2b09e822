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

} // namespace recoupe
