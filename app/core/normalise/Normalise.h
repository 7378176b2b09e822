// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace recoupe::normalise {

// A normalised value and, when the input could not be used as it was, why (for the import report).
// An unusable input gives an empty value and a problem; the original stays in the record's attributes.
struct Normalised
{
    QString value;
    QString problem;
};

// A text cell that an export neutralised against spreadsheet formulas ("'=SUM(…)", "'@handle", see
// exporting::neutralised) gets its text back, so that a snapshot imports back to the same fields.
QString withoutFormulaGuard(const QString& raw);

// Trims (and removes an export's formula guard), folds runs of white space, turns HTML line breaks ("<br />")
// into ", " and repairs text that was UTF-8 decoded as Latin-1 once too often ("ArrÃªt" → "Arrêt").
QString text(const QString& raw);

// French postcodes: five digits, the leading zero restored ("1000" → "01000"); "0" is a placeholder
// for "unknown" in the CGET file and gives an empty value.
Normalised postcode(const QString& raw);

// Web addresses: scheme added when missing and lowercased, host lowercased, trailing slash and
// fragment removed ("www.Foo.fr/" → "http://www.foo.fr").
Normalised url(const QString& raw);
// Key for comparing web addresses: host without "www." plus path, no scheme ("foo.fr/lab").
QString urlKey(const QString& canonicalUrl);
// Host of a canonical address without "www." ("foo.fr").
QString urlHost(const QString& canonicalUrl);
// True for addresses of social networks (facebook, twitter, instagram, linkedin...), which are not websites.
bool isSocialUrl(const QString& raw);

// Twitter: "@name" from "name", "@name" or any twitter.com / x.com address.
Normalised twitter(const QString& raw);
// Facebook: "facebook.com/<page>" from a page name or any facebook.com / fb.com address
// (query and trailing slash removed, "pages/Name/123" kept as it identifies the page).
Normalised facebook(const QString& raw);

// A coordinate written with a decimal point or a decimal comma ("47,245935"); nullopt if not a number.
std::optional<double> number(const QString& raw);

// Checks a position for France and its overseas territories: in range, not (0,0), not swapped.
// Swapped latitude/longitude (lat in the longitude column) are put back and reported.
struct Position
{
    std::optional<double> lon;
    std::optional<double> lat;
    QString problem;
};
Position position(std::optional<double> lon, std::optional<double> lat);

} // namespace recoupe::normalise
