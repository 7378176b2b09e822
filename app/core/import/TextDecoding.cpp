// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextDecoding.h"

#include <cstring>

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

qsizetype Utf8Census::add(const char* data, qsizetype size, bool atEnd)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        // Runs of ASCII, eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, bytes + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The length of the sequence and the range its second byte must lie in (Unicode table 3-7).
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        }
        if (length == 0) {
            ++invalid;
            ++i;
            continue;
        }
        int good = 1; // bytes of the sequence that are right so far
        while (good < length && i + good < size) {
            const unsigned char c = bytes[i + good];
            const bool fits = good == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
            if (!fits)
                break;
            ++good;
        }
        if (good < length && i + good >= size && !atEnd)
            return i; // cut by the end of the block: counted with the next one
        if (good < length) {
            invalid += good; // QStringDecoder replaces each byte of a broken sequence
            i += good;
            continue;
        }
        if (length == 3 && lead == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD)
            ++invalid; // U+FFFD itself: the mark of an earlier bad conversion
        else
            nonAscii += length == 4 ? 2 : 1;
        i += length;
    }
    return size;
}

} // namespace recoupe
