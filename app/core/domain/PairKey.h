// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace recoupe {

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
// Translated, for people ("Même lieu", "Lieux différents", "Incertain").
QString decisionLabel(Decision decision);

// The matcher's verdict on a candidate pair: confident, or to be looked at by a person.
enum class Verdict
{
    Same,
    Review
};
QString verdictKey(Verdict verdict); // "same", "review"

} // namespace recoupe
