// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/ReviewGroups.h"

#include "match/Blocker.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace recoupe::match {

GroupSizes assignReviewGroups(std::vector<CandidatePair>& pairs, int maxRecords)
{
    std::unordered_set<uint64_t> kept;
    kept.reserve(pairs.size() * 2);
    for (const CandidatePair& p : pairs)
        kept.insert(Blocker::pack(p.a, p.b));

    // Clusters of the records touched by "same" pairs: record → cluster, cluster → members.
    std::unordered_map<uint32_t, uint32_t> clusterOf;
    std::vector<std::vector<uint32_t>> members;
    const auto cluster = [&](uint32_t record) {
        auto [it, inserted] = clusterOf.emplace(record, uint32_t(members.size()));
        if (inserted)
            members.push_back({record});
        return it->second;
    };
    std::vector<size_t> same;
    for (size_t i = 0; i < pairs.size(); ++i) {
        if (pairs[i].verdict == Verdict::Same)
            same.push_back(i);
    }
    std::stable_sort(same.begin(), same.end(),
                     [&](size_t x, size_t y) { return pairs[x].score > pairs[y].score; });
    for (size_t i : same) {
        uint32_t ca = cluster(pairs[i].a);
        uint32_t cb = cluster(pairs[i].b);
        if (ca == cb || members[ca].size() + members[cb].size() > size_t(maxRecords))
            continue;
        bool complete = true;
        for (uint32_t x : members[ca]) {
            for (uint32_t y : members[cb]) {
                if (!kept.contains(Blocker::pack(x, y))) {
                    complete = false;
                    break;
                }
            }
            if (!complete)
                break;
        }
        if (!complete)
            continue;
        if (members[ca].size() < members[cb].size())
            std::swap(ca, cb);
        for (uint32_t y : members[cb])
            clusterOf[y] = ca;
        members[ca].insert(members[ca].end(), members[cb].begin(), members[cb].end());
        members[cb].clear();
    }

    // Provisional keys: a cluster of two or more records, or the pair alone.
    std::vector<uint64_t> key(pairs.size());
    const uint64_t pairKeyBase = uint64_t(members.size());
    for (size_t i = 0; i < pairs.size(); ++i) {
        const auto a = clusterOf.find(pairs[i].a);
        const auto b = clusterOf.find(pairs[i].b);
        if (a != clusterOf.end() && b != clusterOf.end() && a->second == b->second)
            key[i] = a->second;
        else
            key[i] = pairKeyBase + i;
    }
    // Numbered by best score, so that the queue opens on the surest groups.
    std::unordered_map<uint64_t, float> best;
    for (size_t i = 0; i < pairs.size(); ++i) {
        auto [it, inserted] = best.emplace(key[i], pairs[i].score);
        if (!inserted)
            it->second = std::max(it->second, pairs[i].score);
    }
    std::vector<size_t> order(pairs.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        const float bx = best.at(key[x]);
        const float by = best.at(key[y]);
        if (bx != by)
            return bx > by;
        return key[x] < key[y];
    });
    std::unordered_map<uint64_t, uint32_t> number;
    GroupSizes sizes;
    for (size_t i : order) {
        auto [it, inserted] = number.emplace(key[i], uint32_t(number.size() + 1));
        pairs[i].group = it->second;
        if (inserted) {
            const qint64 records = key[i] < pairKeyBase ? qint64(members[key[i]].size()) : 2;
            ++sizes.byRecords[records];
            sizes.largest = std::max(sizes.largest, records);
        }
    }
    sizes.groups = qint64(number.size());
    return sizes;
}

} // namespace recoupe::match
