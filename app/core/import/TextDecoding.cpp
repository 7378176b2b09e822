// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextDecoding.h"

#include <QCoreApplication>

namespace recoupe {

QString decodeSourceText(const char* bytes, bool* latin1)
{
    if (!bytes || !*bytes)
        return {};
    const QByteArrayView view(bytes);
    bool ascii = true;
    for (const char c : view) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return QString::fromLatin1(view);
    // Invalid UTF-8 decodes to U+FFFD, which real text of these sources never holds.
    QString decoded = QString::fromUtf8(view);
    if (!decoded.contains(QChar::ReplacementCharacter))
        return decoded;
    if (latin1)
        *latin1 = true;
    return QString::fromLatin1(view);
}

QString sniffTextProblem(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return QCoreApplication::translate("SourceReader",
                                           "the file is encoded in UTF-16; save it as UTF-8 or Latin-1");
    if (const qsizetype nul = head.indexOf('\0'); nul >= 0)
        return QCoreApplication::translate("SourceReader",
                                           "the file is binary, not a text table (a NUL byte on "
                                           "line %1)")
            .arg(head.left(nul).count('\n') + 1);
    return {};
}

} // namespace recoupe
