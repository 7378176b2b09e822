// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PairKey.h"
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

// The pair and decision types live in domain/ (the store uses them without the matcher).
using recoupe::Decision;
using recoupe::decisionFromKey;
using recoupe::decisionKey;
using recoupe::PairKey;
using recoupe::Verdict;
using recoupe::verdictKey;

} // namespace recoupe::match
