// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/Matcher.h"

#include <vector>

namespace recoupe::match {

// Groups a person can review. Union-find over every kept pair chains through weak links (at a million
// places the largest component held 260,786 pairs), so groups are built from confident links only and
// must hold together: complete-linkage clustering over the "same" pairs, best first, where two clusters
// join only when every record of one has a kept pair (at or above the review threshold) with every
// record of the other, and the joined cluster holds at most `maxRecords` records. Every other pair
// (review pairs, and "same" pairs the clusters refused) is reviewed as a group of its own.
// Writes CandidatePair::group: 1 for the group with the best pair, and so on.
GroupSizes assignReviewGroups(std::vector<CandidatePair>& pairs, int maxRecords = 10);

} // namespace recoupe::match
