// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/TypeEvidence.h"
#include "classify/TypeModel.h"

#include <QList>
#include <QString>

namespace recoupe::classify {

// One piece of evidence behind a suggestion, for people: what was seen and which way it pulls
// (log-odds towards fablab; exclusions and categories carry their own type).
struct SuggestionReason
{
    QString text;
    double logOdds = 0.0;
};

struct Suggestion
{
    PlaceType type = PlaceType::Unknown;
    ExclusionReason exclusion = ExclusionReason::None;
    double confidence = 0.0;         // 0.5 … 1
    bool disputed = false;           // the records' sources disagree on the type
    QList<SuggestionReason> reasons; // strongest first
    QString reasonText() const;      // the first reasons joined, translated
};

// The suggested type of a place from the evidence of its records (see TypeModel): a source's own category
// counts most, then phrases that name an excluded kind of place, then the words.
Suggestion suggestType(const TypeModel& model, const PlaceEvidence& place);

// The word model's log-odds (fablab against coworking) for a set of features.
double wordLogOdds(const TypeModel& model, const QStringList& features);

} // namespace recoupe::classify
