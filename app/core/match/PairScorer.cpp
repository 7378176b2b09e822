// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/PairScorer.h"

#include "match/Similarity.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace recoupe::match {

PairScorer::PairScorer(const PreparedRecords& records, const MatchSettings& settings)
    : m_records(records), m_settings(settings)
{
}

bool PairScorer::keptByRule(const PairFacts& e) const
{
    return ((e.flags & PairFacts::SameWebsite) && e.distanceMetres >= 0 &&
            e.distanceMetres < m_settings.reviewSameWebsiteMetres) ||
           ((e.flags & PairFacts::RareName) && e.distanceMetres < m_settings.reviewRareNameMetres) ||
           (e.flags & PairFacts::WebsiteAndName);
}

PairEvidence PairScorer::evidence(size_t a, size_t b, double dropBelow) const
{
    const PreparedRecords& r = m_records;
    PairEvidence e;
    Weights& f = e.features;
    f[Bias] = 1.0;

    // Names: distinctive parts, as whole strings (typos) and as words (reordering, added words).
    const auto ta = r.nameTokens(a);
    const auto tb = r.nameTokens(b);
    // Interned words: two ids are two texts.
    const auto alike = [&r](uint32_t x, uint32_t y) { return r.wordsAlike(x, y); };
    const int matched = matchedTokens<uint32_t>(ta, tb, alike);
    const double dice = (ta.empty() || tb.empty()) ? 0.0 : 2.0 * matched / double(ta.size() + tb.size());
    const size_t shorter = std::min(ta.size(), tb.size());
    f[NameContained] =
        (shorter > 0 && size_t(matched) == shorter && !r.genericName(a) && !r.genericName(b)) ? 1 : 0;
    f[GenericName] = (r.genericName(a) || r.genericName(b)) ? 1 : 0;
    // A word of the names few records hold, with half their words alike: kept for review kilometres apart
    // or without position (keptByRule), a commune-level or wrong position being common for such a pair.
    if (f[GenericName] == 0 && dice >= 0.5) {
        for (uint32_t word : ta) {
            if (r.rareNameWord(word, m_settings.reviewRareNameRecords) &&
                std::find(tb.begin(), tb.end(), word) != tb.end()) {
                e.flags |= PairFacts::RareName;
                break;
            }
        }
    }
    if (r.closed(a) || r.closed(b))
        e.flags |= PairFacts::Closed;

    // Positions.
    if (r.hasPosition(a) && r.hasPosition(b)) {
        const double d = r.distanceMetres(a, b);
        e.distanceMetres = float(d);
        f[Near] = std::exp(-d / 300.0);
        f[Far] = std::min(1.0, std::log10(1.0 + d / 1000.0) / 2.0);
        // An address naming no way and no number (a commune, a building) is often placed at the commune's
        // centre: the distance then says less (a quality of the evidence present, never of one missing).
        if (r.coarseAddress(a) || r.coarseAddress(b)) {
            f[CoarseFar] = f[Far];
            e.flags |= PairFacts::CoarseAddress;
        }
        if (d < 5.0) {
            f[SamePoint] = 1;
            e.flags |= PairFacts::SamePoint;
        }
    } else {
        e.flags |= PairFacts::NoPosition; // no feature: a missing comparison is no evidence
    }

    // Websites, with the chain signal: a host used at many places says little about one pair.
    const uint32_t ha = r.websiteHost(a);
    const uint32_t hb = r.websiteHost(b);
    if (ha && hb) {
        if (ha == hb) {
            e.hostSpread = r.localHostSpread(ha, a, b, m_settings.chainLocalMetres);
            const bool chain = e.hostSpread >= m_settings.chainHostSpread;
            e.flags |= PairFacts::SameHost;
            // Each on its own page of one site ("/espace/la-jonquiere" vs "/espace/les-epinettes"): two
            // branches of one chain, however close. The same page of a chain's site names one branch.
            const uint32_t pa = r.websitePage(a);
            const uint32_t pb = r.websitePage(b);
            if (pa && pb && pa != pb) {
                f[BranchPages] = 1;
                e.flags |= PairFacts::BranchPages;
                if (chain)
                    e.flags |= PairFacts::ChainHost;
            } else if (chain && !(pa && pa == pb)) {
                f[SameHostChain] = 1;
                e.flags |= PairFacts::ChainHost;
            } else if (r.websiteKey(a) == r.websiteKey(b) || (pa && pa == pb)) {
                // One website far apart is more often two branches than one place geocoded twice.
                f[SameWebsite] = e.distanceMetres >= 0 ? std::exp(-e.distanceMetres / 1000.0) : 0.5;
                e.flags |= PairFacts::SameWebsite;
            } else {
                f[SameHostOnly] = 1;
            }
        } else {
            f[DifferentWebsites] = 1;
            e.flags |= PairFacts::DifferentWebsites;
        }
    }

    // Social handles. An account used at several places around (a chain's) says little about one pair.
    const bool sameTwitter = r.twitter(a) && r.twitter(a) == r.twitter(b);
    const bool sameFacebook = r.facebook(a) && r.facebook(a) == r.facebook(b);
    if (sameTwitter)
        e.flags |= PairFacts::SameTwitter;
    if (sameFacebook)
        e.flags |= PairFacts::SameFacebook;
    const auto ownAccount = [&](uint32_t handle) {
        return r.localHandleSpread(handle, a, b, m_settings.chainLocalMetres) < m_settings.chainHostSpread;
    };
    if (sameTwitter || sameFacebook) {
        // Branch pages of one site with one account: the brand's account, not this place's.
        if (!(e.flags & PairFacts::BranchPages) &&
            ((sameTwitter && ownAccount(r.twitter(a))) || (sameFacebook && ownAccount(r.facebook(a)))))
            f[SameHandle] = 1;
    } else if ((r.twitter(a) && r.twitter(b)) || (r.facebook(a) && r.facebook(b))) {
        f[DifferentHandles] = 1;
        e.flags |= PairFacts::DifferentHandles;
    }

    // Postcode and street address.
    if (r.postcode(a) && r.postcode(b)) {
        if (r.postcode(a) == r.postcode(b)) {
            f[SamePostcode] = 1;
            e.flags |= PairFacts::SamePostcode;
        } else {
            f[DifferentPostcodes] = 1;
            e.flags |= PairFacts::DifferentPostcodes;
        }
    }
    if (r.hasAddress(a) && r.hasAddress(b)) {
        const auto sa = r.streetTokens(a);
        const auto sb = r.streetTokens(b);
        const int streetMatched = matchedTokens<uint32_t>(sa, sb, alike);
        const double streetDice =
            (sa.empty() || sb.empty()) ? 0.0 : 2.0 * streetMatched / double(sa.size() + sb.size());
        const double sim = addressSimilarity(r.houseNumber(a), r.houseNumber(b), streetDice);
        f[AddressSimilarity] = sim;
        e.addressSimilarity = float(sim);
        if (r.houseNumber(a) > 0 && r.houseNumber(a) == r.houseNumber(b) && streetDice >= 0.75) {
            f[SameAddress] = 1;
            e.flags |= PairFacts::SameAddress;
        }
        if (r.houseNumber(a) > 0 && r.houseNumber(b) > 0 && streetDice < 0.5) {
            f[DifferentAddress] = 1;
            e.flags |= PairFacts::DifferentAddress;
        }
    }

    // Distinct places sharing a building (one position, or one street address) have their own names, and
    // their own website and accounts: the penalty for unlike names does not apply when the website or an
    // account is the same.
    // Alike addresses within a few dozen metres are one building too (one side without its number).
    const bool alikeAddressClose =
        e.distanceMetres >= 0 && e.distanceMetres < 60 && e.addressSimilarity >= 0.5;
    const bool building =
        ((e.flags & (PairFacts::SamePoint | PairFacts::SameAddress)) || alikeAddressClose) &&
        !(e.flags & (PairFacts::SameWebsite | PairFacts::SameTwitter | PairFacts::SameFacebook));

    if (!typesCompatible(r.type(a), r.type(b))) {
        f[TypeConflict] = 1;
        e.flags |= PairFacts::TypeConflict;
    }

    // The names as whole strings (Jaro-Winkler), the costly part: first bounded, to drop pairs that
    // cannot reach dropBelow whatever their names.
    // A generic name ("Fablab", "The Bureau" once its words are generic) says less: its likeness is
    // weighed down, never up.
    const double nameFactor = f[GenericName] > 0 ? m_settings.genericNameFactor : 1.0;
    // Inside one building the address says where, not who: it counts as much as the names agree.
    const double addressSim = f[AddressSimilarity];
    const double sameAddress = f[SameAddress];
    // One website of two sources, kilometres apart: how far apart, counted with the names below. A coarse
    // geocode or a move stays within the area where one place's records lie (chainLocalMetres); hundreds
    // of kilometres apart one website and name are a network's two places.
    const bool websiteAcross = (e.flags & PairFacts::SameWebsite) && r.source(a) != r.source(b);
    const double websiteApart = (websiteAcross && e.distanceMetres >= 0)
                                    ? (1.0 - std::exp(-e.distanceMetres / 1000.0)) *
                                          std::exp(-e.distanceMetres / m_settings.chainLocalMetres)
                                    : 0.0;
    const auto setName = [&f, building, nameFactor, addressSim, sameAddress, websiteApart](double sim) {
        if (building) {
            const double agree = std::clamp((sim - 0.5) / 0.35, 0.0, 1.0);
            f[AddressSimilarity] = addressSim * agree;
            f[SameAddress] = sameAddress * agree;
            f[BuildingAddress] = std::max(addressSim, sameAddress) * (1.0 - agree);
        }
        f[NameSimilarity] = nameFactor * sim;
        f[NameHigh] = nameFactor * std::max(0.0, (sim - 0.8) / 0.2);
        f[NearNameHigh] = f[Near] * f[NameHigh];
        f[SameWebsiteAcross] = websiteApart * f[NameHigh];
        f[NameLow] = std::max(0.0, (0.7 - sim) / 0.7);
        f[SamePointNamesDiffer] = building ? 1.0 - sim : 0.0;
    };
    const QStringView na = r.distinctiveName(a);
    const QStringView nb = r.distinctiveName(b);
    // One website of two sources is kept by the rule if the names turn out alike: not dropped while their
    // bound allows it.
    if (dropBelow > 0 && dice < 1.0 && !keptByRule(e)) {
        const double high = std::max(dice, jaroWinklerUpperBound(na, nb));
        double best = websiteAcross && high >= m_settings.reviewWebsiteNameSimilarity ? 1e300 : -1e300;
        for (double sim : {dice, high, std::clamp(0.8, dice, high)}) {
            setName(sim);
            double z = 0;
            for (size_t k = 0; k < size_t(FeatureCount); ++k)
                z += m_settings.weights[k] * f[k];
            best = std::max(best, z);
        }
        if (1.0 / (1.0 + std::exp(-best)) < dropBelow) {
            e.flags |= PairFacts::Dropped;
            return e;
        }
    }
    const double jw = dice >= 1.0 ? 1.0 : jaroWinkler(na, nb);
    const double nameSim = std::max(jw, dice);
    e.nameSimilarity = float(nameSim);
    setName(nameSim);
    // One website and one name in two sources, however far apart: the identity agrees and the position
    // does not (a lab geocoded at its registered commune, a move); a curator decides, never the score.
    if (websiteAcross && nameSim >= m_settings.reviewWebsiteNameSimilarity)
        e.flags |= PairFacts::WebsiteAndName;
    return e;
}

double PairScorer::score(const PairEvidence& evidence) const
{
    double z = 0;
    for (size_t f = 0; f < size_t(FeatureCount); ++f)
        z += m_settings.weights[f] * evidence.features[f];
    return 1.0 / (1.0 + std::exp(-z));
}

QString PairScorer::explain(const PairFacts& e)
{
    QStringList parts;
    const QLocale locale;
    if (e.distanceMetres >= 0) {
        if (e.flags & PairFacts::SamePoint)
            parts << QCoreApplication::translate("match", "same position");
        else if (e.distanceMetres < 10000)
            parts << QCoreApplication::translate("match", "%1 m apart").arg(qRound(e.distanceMetres));
        else
            parts << QCoreApplication::translate("match", "%1 km apart")
                         .arg(locale.toString(e.distanceMetres / 1000.0, 'f', 0));
    } else {
        parts << QCoreApplication::translate("match", "position missing");
    }
    parts << QCoreApplication::translate("match", "names %1 % alike").arg(qRound(e.nameSimilarity * 100));
    // Said where it is what kept the pair: positions kilometres apart or missing.
    if ((e.flags & PairFacts::RareName) && (e.distanceMetres < 0 || e.distanceMetres >= 1000))
        parts << QCoreApplication::translate("match", "a rare name word in common");
    if ((e.flags & PairFacts::CoarseAddress) && e.distanceMetres >= 1000)
        parts << QCoreApplication::translate("match", "an address without street (position approximate)");
    if (e.flags & PairFacts::SameAddress)
        parts << QCoreApplication::translate("match", "same address");
    if (e.flags & PairFacts::ChainHost)
        parts << QCoreApplication::translate("match", "website shared by %n places (chain)", nullptr,
                                             e.hostSpread);
    else if (e.flags & PairFacts::BranchPages)
        parts << QCoreApplication::translate("match", "pages of one website (branches)");
    else if (e.flags & PairFacts::SameWebsite)
        parts << QCoreApplication::translate("match", "same website");
    else if (e.flags & PairFacts::SameHost)
        parts << QCoreApplication::translate("match", "same website host");
    else if (e.flags & PairFacts::DifferentWebsites)
        parts << QCoreApplication::translate("match", "different websites");
    if (e.flags & PairFacts::SameTwitter)
        parts << QCoreApplication::translate("match", "same Twitter account");
    if (e.flags & PairFacts::SameFacebook)
        parts << QCoreApplication::translate("match", "same Facebook page");
    if (e.flags & PairFacts::DifferentHandles)
        parts << QCoreApplication::translate("match", "different social accounts");
    if (e.flags & PairFacts::DifferentAddress)
        parts << QCoreApplication::translate("match", "different streets");
    if (e.flags & PairFacts::DifferentPostcodes)
        parts << QCoreApplication::translate("match", "different postcodes");
    if (e.flags & PairFacts::TypeConflict)
        parts << QCoreApplication::translate("match", "coworking and fablab");
    if (e.flags & PairFacts::Closed)
        parts << QCoreApplication::translate("match", "one is marked closed");
    return parts.join(
        QCoreApplication::translate("match", ", ", "separator between parts of an explanation"));
}

} // namespace recoupe::match
