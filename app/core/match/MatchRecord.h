// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceType.h"

#include <QString>
#include <cmath>
#include <limits>
#include <optional>

namespace recoupe::match {

// One record as the matcher sees it: the normalised fields of a raw record (see normalise::), and
// its identity (source name + source key, stable across re-imports). lon/lat are NaN when unknown.
struct MatchRecord
{
    QString source;
    QString key;
    qint64 recordId = 0; // raw_record.id in the project it was read from (0 for records made in memory)
    QString name;
    QString address;
    QString postcode; // five digits or empty
    QString website;  // canonical URL (normalise::url) or empty
    QString twitter;  // "@name" or empty
    QString facebook; // "facebook.com/page" or empty
    PlaceType type = PlaceType::Unknown;
    double lon = std::numeric_limits<double>::quiet_NaN();
    double lat = std::numeric_limits<double>::quiet_NaN();

    bool hasPosition() const { return !std::isnan(lon) && !std::isnan(lat); }
};

// Identity of a pair of records, independent of re-imports; always stored in canonical order
// (see canonical()) so that (a, b) and (b, a) are one pair.
struct PairKey
{
    QString sourceA;
    QString keyA;
    QString sourceB;
    QString keyB;

    // The same pair with its two sides ordered by source, then key (numerically when both are numbers).
    PairKey canonical() const;
    bool operator==(const PairKey& other) const = default;
};

size_t qHash(const PairKey& key, size_t seed = 0);

// A person's decision on a pair.
enum class Decision
{
    Same,
    Different,
    Unsure
};
QString decisionKey(Decision decision); // "same", "different", "unsure"
std::optional<Decision> decisionFromKey(const QString& key);

// The matcher's verdict on a candidate pair: confident, or to be looked at by a person.
enum class Verdict
{
    Same,
    Review
};
QString verdictKey(Verdict verdict); // "same", "review"

} // namespace recoupe::match
