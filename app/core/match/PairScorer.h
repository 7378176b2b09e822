// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/MatchSettings.h"
#include "match/PreparedRecords.h"

#include <QString>
#include <cstdint>

namespace recoupe::match {

// What was found when comparing two records: the model's features, and the facts an explanation
// is written from.
struct PairFacts
{
    enum Flag : uint32_t
    {
        SameWebsite = 1 << 0,
        SameHost = 1 << 1,
        ChainHost = 1 << 2,
        DifferentWebsites = 1 << 3,
        SameTwitter = 1 << 4,
        SameFacebook = 1 << 5,
        DifferentHandles = 1 << 6,
        SamePostcode = 1 << 7,
        DifferentPostcodes = 1 << 8,
        SamePoint = 1 << 9,
        TypeConflict = 1 << 10,
        NoPosition = 1 << 11,
        SameAddress = 1 << 12,
        Closed = 1 << 13,
        BranchPages = 1 << 15,      // same host, each on its own page: a chain's branches
        DifferentAddress = 1 << 16, // house numbers on different streets
        RareName = 1 << 17, // the names share a word at most reviewRareNameRecords records hold, half their
                            // words alike
        CoarseAddress = 1 << 18,  // one address names no way and no number: its position may be coarse
        WebsiteAndName = 1 << 19, // two sources, one website (not a chain's), names alike (kept for review)
        Dropped = 1 << 14,        // evidence(…, dropBelow) stopped early: the pair cannot reach dropBelow
    };
    float distanceMetres = -1; // −1: unknown
    float nameSimilarity = 0;
    float addressSimilarity = 0;
    uint32_t flags = 0;
    int hostSpread = 0;
};

// The facts and the model's features (kept only while scoring and for fitting).
struct PairEvidence : PairFacts
{
    Weights features{};
};

// Scores pairs of prepared records with the logistic model of MatchSettings and explains the score.
class PairScorer
{
public:
    PairScorer(const PreparedRecords& records, const MatchSettings& settings);
    // With dropBelow > 0, a pair whose score cannot reach it (bounded before the costly name comparison)
    // and that keptByRule() does not keep comes back early, flagged Dropped, its features incomplete.
    PairEvidence evidence(size_t a, size_t b, double dropBelow = 0) const;
    // Pairs kept for review whatever their score: one website (not a chain's) closer than
    // MatchSettings::reviewSameWebsiteMetres; names sharing a word that few records hold
    // (MatchSettings::reviewRareNameRecords), however far apart; one website and alike names in two
    // sources (MatchSettings::reviewWebsiteNameSimilarity), whatever the distance.
    bool keptByRule(const PairFacts& facts) const;
    // P(same) in [0, 1].
    double score(const PairEvidence& evidence) const;
    // "43 m apart, names 92 % alike, same website" (translated, context "match").
    static QString explain(const PairFacts& facts);

private:
    const PreparedRecords& m_records;
    const MatchSettings& m_settings;
};

} // namespace recoupe::match
