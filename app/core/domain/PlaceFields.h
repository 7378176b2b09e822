// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceType.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace recoupe {

// The curated fields every record and place carries, already normalised.
// Coordinates are optional: a record whose coordinates were unusable keeps them empty.
struct PlaceFields
{
    QString name;
    QString address;
    QString postcode;
    QString commune;
    QString website;
    QString twitter;
    QString facebook;
    PlaceType type = PlaceType::Unknown;
    std::optional<double> lon;
    std::optional<double> lat;

    bool operator==(const PlaceFields&) const = default;
};

// Field names as used in the store's columns, files and field_origin rows, in display order.
enum class Field
{
    Name,
    Address,
    Postcode,
    Commune,
    Website,
    Twitter,
    Facebook,
    Type,
    Lon,
    Lat
};
const QStringList& fieldKeys();
QString fieldKey(Field field);
std::optional<Field> fieldFromKey(const QString& key);
QString fieldLabel(Field field);

// The value of one field as text ("" for empty coordinates), used by diffs, audit and CSV output.
QString fieldText(const PlaceFields& fields, Field field);

} // namespace recoupe
