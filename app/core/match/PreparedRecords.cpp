// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/PreparedRecords.h"

#include "Error.h"
#include "match/MatchText.h"
#include "match/Similarity.h"
#include "normalise/Normalise.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <thread>

namespace recoupe::match {

namespace {

// 64-bit hash of a text, 0 for the empty text only. Computed by the normalising threads, so that
// interning (one thread) compares integers: two texts with one hash would be taken for one, a chance
// of about n² / 2⁶⁵ (under 10⁻⁷ for a million records).
uint64_t textHash(QStringView text)
{
    if (text.isEmpty())
        return 0;
    const uint64_t h = qHash(text, size_t(0x2545f4914f6cdd1dULL));
    return h ? h : 1;
}

// Interns texts by their hash as numbers from 1 (0 is "none"), in an open-addressing table.
class Interner
{
public:
    explicit Interner(PreparedRecords::TextPool* texts = nullptr) : m_texts(texts)
    {
        if (m_texts && m_texts->offsets.size() == 1)
            m_texts->append(QStringView()); // id 0: none
        m_keys.assign(1 << 12, 0);
        m_ids.assign(1 << 12, 0);
    }
    uint32_t id(uint64_t hash, const QString& text)
    {
        if (!hash)
            return 0;
        const size_t mask = m_keys.size() - 1;
        size_t slot = size_t(hash ^ (hash >> 29)) & mask;
        while (m_keys[slot]) {
            if (m_keys[slot] == hash)
                return m_ids[slot];
            slot = (slot + 1) & mask;
        }
        m_keys[slot] = hash;
        m_ids[slot] = ++m_count;
        if (m_texts)
            m_texts->append(text);
        if (m_count * 2 > m_keys.size())
            grow();
        return m_count;
    }
    size_t size() const { return size_t(m_count) + 1; }

private:
    void grow()
    {
        std::vector<uint64_t> keys(m_keys.size() * 2, 0);
        std::vector<uint32_t> ids(m_keys.size() * 2, 0);
        const size_t mask = keys.size() - 1;
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (!m_keys[i])
                continue;
            size_t slot = size_t(m_keys[i] ^ (m_keys[i] >> 29)) & mask;
            while (keys[slot])
                slot = (slot + 1) & mask;
            keys[slot] = m_keys[i];
            ids[slot] = m_ids[i];
        }
        m_keys.swap(keys);
        m_ids.swap(ids);
    }

    std::vector<uint64_t> m_keys;
    std::vector<uint32_t> m_ids;
    uint32_t m_count = 0;
    PreparedRecords::TextPool* m_texts;
};

struct Normalised
{
    NormalisedName name;
    NormalisedAddress address;
    QString websiteKey;
    QString websiteHost;
    QString websitePage;
    QString twitter;
    QString facebook;
    std::vector<uint64_t> nameHashes;
    std::vector<uint64_t> streetHashes;
    uint64_t keyHash = 0;
    uint64_t hostHash = 0;
    uint64_t pageHash = 0;
    uint64_t twitterHash = 0;
    uint64_t facebookHash = 0;
};

Normalised normaliseRecord(const MatchRecord& r)
{
    Normalised n;
    n.name = normaliseName(r.name);
    n.address = normaliseAddress(r.address);
    if (!r.website.isEmpty() && !normalise::isSocialUrl(r.website)) {
        n.websiteKey = normalise::urlKey(r.website);
        n.websiteHost = normalise::urlHost(r.website);
        // The page of one branch on a chain's site: the key's last path segment.
        const qsizetype slash = n.websiteKey.lastIndexOf(QLatin1Char('/'));
        if (slash > 0 && n.websiteKey.size() > n.websiteHost.size())
            n.websitePage = n.websiteKey.mid(slash + 1);
    }
    n.twitter = r.twitter.toLower();
    n.facebook = facebookKey(r.facebook);
    n.nameHashes.reserve(size_t(n.name.distinctiveTokens.size()));
    for (const QString& t : n.name.distinctiveTokens)
        n.nameHashes.push_back(textHash(t));
    n.streetHashes.reserve(size_t(n.address.streetTokens.size()));
    for (const QString& t : n.address.streetTokens)
        n.streetHashes.push_back(textHash(t));
    n.keyHash = textHash(n.websiteKey);
    n.hostHash = textHash(n.websiteHost);
    n.pageHash = textHash(n.websitePage);
    n.twitterHash = textHash(n.twitter);
    n.facebookHash = textHash(n.facebook);
    return n;
}

int departementOf(int postcode)
{
    if (postcode <= 0)
        return 0;
    return postcode >= 97000 ? postcode / 100 : postcode / 1000;
}

} // namespace

PreparedRecords::PreparedRecords(const std::vector<MatchRecord>& records, const MatchSettings& settings,
                                 const std::function<bool(qint64, qint64)>& progress)
{
    const size_t n = records.size();
    m_lon.resize(n);
    m_lat.resize(n);
    m_metresPerLon.resize(n);
    m_hasPosition.resize(n);
    m_distinctive.offsets.reserve(n + 1);
    m_nameOffsets.reserve(n + 1);
    m_nameOffsets.push_back(0);
    m_streetOffsets.reserve(n + 1);
    m_streetOffsets.push_back(0);
    m_houseNumber.resize(n);
    m_hasAddress.resize(n);
    m_genericName.resize(n);
    m_closed.resize(n);
    m_postcode.resize(n);
    m_departement.resize(n);
    m_websiteKey.resize(n);
    m_websiteHost.resize(n);
    m_websitePage.resize(n);
    m_twitter.resize(n);
    m_facebook.resize(n);
    m_type.resize(n);
    m_source.resize(n);
    {
        QHash<QString, uint32_t> sources;
        for (size_t i = 0; i < n; ++i) {
            auto it = sources.constFind(records[i].source);
            if (it == sources.constEnd())
                it = sources.insert(records[i].source, uint32_t(sources.size()));
            m_source[i] = *it;
        }
    }

    Interner words(&m_words);
    Interner keys;
    Interner hosts;
    Interner pages;
    Interner handles;

    // Text normalisation is the costly part: done in parallel by chunks, then interned in order.
    constexpr size_t chunk = 10000; // two chunks of normalised texts in memory at once: keep them small
    const int threads = std::max(1, settings.threads);
    // Normalises records [from, to) into out, with `threads` threads.
    const auto normaliseChunk = [&records, threads](size_t from, size_t to, std::vector<Normalised>& out) {
        out.assign(to - from, Normalised{});
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                for (size_t i = from + size_t(t); i < to; i += size_t(threads))
                    out[i - from] = normaliseRecord(records[i]);
            });
        }
        for (auto& w : workers)
            w.join();
    };
    // A pipeline: the next chunk is normalised while this one is interned (one thread, in order).
    std::vector<Normalised> buffer;
    std::vector<Normalised> next;
    normaliseChunk(0, std::min(n, chunk), buffer);
    for (size_t begin = 0; begin < n; begin += chunk) {
        const size_t end = std::min(n, begin + chunk);
        std::thread ahead;
        if (end < n)
            ahead = std::thread([&, end] { normaliseChunk(end, std::min(n, end + chunk), next); });
        struct Joiner
        {
            std::thread& thread;
            ~Joiner()
            {
                if (thread.joinable())
                    thread.join();
            }
        } joiner{ahead};

        for (size_t i = begin; i < end; ++i) {
            const MatchRecord& r = records[i];
            Normalised& nr = buffer[i - begin];
            m_hasPosition[i] = r.hasPosition();
            m_lon[i] = r.lon;
            m_lat[i] = r.lat;
            m_metresPerLon[i] = r.hasPosition() ? 111195.08 * std::cos(r.lat * M_PI / 180.0) : 0.0;
            m_distinctive.append(nr.name.distinctive);
            for (qsizetype t = 0; t < nr.name.distinctiveTokens.size(); ++t)
                m_nameTokens.push_back(words.id(nr.nameHashes[size_t(t)], nr.name.distinctiveTokens.at(t)));
            m_nameOffsets.push_back(uint32_t(m_nameTokens.size()));
            for (qsizetype t = 0; t < nr.address.streetTokens.size(); ++t)
                m_streetTokens.push_back(words.id(nr.streetHashes[size_t(t)], nr.address.streetTokens.at(t)));
            m_streetOffsets.push_back(uint32_t(m_streetTokens.size()));
            m_houseNumber[i] = nr.address.number.toInt();
            m_hasAddress[i] = !nr.address.isEmpty();
            m_genericName[i] = nr.name.genericOnly;
            m_closed[i] = nr.name.closed;
            m_postcode[i] = r.postcode.toInt();
            m_departement[i] = departementOf(m_postcode[i]);
            m_websiteKey[i] = keys.id(nr.keyHash, nr.websiteKey);
            m_websiteHost[i] = hosts.id(nr.hostHash, nr.websiteHost);
            m_websitePage[i] = pages.id(nr.pageHash, nr.websitePage);
            m_twitter[i] = handles.id(nr.twitterHash, nr.twitter);
            m_facebook[i] = handles.id(nr.facebookHash, nr.facebook);
            m_type[i] = uint8_t(r.type);
        }
        if (ahead.joinable())
            ahead.join();
        buffer.swap(next);
        if (progress && !progress(qint64(end), qint64(n)))
            throw Cancelled();
    }

    m_distinctive.chars.shrink_to_fit();
    m_words.chars.shrink_to_fit();
    m_wordRecords.assign(words.size(), 0);
    for (size_t i = 0; i < n; ++i) {
        const auto tokens = nameTokens(i);
        for (size_t t = 0; t < tokens.size(); ++t) {
            // A word twice in one name ("Lab.Lab") counts once.
            if (std::find(tokens.begin(), tokens.begin() + std::ptrdiff_t(t), tokens[t]) !=
                tokens.begin() + std::ptrdiff_t(t))
                continue;
            uint8_t& c = m_wordRecords[tokens[t]];
            if (c < 255)
                ++c;
        }
    }
    for (size_t id = 0; id < m_wordRecords.size(); ++id) {
        const QStringView w = word(uint32_t(id));
        if (m_wordRecords[id] &&
            (w.size() < 3 || std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); })))
            m_wordRecords[id] = 0;
    }
    buildKeyPlaces(m_hostPlaces, m_websiteHost, nullptr, hosts.size(), settings.chainPlaceMetres);
    buildKeyPlaces(m_handlePlaces, m_twitter, &m_facebook, handles.size(), settings.chainPlaceMetres);
}

// Chain signal: on how many distinct places each key (website host, account) is used, in one source.
// Records of one key and source are counted as a new place when farther than placeMetres from every
// place before.
void PreparedRecords::buildKeyPlaces(KeyPlaces& out, const std::vector<uint32_t>& keys,
                                     const std::vector<uint32_t>* moreKeys, size_t keyCount,
                                     double placeMetres)
{
    const size_t n = keys.size();
    struct Use
    {
        uint32_t key;
        uint32_t source;
        uint32_t record;
        bool operator<(const Use& o) const
        {
            return std::tie(key, source, record) < std::tie(o.key, o.source, o.record);
        }
    };
    std::vector<Use> byKey;
    for (size_t i = 0; i < n; ++i) {
        if (keys[i])
            byKey.push_back({keys[i], m_source[i], uint32_t(i)});
        if (moreKeys && (*moreKeys)[i] && (*moreKeys)[i] != keys[i])
            byKey.push_back({(*moreKeys)[i], m_source[i], uint32_t(i)});
    }
    std::sort(byKey.begin(), byKey.end());
    out.spread.assign(keyCount, 0);
    out.truncated.assign(keyCount, false);
    out.offsets.assign(keyCount + 1, 0);
    out.places.clear();
    std::vector<uint32_t> places;
    uint32_t previous = 0;
    const double limit = placeMetres * placeMetres;
    for (size_t a = 0; a < byKey.size();) {
        size_t b = a;
        while (b < byKey.size() && byKey[b].key == byKey[a].key)
            ++b;
        const uint32_t key = byKey[a].key;
        for (uint32_t h = previous + 1; h <= key; ++h)
            out.offsets[h] = uint32_t(out.places.size());
        previous = key;
        int widest = 1;
        for (size_t s = a; s < b;) {
            size_t e = s;
            while (e < b && byKey[e].source == byKey[s].source)
                ++e;
            places.clear();
            int spread = 0;
            for (size_t k = s; k < e; ++k) {
                const uint32_t i = byKey[k].record;
                if (!m_hasPosition[i])
                    continue;
                bool known = false;
                const double metresPerLon = 111320.0 * std::cos(m_lat[i] * M_PI / 180.0);
                for (uint32_t p : places) {
                    const double dx = (m_lon[p] - m_lon[i]) * metresPerLon;
                    const double dy = (m_lat[p] - m_lat[i]) * 110540.0;
                    if (dx * dx + dy * dy < limit) {
                        known = true;
                        break;
                    }
                }
                if (!known) {
                    ++spread;
                    if (places.size() < 64) { // enough to tell a chain
                        places.push_back(i);
                        out.places.push_back({float(m_lon[i]), float(m_lat[i]), byKey[s].source});
                    } else {
                        out.truncated[key] = true;
                    }
                }
            }
            widest = std::max(widest, spread);
            s = e;
        }
        out.spread[key] = widest;
        a = b;
    }
    for (uint32_t h = previous + 1; h < out.offsets.size(); ++h)
        out.offsets[h] = uint32_t(out.places.size());
}

double PreparedRecords::distanceMetres(size_t a, size_t b) const
{
    const double dx = (m_lon[b] - m_lon[a]) * 0.5 * (m_metresPerLon[a] + m_metresPerLon[b]);
    const double dy = (m_lat[b] - m_lat[a]) * 111195.08; // mean Earth radius, as haversineMetres()
    const double d2 = dx * dx + dy * dy;
    if (d2 < 20000.0 * 20000.0)
        return std::sqrt(d2);
    return haversineMetres(m_lon[a], m_lat[a], m_lon[b], m_lat[b]);
}

int PreparedRecords::localSpread(const KeyPlaces& k, uint32_t key, size_t a, size_t b,
                                 double radiusMetres) const
{
    if (key == 0 || key + 1 >= k.offsets.size())
        return 0;
    const uint32_t from = k.offsets[key];
    const uint32_t to = k.offsets[key + 1];
    const int spread = k.spread[key];
    if (k.truncated[key] || !m_hasPosition[a] || !m_hasPosition[b])
        return spread; // more places than kept, or a record not placed: the whole count
    const double r2 = radiusMetres * radiusMetres;
    const double cosA = std::cos(m_lat[a] * M_PI / 180.0) * 111320.0;
    const double cosB = std::cos(m_lat[b] * M_PI / 180.0) * 111320.0;
    // Places are grouped by source: count each source's run, keep the largest.
    int widest = 1;
    int local = 0;
    for (uint32_t p = from; p < to; ++p) {
        const KeyPlace& place = k.places[p];
        if (p > from && place.source != k.places[p - 1].source)
            local = 0;
        const double ax = (double(place.lon) - m_lon[a]) * cosA;
        const double ay = (double(place.lat) - m_lat[a]) * 110540.0;
        const double bx = (double(place.lon) - m_lon[b]) * cosB;
        const double by = (double(place.lat) - m_lat[b]) * 110540.0;
        if (ax * ax + ay * ay <= r2 || bx * bx + by * by <= r2)
            widest = std::max(widest, ++local);
    }
    return widest;
}

} // namespace recoupe::match
