// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <array>

namespace recoupe::match {

// The evidence the scorer weighs for a pair, each a number in [0, 1] (see PairScorer.cpp).
enum Feature : int
{
    Bias,           // always 1
    NameSimilarity, // max(Jaro-Winkler, token Dice) of the distinctive parts of the names
    NameContained,  // every distinctive word of one name is in the other
    NameHigh,       // max(0, (NameSimilarity − 0.8) / 0.2): near-identical names weigh more than linearly
    Near,           // exp(-distance / 300 m); 0 without positions
    Far,            // log10(1 + distance / 1 km) / 2, capped at 1; 0 without positions
    SamePoint,      // under 5 m apart: often one building, possibly several places
    SamePointNamesDiffer, // (SamePoint or SameAddress) × (1 − NameSimilarity), no website or account in
                          // common: distinct places sharing a building
    SameWebsite,          // same website key (host + path), host not a chain's, × exp(−distance / 1 km)
    SameHostOnly,         // same host, different path, host not a chain's
    SameHostChain,     // same host used at chainHostSpread places or more within chainLocalMetres of the pair
    DifferentWebsites, // both have a website, on different hosts
    SameHandle,        // same Twitter account or Facebook page, not a chain's (as for hosts)
    DifferentHandles,  // both have a Twitter (or Facebook) and they differ, none equal
    SamePostcode,
    DifferentPostcodes,
    AddressSimilarity, // see addressSimilarity()
    SameAddress,       // same house number and street (street words Dice ≥ 0.75)
    TypeConflict,      // a coworking and a fablab
    GenericName,       // one name is made of generic words only ("Fablab"): never for (sign ≤ 0)
    NearNameHigh,      // Near × NameHigh: close by *and* near-identical names, stronger than either alone
    NameLow,           // max(0, (0.7 − NameSimilarity) / 0.7): unlike names, evidence against (sign ≤ 0)
    BranchPages,       // same host, each on its own page (last path segments differ): a chain's branches
                       // (sign ≤ 0); a shared account then is the brand's and no SameHandle
    DifferentAddress, // both with a house number, on different streets (street words Dice < 0.5) (sign ≤ 0)
    BuildingAddress,  // inside one building, the address evidence the unlike names took away (see below):
                      // one place renamed or listed under its operator, or two organisations under one roof;
                      // free sign, the labels say which is more common
    SameWebsiteAcross, // records of two sources, one website (as SameWebsite), near-identical names, apart:
                       // (1 − exp(−d / 1 km)) × exp(−d / chainLocalMetres) × NameHigh. Two sources geocode
                       // one place differently and years apart it may have moved, whereas one source listing
                       // one name and website twice kilometres apart lists two branches, and hundreds of
                       // kilometres apart they are a network's two places (sign ≥ 0; 0 without positions)
    CoarseFar, // Far, when one record's address names no way and no number (a commune, a building:
               // NormalisedAddress::coarse()), so that its position is likely the commune's centre:
               // what the distance says is discounted (sign ≥ 0; an address missing gives 0)
    FeatureCount
};
// A comparison that cannot be made (a position, an address, a website missing on one side) has no
// feature at all: it contributes 0 log-odds, neither for nor against (Fellegi–Sunter's missing level).
// A generic name weakens the name evidence (genericNameFactor) and may only lower the score further.
// Inside one building (same point, same or alike address close by, no website or account in common), the
// address says where, not who: AddressSimilarity and SameAddress count only as much as the names agree
// (× clamp((NameSimilarity − 0.5) / 0.35, 0, 1)), so distinct organisations under one roof are not one place;
// what is taken away goes to BuildingAddress, weighed on its own.

// Machine name of a feature, as in weights files ("name_similarity").
QString featureName(Feature feature);

using Weights = std::array<double, FeatureCount>;

// Everything that tunes matching, in one place. The score of a pair is a small logistic model,
//   P(same | evidence) = 1 / (1 + exp(−Σ weights[f] · feature[f])),
// chosen over Fellegi–Sunter + EM because the evidence is strongly dependent (a chain shares one
// website across addresses; a shared building gives one position to distinct places): the conditional
// independence Fellegi–Sunter assumes would make such pairs look certain, whereas a logistic model
// carries interaction features (SameHostChain, SamePointNamesDiffer) and gives calibrated probabilities.
// It is fitted on the hand-labelled pairs (tests/data/labels) as a MAP estimate with a Gaussian prior
// centred on priorWeights(), the hand-set weights below, so that 240 hard labels refine the
// evidence without unlearning what they do not show (easy negatives), and with each weight kept on the
// side of its meaning (weightSigns()). Sigma 4 was chosen by 5-fold cross-validation among 1.5, 2.5, 4, 6.
// Re-estimate with
//   recoupe-cli --project P match --fit-labels pairs.csv --fit-labels cross.csv
// which prints precision/recall left out by source and the model to save as match-model.json.
struct MatchSettings
{
    // The model: weights and thresholds from resources/match/match-model.json (see its README).
    Weights weights = fittedWeights();
    double sameThreshold = builtIn("same_threshold", 0.65); // score ≥ this: verdict `same`
    double reviewThreshold =
        builtIn("review_threshold", 0.03); // score ≥ this: `review`; below: not output...
    // ...except pairs with one website (same host and path, the host not a chain's) less than this apart:
    // always kept for review, whatever their score (a place listed twice with a coarse or wrong position).
    double reviewSameWebsiteMetres = builtIn("review_same_website_metres", 5000);
    double genericNameFactor = builtIn("generic_name_factor", 0.5); // name features × this, generic names
    // ...and pairs whose names share a word at most this many records hold (the place's own name, such as
    // "Kelle Fabrik") with half their words alike, closer than reviewRareNameMetres or without position:
    // a position kilometres off (a commune's centre, a wrong geocode) is then shown, not hidden.
    int reviewRareNameRecords = int(builtIn("review_rare_name_records", 4));
    double reviewRareNameMetres = builtIn("review_rare_name_metres", 30000);
    // ...and pairs of two sources with one website (not a chain's) and names at least this alike, whatever
    // the distance: the identity agrees where the positions do not (a registered commune, a move).
    double reviewWebsiteNameSimilarity = builtIn("review_website_name_similarity", 0.9);

    // Blocking (cost stays near-linear: each record is compared with a bounded number of others).
    double gridCellMetres = 400;       // spatial grid cell
    double spatialRadiusMetres = 2000; // spatial neighbours are searched up to this distance...
    int spatialNeighbours = 6;         // ...keeping at most this many nearest ones
    int maxBlockSize = 40;           // key blocks (website, handle, name word + département) up to this size
                                     // are compared all-pairs; larger ones with a sliding window
    int blockWindow = 8;             //   over records ordered by position
    int rareNameBlockRecords = 8;    // a name word held by 2 to this many records blocks them wherever they
                                     // are (a commune-level or wrong position, none at all)
    int chainHostSpread = 3;         // a host used at this many distinct places by one source is a chain's...
    double chainLocalMetres = 30000; // ...counting the places within this distance of either record of a pair
    double chainPlaceMetres = 150;   // records closer than this count as one place for chains
    int threads = 2;                 // scoring threads
    int maxGroupRecords = 10;        // records in a review group at most (see assignReviewGroups)

    static Weights priorWeights();
    // The sign each weight must keep when fitted: +1 evidence for one place, −1 against, 0 free.
    static std::array<int, FeatureCount> weightSigns();
    // The weights of the built-in model (resources/match/match-model.json).
    static Weights fittedWeights();
    // A number of the built-in model, `fallback` when it has none.
    static double builtIn(const char* key, double fallback);
    QJsonObject toJson() const;
    // Reads a settings or weights file written by toJson(); unknown keys are errors (Error thrown).
    static MatchSettings fromJson(const QJsonObject& object);
    static MatchSettings fromFile(const QString& path);
};

} // namespace recoupe::match
