// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace recoupe {

QString decodeSourceText(const char* bytes)
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
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8.decode(view);
    if (!utf8.hasError())
        return decoded;
    return QString::fromLatin1(view);
}

QString sniffTextProblem(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return QCoreApplication::translate("SourceReader",
                                           "the file is encoded in UTF-16; save it as UTF-8 or Latin-1");
    if (head.contains('\0'))
        return QCoreApplication::translate("SourceReader", "the file is binary, not a text table");
    return {};
}

} // namespace recoupe
