// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/MatchRecord.h"
#include "match/MatchSettings.h"

#include <QString>
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

    size_t size() const { return m_lon.size(); }
    bool hasPosition(size_t i) const { return m_hasPosition[i]; }
    double lon(size_t i) const { return m_lon[i]; }
    double lat(size_t i) const { return m_lat[i]; }
    // Metres between two records with positions: equirectangular under 20 km (within 0.1 %), else
    // great-circle.
    double distanceMetres(size_t a, size_t b) const;
    QStringView distinctiveName(size_t i) const { return m_distinctive.text(i); }
    std::span<const uint32_t> nameTokens(size_t i) const { return span(m_nameTokens, m_nameOffsets, i); }
    std::span<const uint32_t> streetTokens(size_t i) const
    {
        return span(m_streetTokens, m_streetOffsets, i);
    }
    int houseNumber(size_t i) const { return m_houseNumber[i]; }
    bool hasAddress(size_t i) const { return m_hasAddress[i]; }
    bool genericName(size_t i) const { return m_genericName[i]; }
    bool closed(size_t i) const { return m_closed[i]; }
    int postcode(size_t i) const { return m_postcode[i]; }
    // Département from the postcode ("75011" → 75, "97411" → 974), 0 when unknown.
    int departement(size_t i) const { return m_departement[i]; }
    uint32_t websiteKey(size_t i) const { return m_websiteKey[i]; }
    uint32_t websiteHost(size_t i) const { return m_websiteHost[i]; }
    // The last segment of the website's path ("la-cordee-perrache"), 0 for a site's home page.
    uint32_t websitePage(size_t i) const { return m_websitePage[i]; }
    uint32_t twitter(size_t i) const { return m_twitter[i]; }
    uint32_t facebook(size_t i) const { return m_facebook[i]; }
    PlaceType type(size_t i) const { return PlaceType(m_type[i]); }
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
    static std::span<const uint32_t> span(const std::vector<uint32_t>& pool,
                                          const std::vector<uint32_t>& offsets, size_t i)
    {
        return {pool.data() + offsets[i], pool.data() + offsets[i + 1]};
    }

    std::vector<double> m_lon;
    std::vector<double> m_lat;
    std::vector<double> m_metresPerLon; // metres per degree of longitude at the record's latitude
    std::vector<bool> m_hasPosition;
    TextPool m_distinctive;
    std::vector<uint32_t> m_nameTokens;
    std::vector<uint32_t> m_nameOffsets;
    std::vector<uint32_t> m_streetTokens;
    std::vector<uint32_t> m_streetOffsets;
    std::vector<int> m_houseNumber;
    std::vector<bool> m_hasAddress;
    std::vector<bool> m_genericName;
    std::vector<bool> m_closed;
    std::vector<int> m_postcode;
    std::vector<int> m_departement;
    std::vector<uint32_t> m_websiteKey;
    std::vector<uint32_t> m_websiteHost;
    std::vector<uint32_t> m_websitePage;
    std::vector<uint32_t> m_twitter;
    std::vector<uint32_t> m_facebook;
    std::vector<uint8_t> m_type;
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
    void buildKeyPlaces(KeyPlaces& out, const std::vector<uint32_t>& keys,
                        const std::vector<uint32_t>* moreKeys, size_t keyCount, double placeMetres);
    int localSpread(const KeyPlaces& k, uint32_t key, size_t a, size_t b, double radiusMetres) const;
    KeyPlaces m_hostPlaces;
    KeyPlaces m_handlePlaces;
    TextPool m_words;
    std::vector<uint8_t> m_wordRecords; // per word id, saturated at 255 (a byte a word)
};

} // namespace recoupe::match
