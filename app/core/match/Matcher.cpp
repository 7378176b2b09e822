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

    // Scoring in batches: each thread keeps the pairs at or above the review threshold.
    const int threads = std::max(1, m_settings.threads);
    const size_t batch = 1 << 18;
    std::vector<std::vector<CandidatePair>> kept{size_t(threads)};
    auto scoreRange = [&](size_t begin, size_t end, std::vector<CandidatePair>& out) {
        for (size_t p = begin; p < end; ++p) {
            const uint32_t a = Blocker::first(candidates[p]);
            const uint32_t b = Blocker::second(candidates[p]);
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
    for (size_t begin = 0; begin < candidates.size(); begin += batch) {
        const size_t end = std::min(candidates.size(), begin + batch);
        const size_t step = (end - begin + size_t(threads) - 1) / size_t(threads);
        std::vector<std::thread> workers;
        for (int t = 1; t < threads; ++t) {
            const size_t from = std::min(end, begin + size_t(t) * step);
            const size_t to = std::min(end, from + step);
            workers.emplace_back([&, from, to, t] { scoreRange(from, to, kept[size_t(t)]); });
        }
        scoreRange(begin, std::min(end, begin + step), kept[0]);
        for (auto& w : workers)
            w.join();
        if (progress && !progress(500 + qint64(end) * 500 / qint64(candidates.size()), 1000))
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
