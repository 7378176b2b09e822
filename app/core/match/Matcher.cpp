// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Matcher.h"

#include "Error.h"
#include "match/Blocker.h"
#include "match/PreparedRecords.h"
#include "match/ReviewGroups.h"

#include <QElapsedTimer>
#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace recoupe::match {

namespace {

// `same` is one place: a record cannot be the same as two records that are clearly not the same as each
// other (a duplicate of A is not also the place B that shares A's building). Of the `same` pairs of one
// record, the best-scored is kept, and a weaker one becomes `review` when its other record and a kept one
// are clearly two places: not even a candidate pair (under the review threshold, or never compared), or
// two unlike names under one roof (same point or address, names under 85 % alike, nothing shared online).
// Another `review` pair between them is doubt, not a contradiction: CGET holds some places twice with a
// poor second record.
// A pair kept for review by a rule only (MatchSettings: one website close by, a rare name word), under the
// review threshold, is no candidate here.
void keepSameConsistent(std::vector<CandidatePair>& pairs, double reviewThreshold)
{
    std::unordered_set<uint64_t> candidate;
    std::unordered_map<uint32_t, std::vector<size_t>> byRecord;
    constexpr uint32_t roof = PairFacts::SamePoint | PairFacts::SameAddress;
    constexpr uint32_t online = PairFacts::SameWebsite | PairFacts::SameTwitter | PairFacts::SameFacebook;
    for (size_t i = 0; i < pairs.size(); ++i) {
        const PairFacts& e = pairs[i].evidence;
        const bool twoUnderOneRoof = pairs[i].verdict != Verdict::Same && (e.flags & roof) &&
                                     !(e.flags & online) && e.nameSimilarity < 0.85f;
        if (!twoUnderOneRoof && pairs[i].score >= reviewThreshold)
            candidate.insert(Blocker::pack(pairs[i].a, pairs[i].b));
        if (pairs[i].verdict != Verdict::Same)
            continue;
        byRecord[pairs[i].a].push_back(i);
        byRecord[pairs[i].b].push_back(i);
    }
    std::vector<size_t> demote;
    for (auto& [record, list] : byRecord) {
        if (list.size() < 2)
            continue;
        std::sort(list.begin(), list.end(),
                  [&pairs](size_t x, size_t y) { return pairs[x].score > pairs[y].score; });
        std::vector<uint32_t> kept;
        for (size_t i : list) {
            const uint32_t other = pairs[i].a == record ? pairs[i].b : pairs[i].a;
            const bool consistent = std::all_of(kept.begin(), kept.end(), [&](uint32_t k) {
                return candidate.count(Blocker::pack(k, other)) > 0;
            });
            if (consistent)
                kept.push_back(other);
            else
                demote.push_back(i);
        }
    }
    for (size_t i : demote)
        pairs[i].verdict = Verdict::Review;
}

// The order in which kept pairs were listed when they were scored in index order: rounds of 2¹⁸ pairs,
// each split in one range per thread, each thread's pairs listed after those of the threads before it.
// Review groups of equal best score are numbered in that order, so it is kept (scoring now runs in
// another order, see Matcher::run) for the numbering to stay as it was.
class ListingOrder
{
public:
    ListingOrder(const std::vector<uint64_t>& candidates, int threads)
    {
        constexpr size_t batch = 1 << 18;
        for (size_t begin = 0, round = 0; begin < candidates.size(); begin += batch, ++round) {
            const size_t end = std::min(candidates.size(), begin + batch);
            const size_t step = (end - begin + size_t(threads) - 1) / size_t(threads);
            for (int t = 0; t < threads; ++t) {
                const size_t from = begin + size_t(t) * step;
                if (from < end)
                    m_ranges.push_back({candidates[from], uint32_t(t), uint32_t(round)});
            }
        }
    }
    void sort(std::vector<CandidatePair>& pairs) const
    {
        std::vector<std::pair<std::tuple<uint32_t, uint32_t, uint64_t>, size_t>> keys(pairs.size());
        for (size_t i = 0; i < pairs.size(); ++i) {
            const uint64_t pair = Blocker::pack(pairs[i].a, pairs[i].b);
            auto range = std::upper_bound(m_ranges.begin(), m_ranges.end(), pair,
                                          [](uint64_t p, const Range& r) { return p < r.first; });
            --range; // every kept pair is at or after the first range's first pair
            keys[i] = {{range->thread, range->round, pair}, i};
        }
        std::sort(keys.begin(), keys.end());
        std::vector<CandidatePair> sorted;
        sorted.reserve(pairs.size());
        for (const auto& key : keys)
            sorted.push_back(pairs[key.second]);
        pairs.swap(sorted);
    }

private:
    struct Range
    {
        uint64_t first; // the range's first pair
        uint32_t thread;
        uint32_t round;
    };
    std::vector<Range> m_ranges;
};

} // namespace

UnionFind::UnionFind(size_t size) : m_parent(size), m_size(size, 1)
{
    std::iota(m_parent.begin(), m_parent.end(), 0u);
}

uint32_t UnionFind::find(uint32_t x)
{
    while (m_parent[x] != x) {
        m_parent[x] = m_parent[m_parent[x]];
        x = m_parent[x];
    }
    return x;
}

void UnionFind::unite(uint32_t a, uint32_t b)
{
    a = find(a);
    b = find(b);
    if (a == b)
        return;
    if (m_size[a] < m_size[b])
        std::swap(a, b);
    m_parent[b] = a;
    m_size[a] += m_size[b];
}

Matcher::Matcher(MatchSettings settings) : m_settings(std::move(settings)) {}

Matcher::~Matcher() = default;

PairEvidence Matcher::evidence(uint32_t a, uint32_t b) const
{
    return m_scorer->evidence(a, b);
}

double Matcher::score(const PairEvidence& evidence) const
{
    return m_scorer->score(evidence);
}

MatchResult Matcher::run(const std::vector<MatchRecord>& records, const std::vector<uint64_t>& excluded,
                         const MatchProgress& progress, const std::function<void()>& normalised)
{
    return run(RecordVector(records), excluded, progress, normalised);
}

MatchResult Matcher::run(const RecordInput& records, const std::vector<uint64_t>& excluded,
                         const MatchProgress& progress, const std::function<void()>& normalised)
{
    QElapsedTimer timer;
    timer.start();
    // Progress over phases: normalising 0–300, blocking 300–500, scoring 500–1000.
    auto phase = [&progress](qint64 from, qint64 width) {
        return [&progress, from, width](qint64 done, qint64 total) {
            return !progress || progress(from + (total > 0 ? done * width / total : 0), 1000);
        };
    };
    m_scorer.reset();
    m_prepared = std::make_unique<PreparedRecords>(records, m_settings, phase(0, 300));
    m_scorer = std::make_unique<PairScorer>(*m_prepared, m_settings);
    if (normalised)
        normalised();
    std::vector<uint64_t> candidates = Blocker(*m_prepared, m_settings).candidates(phase(300, 200));
    if (!excluded.empty()) {
        std::vector<uint64_t> sortedExcluded = excluded;
        std::sort(sortedExcluded.begin(), sortedExcluded.end());
        std::vector<uint64_t> kept;
        kept.reserve(candidates.size());
        std::set_difference(candidates.begin(), candidates.end(), sortedExcluded.begin(),
                            sortedExcluded.end(), std::back_inserter(kept));
        candidates.swap(kept);
    }

    MatchResult result;
    result.statistics.records = qint64(records.size());
    result.statistics.comparedPairs = qint64(candidates.size());

    // Scoring, in the records' column order (PreparedRecords::slot()): candidates are mostly neighbours,
    // whose columns then lie side by side, where in index order nearly every read of the second record
    // missed the cache. Each thread sorts and scores its own share of the pairs, in rounds (for progress
    // and cancel), and keeps those at or above the review threshold; the kept pairs are then put back in
    // index order, the order scoring in index order gave.
    const int threads = std::max(1, m_settings.threads);
    const PreparedRecords& prepared = *m_prepared;
    const ListingOrder listing(candidates, threads);
    for (uint64_t& c : candidates)
        c = uint64_t(prepared.slot(Blocker::first(c))) << 32 | prepared.slot(Blocker::second(c));
    const size_t share = (candidates.size() + size_t(threads) - 1) / size_t(threads);
    const auto shareOf = [&](int t) {
        const size_t from = std::min(candidates.size(), size_t(t) * share);
        return std::make_pair(from, std::min(candidates.size(), from + share));
    };
    {
        std::vector<std::thread> sorters;
        for (int t = 0; t < threads; ++t) {
            sorters.emplace_back([&, t] {
                const auto [from, to] = shareOf(t);
                std::sort(candidates.begin() + std::ptrdiff_t(from), candidates.begin() + std::ptrdiff_t(to));
            });
        }
        for (auto& s : sorters)
            s.join();
    }
    std::vector<std::vector<CandidatePair>> kept{size_t(threads)};
    auto scoreRange = [&](size_t begin, size_t end, std::vector<CandidatePair>& out) {
        for (size_t p = begin; p < end; ++p) {
            if (p + 16 < end)
                prepared.prefetch(Blocker::second(candidates[p + 16]));
            if (p + 8 < end)
                prepared.prefetchTexts(Blocker::second(candidates[p + 8]));
            uint32_t a = prepared.recordAt(Blocker::first(candidates[p]));
            uint32_t b = prepared.recordAt(Blocker::second(candidates[p]));
            if (a > b)
                std::swap(a, b); // as the blocker gave it (i < j)
            PairEvidence e = m_scorer->evidence(a, b, m_settings.reviewThreshold);
            if (e.flags & PairFacts::Dropped)
                continue;
            const double s = m_scorer->score(e);
            if (s < m_settings.reviewThreshold && !m_scorer->keptByRule(e))
                continue;
            CandidatePair pair;
            pair.a = a;
            pair.b = b;
            pair.score = float(s);
            pair.verdict = s >= m_settings.sameThreshold ? Verdict::Same : Verdict::Review;
            pair.evidence = e;
            out.push_back(pair);
        }
    };
    const size_t round = size_t(1) << 17; // pairs per thread between two progress reports
    for (size_t done = 0; done < share; done += round) {
        std::vector<std::thread> workers;
        const auto scoreShare = [&, done](int t) {
            const auto [from, to] = shareOf(t);
            scoreRange(std::min(to, from + done), std::min(to, from + done + round), kept[size_t(t)]);
        };
        for (int t = 1; t < threads; ++t)
            workers.emplace_back(scoreShare, t);
        scoreShare(0);
        for (auto& w : workers)
            w.join();
        if (progress && !progress(500 + qint64(std::min(share, done + round)) * 500 / qint64(share), 1000))
            throw Cancelled();
    }
    std::vector<uint64_t>().swap(candidates);
    size_t keptCount = 0;
    for (const auto& part : kept)
        keptCount += part.size();
    result.pairs.reserve(keptCount);
    for (auto& part : kept) {
        result.pairs.insert(result.pairs.end(), part.begin(), part.end());
        std::vector<CandidatePair>().swap(part);
    }
    listing.sort(result.pairs);

    keepSameConsistent(result.pairs, m_settings.reviewThreshold);
    // Groups a person can review (see assignReviewGroups), best first; pairs in group order.
    for (const CandidatePair& p : result.pairs)
        ++(p.verdict == Verdict::Same ? result.statistics.samePairs : result.statistics.reviewPairs);
    result.statistics.groupSizes = assignReviewGroups(result.pairs, m_settings.maxGroupRecords);
    std::stable_sort(result.pairs.begin(), result.pairs.end(),
                     [](const CandidatePair& x, const CandidatePair& y) {
                         return x.group != y.group ? x.group < y.group : x.score > y.score;
                     });
    result.statistics.groups = result.statistics.groupSizes.groups;
    result.statistics.seconds = double(timer.elapsed()) / 1000.0;
    if (progress)
        progress(1000, 1000);
    return result;
}

} // namespace recoupe::match
