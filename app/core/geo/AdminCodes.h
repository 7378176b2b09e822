// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace recoupe::geo {

// French départements and régions (2016 régions, INSEE codes), kept as a small table of data, and the
// département a postcode belongs to. Used by filters; the boundaries themselves are in resources/basemap.
struct Departement
{
    QString code; // "01".."95", "2A", "2B", "971".."976"
    QString name;
    QString region; // INSEE code of its région
};

struct Region
{
    QString code; // "11", "53", "94", "01" (Guadeloupe)...
    QString name;
};

const QList<Departement>& departements();
const QList<Region>& regions();
// Empty when unknown.
QString departementName(const QString& code);
QString regionName(const QString& code);
QString regionOfDepartement(const QString& code);
QStringList departementsOfRegion(const QString& regionCode);

// The département of a five-digit postcode: the first two digits, "2A" (20000–20199) or "2B" (20200–20699)
// for Corsica, the first three for overseas (971–976). Empty for an empty or malformed postcode.
// La Poste's codes follow départements with rare exceptions (a few border communes); good enough to filter.
QString departementFromPostcode(const QString& postcode);

// Half-open ranges [low, high) of postcode strings covering a département, for indexed SQL filters.
struct PostcodeRange
{
    QString low;
    QString high;
};
QList<PostcodeRange> postcodeRanges(const QString& departementCode);

} // namespace recoupe::geo
