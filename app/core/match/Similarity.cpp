// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Similarity.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

namespace recoupe::match {

double jaroWinkler(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return 0.0;
    if (a == b)
        return 1.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    // Names are short: flags on the stack for the usual case.
    bool flagsA[128];
    bool flagsB[128];
    std::vector<char> heapA;
    std::vector<char> heapB;
    bool* ma = flagsA;
    bool* mb = flagsB;
    if (la > 128 || lb > 128) {
        heapA.assign(size_t(la), 0);
        heapB.assign(size_t(lb), 0);
        ma = reinterpret_cast<bool*>(heapA.data());
        mb = reinterpret_cast<bool*>(heapB.data());
    } else {
        std::fill(ma, ma + la, false);
        std::fill(mb, mb + lb, false);
    }
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!mb[j] && a[i] == b[j]) {
                ma[i] = mb[j] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < la; ++i) {
        if (!ma[i])
            continue;
        while (!mb[k])
            ++k;
        if (a[i] != b[k])
            ++transpositions;
        ++k;
    }
    const double m = double(matches);
    const double jaro = (m / double(la) + m / double(lb) + (m - double(transpositions) / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

double jaroWinklerUpperBound(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return 0.0;
    // Matching characters are at most the multiset intersection; merging characters into buckets only
    // raises that count, so the bound stays a bound.
    if (la > 255 || lb > 255)
        return 1.0; // counts below are bytes; such names are not worth bounding
    uint8_t counts[64] = {};
    for (QChar c : a)
        ++counts[c.unicode() & 63];
    qsizetype common = 0;
    for (QChar c : b) {
        uint8_t& n = counts[c.unicode() & 63];
        if (n) {
            --n;
            ++common;
        }
    }
    if (common == 0)
        return 0.0;
    const double m = double(common);
    const double jaro = std::min(1.0, (m / double(la) + m / double(lb) + 1.0) / 3.0);
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

namespace {

constexpr double alikeTokens = 0.92; // Jaro-Winkler of two tokens that count as one

} // namespace

uint64_t tokenBuckets(QStringView token)
{
    uint64_t buckets = 0;
    for (QChar c : token)
        buckets |= uint64_t(1) << (c.unicode() & 63);
    return buckets;
}

namespace {

// std::popcount() is a call into libgcc without -mpopcnt (which Debian's x86-64 baseline lacks).
int bitCount(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return int((x * 0x0101010101010101ULL) >> 56);
}

} // namespace

bool tokensMayBeAlike(unsigned lengthA, unsigned lengthB, uint64_t bucketsA, uint64_t bucketsB)
{
    const int common = std::min(int(lengthA) - bitCount(bucketsA & ~bucketsB),
                                int(lengthB) - bitCount(bucketsB & ~bucketsA));
    if (common <= 0)
        return false;
    // jaroWinklerUpperBound() with all of `common` matched and the longest prefix; a margin for rounding.
    const double m = double(common);
    const double jaro = std::min(1.0, (m / double(lengthA) + m / double(lengthB) + 1.0) / 3.0);
    return jaro + 4 * 0.1 * (1.0 - jaro) >= alikeTokens - 1e-9;
}

bool tokensAlike(QStringView a, QStringView b)
{
    return a == b || differentTokensAlike(a, b);
}

bool differentTokensAlike(QStringView a, QStringView b)
{
    if (a.size() < 5 || b.size() < 5)
        return false;
    // Length ratio under 0.6 cannot reach 0.92; then the bound from the characters in common.
    const qsizetype shorter = std::min(a.size(), b.size());
    const qsizetype longer = std::max(a.size(), b.size());
    if (shorter * 5 < longer * 3 || jaroWinklerUpperBound(a, b) < alikeTokens)
        return false;
    return jaroWinkler(a, b) >= alikeTokens;
}

namespace {

int matched(const QStringList& a, const QStringList& b)
{
    return matchedTokens<QString>(std::span<const QString>(a.constData(), size_t(a.size())),
                                  std::span<const QString>(b.constData(), size_t(b.size())),
                                  [](const QString& x, const QString& y) { return tokensAlike(x, y); });
}

} // namespace

double tokenDice(const QStringList& a, const QStringList& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    return 2.0 * matched(a, b) / double(a.size() + b.size());
}

double tokenContainment(const QStringList& a, const QStringList& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const QStringList& shorter = a.size() <= b.size() ? a : b;
    const QStringList& longer = a.size() <= b.size() ? b : a;
    return double(matched(shorter, longer)) / double(shorter.size());
}

double haversineMetres(double lon1, double lat1, double lon2, double lat2)
{
    constexpr double radius = 6371008.8;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double s = std::sin(dLat / 2);
    const double t = std::sin(dLon / 2);
    const double h = s * s + std::cos(lat1 * rad) * std::cos(lat2 * rad) * t * t;
    return 2.0 * radius * std::asin(std::min(1.0, std::sqrt(h)));
}

double addressSimilarity(int numberA, int numberB, double streetDice)
{
    double factor = 1.0;
    if (numberA <= 0 || numberB <= 0)
        factor = (numberA <= 0 && numberB <= 0) ? 0.9 : 0.8;
    else if (numberA != numberB)
        factor = 0.5;
    return streetDice * factor;
}

double addressSimilarity(const NormalisedAddress& a, const NormalisedAddress& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    return addressSimilarity(a.number.toInt(), b.number.toInt(), tokenDice(a.streetTokens, b.streetTokens));
}

bool typesCompatible(PlaceType a, PlaceType b)
{
    return a == PlaceType::Unknown || b == PlaceType::Unknown || a == b;
}

} // namespace recoupe::match
