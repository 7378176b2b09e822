// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/JsonText.h"

#include <QString>

#include <cstdio>

namespace recoupe::json {

// The bytes of QString::toUtf8 matter: a record's digest is computed from its attributes and must not
// change from one version to the next (an unchanged file re-imported would show every record changed).
void appendString(QByteArray& out, QStringView text)
{
    out += '"';
    const char16_t* data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // A run that needs no escape, written at once.
        qsizetype end = i;
        while (end < size && data[end] >= 0x20 && data[end] < 0x80 && data[end] != u'"' && data[end] != u'\\')
            ++end;
        if (end > i) {
            const qsizetype at = out.size();
            out.resize(at + (end - i));
            char* to = out.data() + at;
            for (qsizetype k = i; k < end; ++k)
                *to++ = char(data[k]);
            i = end;
            continue;
        }
        const char16_t c = data[i];
        if (c >= 0xD800 && c <= 0xDFFF) {
            // A surrogate pair (or, never from a decoder, a lone one): Qt's encoder decides.
            const bool pair = c <= 0xDBFF && i + 1 < size && data[i + 1] >= 0xDC00 && data[i + 1] <= 0xDFFF;
            const qsizetype length = pair ? 2 : 1;
            out += text.mid(i, length).toUtf8();
            i += length;
            continue;
        }
        if (c >= 0x800) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else if (c >= 0x80) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c == u'"') {
            out += "\\\"";
        } else if (c == u'\\') {
            out += "\\\\";
        } else if (c == u'\n') {
            out += "\\n";
        } else if (c == u'\r') {
            out += "\\r";
        } else if (c == u'\t') {
            out += "\\t";
        } else {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
            out += escaped;
        }
        ++i;
    }
    out += '"';
}

} // namespace recoupe::json
