// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace recoupe::exporting {

struct PlaceRow;

// What a snapshot keeps of each place, whatever its layout, so that two snapshots can be compared without
// their files: the curated fields as published (public snapshots: after personal data was removed), type,
// exclusion reason, sources and the ids of the place's records (how merges and splits are recognised).
namespace content {

enum Index
{
    Name,
    Address,
    Postcode,
    Commune,
    Website,
    Twitter,
    Facebook,
    Type,
    ExclusionReason,
    Lon,
    Lat,
    Sources,
    Records,
    Count
};
// Field names as the diff prints them ("name", ..., "lon", "lat", "sources").
const QStringList& fieldNames();

QStringList values(const PlaceRow& row);
// Compact text (fields joined by the unit separator, which no normalised field holds).
QByteArray encode(const QStringList& values);
QStringList decode(const QByteArray& text);
// 64 bits of the content's MD5: the key under which a content is stored once for every snapshot.
qint64 digest(const QByteArray& encoded);

} // namespace content
} // namespace recoupe::exporting
