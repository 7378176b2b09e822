// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/MatchRecord.h"
#include "match/MatchSettings.h"
#include "match/PairScorer.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace recoupe::match {

class PreparedRecords;
class RecordInput;

// Returns false to cancel; called often with work done and work total (phases weighted to 1000).
using MatchProgress = std::function<bool(qint64 done, qint64 total)>;

// A candidate pair: two records (indices into the matcher's input), its score, verdict and group.
struct CandidatePair
{
    uint32_t a = 0;
    uint32_t b = 0;
    float score = 0;
    Verdict verdict = Verdict::Review;
    uint32_t group = 0; // 1-based review group, best first (see assignReviewGroups)
    PairFacts evidence;
};

// The review groups of a run: how many, the largest (in records), and how many groups of each size.
struct GroupSizes
{
    qint64 groups = 0;
    qint64 largest = 0;
    std::map<qint64, qint64> byRecords; // records per group → groups
};

struct MatchStatistics
{
    qint64 records = 0;
    qint64 comparedPairs = 0; // candidates from blocking, after removing decided pairs
    qint64 samePairs = 0;
    qint64 reviewPairs = 0;
    qint64 groups = 0;
    double seconds = 0;
    GroupSizes groupSizes;
};

struct MatchResult
{
    std::vector<CandidatePair> pairs; // ordered by group, then by score (highest first)
    MatchStatistics statistics;
};

// The matcher on records in memory (no SQLite): normalise, block, score (settings.threads threads),
// keep pairs at or above the review threshold, group them (union-find). Usable from any thread.
class Matcher
{
public:
    explicit Matcher(MatchSettings settings = {});
    ~Matcher();
    // `excluded`: packed pairs (Blocker::pack) decided by a person, never proposed. Throws Cancelled.
    // `normalised` is called once the records are normalised: from then on run() reads of them only their
    // number, so a caller may free their texts there (MatchRunner does, to save memory).
    MatchResult run(const std::vector<MatchRecord>& records, const std::vector<uint64_t>& excluded = {},
                    const MatchProgress& progress = {}, const std::function<void()>& normalised = {});
    // The same on records read through a RecordInput (MatchRunner's compact table).
    MatchResult run(const RecordInput& records, const std::vector<uint64_t>& excluded = {},
                    const MatchProgress& progress = {}, const std::function<void()>& normalised = {});
    // After run(): evidence and score for any pair of the last input, candidate or not (for evaluation).
    PairEvidence evidence(uint32_t a, uint32_t b) const;
    double score(const PairEvidence& evidence) const;
    const MatchSettings& settings() const { return m_settings; }

private:
    MatchSettings m_settings;
    std::unique_ptr<PreparedRecords> m_prepared;
    std::unique_ptr<PairScorer> m_scorer;
};

// Union-find over record indices, with path halving and union by size.
class UnionFind
{
public:
    explicit UnionFind(size_t size);
    uint32_t find(uint32_t x);
    void unite(uint32_t a, uint32_t b);

private:
    std::vector<uint32_t> m_parent;
    std::vector<uint32_t> m_size;
};

} // namespace recoupe::match
