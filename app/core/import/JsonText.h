// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

namespace recoupe::json {

// Appends `text` as a JSON string ("…", with the escapes JSON requires) in UTF-8, giving the bytes of
// QString::toUtf8 for the characters. For the forms an import writes row by row or in one piece of tens of
// megabytes (the attributes of each record, the problems of an import), where building a QJsonObject and
// converting from UTF-16 cost as much time, or memory, as the rest.
void appendString(QByteArray& out, QStringView text);

} // namespace recoupe::json
