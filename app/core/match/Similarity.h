// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceType.h"
#include "match/MatchText.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <algorithm>
#include <cstdint>
#include <span>

namespace recoupe::match {

// Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, prefix up to 4); 1 for two equal strings,
// 0 when either is empty.
double jaroWinkler(QStringView a, QStringView b);
// An upper bound of jaroWinkler(a, b) from the lengths, the characters in common (as multisets, counted
// in 64 buckets) and the common prefix, in O(|a| + |b|): the cheap test before the quadratic one.
double jaroWinklerUpperBound(QStringView a, QStringView b);

// Two tokens count as one when equal, or, both at least 5 letters long, at Jaro-Winkler ≥ 0.92
// ("platforme" / "plateforme").
bool tokensAlike(QStringView a, QStringView b);
// The same for two tokens known to differ (the comparison of equal texts left out).
bool differentTokensAlike(QStringView a, QStringView b);
// Which of 64 buckets of characters (code & 63) a token holds, one bit each.
uint64_t tokenBuckets(QStringView token);
// False when two tokens of these lengths (5 to 254) and buckets cannot be alike: each bucket one holds
// and the other not is at least one character unmatched, and the Jaro-Winkler bound of what can match
// stays under the threshold. True says nothing: differentTokensAlike() decides. For the many pairs of
// words it rules out, the texts are never read.
bool tokensMayBeAlike(unsigned lengthA, unsigned lengthB, uint64_t bucketsA, uint64_t bucketsB);

// How many tokens of `a` find an alike token in `b`, each token of `b` used once.
// `alike(x, y)` tells whether two tokens that differ by value are alike; tokens equal by value match
// first.
template <typename Token, typename Alike>
int matchedTokens(std::span<const Token> a, std::span<const Token> b, Alike alike)
{
    if (a.empty() || b.empty())
        return 0;
    unsigned used = 0; // b has few tokens: a bit set of the ones taken (up to 32)
    int matched = 0;
    const size_t nb = std::min<size_t>(b.size(), 32);
    for (const Token& ta : a) {
        size_t found = nb;
        for (size_t j = 0; j < nb && found == nb; ++j) {
            if (!(used & (1u << j)) && b[j] == ta)
                found = j;
        }
        for (size_t j = 0; j < nb && found == nb; ++j) {
            if (!(used & (1u << j)) && alike(ta, b[j]))
                found = j;
        }
        if (found != nb) {
            used |= 1u << found;
            ++matched;
        }
    }
    return matched;
}

// Token overlap: Dice coefficient 2·|A∩B| / (|A| + |B|) with alike tokens (see tokensAlike).
double tokenDice(const QStringList& a, const QStringList& b);
// Share of the shorter list found in the longer one: 1 when one name is contained in the other.
double tokenContainment(const QStringList& a, const QStringList& b);

// Great-circle distance in metres between two lon/lat positions (WGS 84 mean radius).
double haversineMetres(double lon1, double lat1, double lon2, double lat2);

// Similarity of two street addresses in [0, 1]: street words (Dice) times a factor for the house
// numbers (equal 1, one missing 0.8, different 0.5); 0 when either address is empty.
double addressSimilarity(const NormalisedAddress& a, const NormalisedAddress& b);
double addressSimilarity(int numberA, int numberB, double streetDice);

// False only when both types are known and differ (a coworking and a fablab).
bool typesCompatible(PlaceType a, PlaceType b);

} // namespace recoupe::match
