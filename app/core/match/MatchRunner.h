// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/Matcher.h"

#include <QString>

namespace recoupe::match {

// Matching of a whole project, for the GUI's worker thread and the CLI: opens its own Store on the
// project file (a Store belongs to the thread that opened it), reads the current records of every
// source, leaves out the pairs a person has decided, and runs the Matcher.
class MatchRunner
{
public:
    explicit MatchRunner(QString projectPath, MatchSettings settings = {});
    // Throws Error or Cancelled (progress returned false); the project is never written.
    MatchResult run(const MatchProgress& progress = {});
    // Keeps the pairs of `result` scoring at least minScore in the project, in place of those of the
    // previous run (for the window's filter, marks and links; audited). Returns how many were kept.
    qint64 save(const MatchResult& result, double minScore = 0) const;
    // Frees, once normalised, the fields only the matcher reads (address, postcode, website, accounts).
    // The records are then read into a compact table (RecordTable) and made MatchRecords only once
    // matched: at a million records about 0.3 GB less at the peak. records() then holds source, key,
    // name, type, position and record id only, which is what saving, listing and the label evaluations
    // read.
    void setFreeMatchOnlyFields(bool free) { m_freeMatchOnlyFields = free; }
    // The records of the last run, indexed by CandidatePair::a / b.
    const std::vector<MatchRecord>& records() const { return m_records; }
    const Matcher& matcher() const { return m_matcher; }
    PairKey pairKey(const CandidatePair& pair) const;

private:
    QString m_projectPath;
    Matcher m_matcher;
    std::vector<MatchRecord> m_records;
    bool m_freeMatchOnlyFields = false;
};

} // namespace recoupe::match
