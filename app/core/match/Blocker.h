// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/MatchSettings.h"
#include "match/PreparedRecords.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace recoupe::match {

// Finds the candidate pairs worth scoring, in near-linear time, never all pairs:
// - spatial: the nearest neighbours of each record on a grid (up to spatialNeighbours within
//   spatialRadiusMetres);
// - same website key, same website host, same Twitter, same Facebook;
// - a name word held by few records (2 to rareNameBlockRecords), wherever they are;
// - same distinctive name word in the same département (from the postcode, else borrowed from the
//   nearest record that has one), and in the same postcode (records without a position, or with only
//   the commune's, are found by name there even when the département's block is large).
// Key blocks larger than maxBlockSize are compared with a sliding window over position order.
class Blocker
{
public:
    Blocker(const PreparedRecords& records, const MatchSettings& settings);
    // Pairs (i < j) packed as (i << 32 | j), sorted, without repeats. Throws Cancelled.
    std::vector<uint64_t> candidates(const std::function<bool(qint64, qint64)>& progress = {}) const;

    static uint64_t pack(uint32_t i, uint32_t j)
    {
        return i < j ? (uint64_t(i) << 32 | j) : (uint64_t(j) << 32 | i);
    }
    static uint32_t first(uint64_t pair) { return uint32_t(pair >> 32); }
    static uint32_t second(uint64_t pair) { return uint32_t(pair & 0xffffffffu); }

private:
    const PreparedRecords& m_records;
    const MatchSettings& m_settings;
};

} // namespace recoupe::match
