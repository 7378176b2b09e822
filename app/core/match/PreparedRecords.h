// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/MatchRecord.h"
#include "match/MatchSettings.h"
#include "match/RecordTable.h"
#include "match/Similarity.h"

#include <QString>
#include <algorithm>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace recoupe::match {

// Records normalised once for matching, in compact columns (a million records fit in a few hundred MB):
// words, hosts and handles are interned as numbers, so that comparing them is comparing integers.
class PreparedRecords
{
public:
    // Normalises every record; `progress(done, total)` returns false to cancel (Cancelled thrown).
    PreparedRecords(const std::vector<MatchRecord>& records, const MatchSettings& settings,
                    const std::function<bool(qint64, qint64)>& progress = {});
    PreparedRecords(const RecordInput& records, const MatchSettings& settings,
                    const std::function<bool(qint64, qint64)>& progress = {});

    size_t size() const { return m_hot.size(); }
    // Records are stored in spatial order (see slot()): the pairs to score are mostly neighbours, and
    // their columns then lie side by side in memory instead of scattered over hundreds of MB.
    // Every accessor takes the record's index, as given to the constructor.
    uint32_t slot(size_t i) const { return m_slot[i]; }
    uint32_t recordAt(uint32_t slot) const { return m_order[slot]; }
    // Asks the processor to fetch what scoring reads of the record in `slot`, while it scores the pairs
    // before (most pairs are far apart in memory: a cache miss each, waited for one after the other).
    // First its line of columns and its index, then, once they are in, its texts and slot entry.
    void prefetch(uint32_t slot) const
    {
        fetch(&m_hot[slot]);
        fetch(&m_order[slot]);
    }
    void prefetchTexts(uint32_t slot) const
    {
        const Hot& h = m_hot[slot];
        fetch(&m_slot[m_order[slot]]);
        fetch(m_nameTokens.data() + h.nameBegin);
        fetch(m_distinctive.chars.data() + h.distinctiveBegin);
        if (h.distinctiveLength > 24) // the name may end on the next line
            fetch(m_distinctive.chars.data() + h.distinctiveBegin + 32);
        if (h.flags & HasAddress)
            fetch(m_streetTokens.data() + h.streetBegin);
    }
    bool hasPosition(size_t i) const { return hot(i).flags & HasPosition; }
    double lon(size_t i) const { return hot(i).lon; }
    double lat(size_t i) const { return hot(i).lat; }
    // Metres between two records with positions: equirectangular under 20 km (within 0.1 %), else
    // great-circle.
    double distanceMetres(size_t a, size_t b) const;
    QStringView distinctiveName(size_t i) const
    {
        const Hot& h = hot(i);
        return h.distinctiveLength != Saturated
                   ? QStringView(m_distinctive.chars.data() + h.distinctiveBegin, h.distinctiveLength)
                   : m_distinctive.text(m_slot[i]);
    }
    std::span<const uint32_t> nameTokens(size_t i) const
    {
        const Hot& h = hot(i);
        return h.nameCount != Saturated
                   ? std::span<const uint32_t>(m_nameTokens.data() + h.nameBegin, h.nameCount)
                   : span(m_nameTokens, m_nameOffsets, m_slot[i]);
    }
    std::span<const uint32_t> streetTokens(size_t i) const
    {
        const Hot& h = hot(i);
        return h.streetCount != Saturated
                   ? std::span<const uint32_t>(m_streetTokens.data() + h.streetBegin, h.streetCount)
                   : span(m_streetTokens, m_streetOffsets, m_slot[i]);
    }
    int houseNumber(size_t i) const { return hot(i).houseNumber; }
    bool hasAddress(size_t i) const { return hot(i).flags & HasAddress; }
    bool genericName(size_t i) const { return hot(i).flags & GenericName; }
    // The address names no way and no number (a commune, a building): its position is likely coarse.
    bool coarseAddress(size_t i) const { return hot(i).flags & CoarseAddress; }
    bool closed(size_t i) const { return hot(i).flags & Closed; }
    int postcode(size_t i) const { return hot(i).postcode; }
    // Département from the postcode ("75011" → 75, "97411" → 974), 0 when unknown.
    int departement(size_t i) const { return m_departement[m_slot[i]]; }
    uint32_t websiteKey(size_t i) const { return m_websiteKey[m_slot[i]]; }
    uint32_t websiteHost(size_t i) const { return hot(i).websiteHost; }
    // The last segment of the website's path ("la-cordee-perrache"), 0 for a site's home page.
    uint32_t websitePage(size_t i) const { return m_websitePage[m_slot[i]]; }
    uint32_t twitter(size_t i) const { return hot(i).twitter; }
    uint32_t facebook(size_t i) const { return hot(i).facebook; }
    PlaceType type(size_t i) const { return PlaceType(hot(i).type); }
    // Index of the record's source (records of one source share it).
    uint32_t source(size_t i) const { return m_source[m_slot[i]]; }
    // Number of distinct places (positions more than chainPlaceMetres apart) using a host in one source
    // (the source that uses it at the most places).
    int hostSpread(uint32_t host) const
    {
        return host < m_hostPlaces.spread.size() ? m_hostPlaces.spread[host] : 0;
    }
    // Distinct places using a host within `radiusMetres` of record a or b (both records use it): the
    // chain signal of one pair. Branches elsewhere in France say nothing about whether these two records,
    // the host's only ones around, are two places. A record without position: hostSpread().
    int localHostSpread(uint32_t host, size_t a, size_t b, double radiusMetres) const
    {
        return localSpread(m_hostPlaces, host, a, b, radiusMetres);
    }
    // The same for a Twitter account or Facebook page (one account shared by a chain's branches).
    int localHandleSpread(uint32_t handle, size_t a, size_t b, double radiusMetres) const
    {
        return localSpread(m_handlePlaces, handle, a, b, radiusMetres);
    }
    // Text of an interned word.
    QStringView word(uint32_t id) const { return m_words.text(id); }
    // How many records hold the word in their distinctive name, up to 255; 0 for words under three letters
    // or made of digits, which tell nothing apart.
    int nameWordRecords(uint32_t id) const { return id < m_wordRecords.size() ? m_wordRecords[id] : 0; }
    // A word of the names that 2 to `atMost` records hold (term frequency: a word few records share says
    // more about them than a common one; see Blocker and PairScorer::keptByRule).
    bool rareNameWord(uint32_t id, int atMost) const
    {
        const int held = nameWordRecords(id);
        return held >= 2 && held <= atMost;
    }
    // differentTokensAlike() of two different words, their lengths and characters checked first from small
    // arrays (most words are too short, too unlike in length or in letters: their texts are then never
    // read).
    bool wordsAlike(uint32_t x, uint32_t y) const
    {
        const unsigned lx = m_wordLength[x];
        const unsigned ly = m_wordLength[y];
        if (lx < 5 || ly < 5)
            return false;
        if (lx < 255 && ly < 255 &&
            (std::min(lx, ly) * 5 < std::max(lx, ly) * 3 ||
             !tokensMayBeAlike(lx, ly, m_wordBuckets[x], m_wordBuckets[y])))
            return false;
        return differentTokensAlike(m_words.text(x), m_words.text(y));
    }

    // Texts one after the other in one buffer: at a million records, one QString each cost twice the
    // memory (header, allocation) and scattered the names that scoring reads over the heap.
    struct TextPool
    {
        std::vector<QChar> chars;
        std::vector<uint32_t> offsets{0};
        void append(QStringView text)
        {
            chars.insert(chars.end(), text.begin(), text.end());
            offsets.push_back(uint32_t(chars.size()));
        }
        QStringView text(size_t i) const
        {
            return QStringView(chars.data() + offsets[i], qsizetype(offsets[i + 1] - offsets[i]));
        }
    };

private:
    static void fetch(const void* address)
    {
#if defined(__x86_64__) && defined(__GNUC__)
        // GCC drops a __builtin_prefetch whose address it had to load (as in prefetchTexts()).
        asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char*>(address)));
#else
        __builtin_prefetch(address);
#endif
    }
    static std::span<const uint32_t> span(const std::vector<uint32_t>& pool,
                                          const std::vector<uint32_t>& offsets, size_t i)
    {
        return {pool.data() + offsets[i], pool.data() + offsets[i + 1]};
    }

    std::vector<uint32_t> m_slot;  // record index → position in the columns below
    std::vector<uint32_t> m_order; // position in the columns → record index
    // What scoring reads of every pair, one cache line a record: a pair's second record is often far
    // from its first in memory, and one column each cost a cache miss each.
    static constexpr uint16_t Saturated = 0xffff; // a count or length too large: read from the offsets
    enum Flag : uint8_t
    {
        HasPosition = 1,
        HasAddress = 2,
        GenericName = 4,
        Closed = 8,
        CoarseAddress = 16, // see NormalisedAddress::coarse()
    };
    struct alignas(64) Hot
    {
        double lon = 0;
        double lat = 0;
        double metresPerLon = 0; // metres per degree of longitude at the record's latitude
        uint32_t nameBegin = 0;
        uint32_t streetBegin = 0;
        uint32_t distinctiveBegin = 0;
        uint32_t websiteHost = 0;
        uint32_t twitter = 0;
        uint32_t facebook = 0;
        int32_t houseNumber = 0;
        int32_t postcode = 0;
        uint16_t nameCount = 0;
        uint16_t streetCount = 0;
        uint16_t distinctiveLength = 0;
        uint8_t type = 0;
        uint8_t flags = 0;
    };
    static_assert(sizeof(Hot) == 64);
    const Hot& hot(size_t i) const
    {
        return m_hot[m_slot[i]];
    }
    std::vector<Hot> m_hot;
    TextPool m_distinctive;
    std::vector<uint32_t> m_nameTokens;
    std::vector<uint32_t> m_nameOffsets;
    std::vector<uint32_t> m_streetTokens;
    std::vector<uint32_t> m_streetOffsets;
    std::vector<int> m_departement;
    std::vector<uint32_t> m_websiteKey;
    std::vector<uint32_t> m_websitePage;
    std::vector<uint32_t> m_source; // index of the record's source name, in order of first appearance
    // Per key (host, account): the number of distinct places using it, and the positions of up to 64 of
    // them (places[offsets[key]] to places[offsets[key + 1]]).
    // A chain is one source listing one key at several places: copies of one place in several sources,
    // geocoded a few hundred metres apart, do not make a chain. So places are counted per source, and a
    // key's spread is its largest count in one source.
    struct KeyPlace
    {
        float lon = 0;
        float lat = 0;
        uint32_t source = 0;
    };
    struct KeyPlaces
    {
        std::vector<int> spread;
        std::vector<bool> truncated; // some source uses the key at more places than kept
        std::vector<uint32_t> offsets;
        std::vector<KeyPlace> places;
    };
    // `keys(i)` and, if given, `moreKeys(i)`: the keys of record i (0: none).
    void buildKeyPlaces(KeyPlaces& out, const std::function<uint32_t(size_t)>& keys,
                        const std::function<uint32_t(size_t)>& moreKeys, size_t keyCount, double placeMetres);
    int localSpread(const KeyPlaces& k, uint32_t key, size_t a, size_t b, double radiusMetres) const;
    KeyPlaces m_hostPlaces;
    KeyPlaces m_handlePlaces;
    TextPool m_words;
    std::vector<uint8_t> m_wordRecords;  // per word id, saturated at 255 (a byte a word)
    std::vector<uint8_t> m_wordLength;   // length of each word, 255 for 255 and longer
    std::vector<uint64_t> m_wordBuckets; // tokenBuckets() of each word
};

} // namespace recoupe::match
