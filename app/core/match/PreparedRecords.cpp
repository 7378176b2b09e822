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
    uint32_t id(uint64_t hash, QStringView text)
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

// A text a normalising thread made, in its Arena, with its hash (textHash()).
struct TextRef
{
    uint32_t begin = 0;
    uint32_t length = 0;
    uint64_t hash = 0;
};

// One normalising thread's texts for one chunk of records: cleared, not freed, from chunk to chunk
// (a QString per text and a QStringList per record cost more than the normalising).
struct Arena
{
    std::vector<QChar> chars;
    std::vector<TextRef> tokens; // words of the names and streets
    std::vector<QChar> input;    // the record's texts (RecordInput::texts())
    TextNormaliser normaliser;

    TextRef add(QStringView text)
    {
        const TextRef ref{uint32_t(chars.size()), uint32_t(text.size()), textHash(text)};
        chars.insert(chars.end(), text.begin(), text.end());
        return ref;
    }
    // QString::toLower() of the text, without a QString when it is ASCII.
    TextRef addLower(QStringView text)
    {
        if (!std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }))
            return add(text.toString().toLower());
        const uint32_t begin = uint32_t(chars.size());
        for (QChar c : text)
            chars.push_back(c.unicode() >= u'A' && c.unicode() <= u'Z' ? QChar(c.unicode() + 32) : c);
        const QStringView lower(chars.data() + begin, text.size());
        return {begin, uint32_t(text.size()), textHash(lower)};
    }
    QStringView text(const TextRef& ref) const { return {chars.data() + ref.begin, qsizetype(ref.length)}; }
    void clear()
    {
        chars.clear();
        tokens.clear();
    }
};

// A record normalised, its texts in an Arena.
struct Normalised
{
    TextRef distinctive;
    uint32_t nameBegin = 0; // in Arena::tokens
    uint32_t nameCount = 0;
    uint32_t streetBegin = 0;
    uint32_t streetCount = 0;
    TextRef websiteKey;
    TextRef websiteHost;
    TextRef websitePage;
    TextRef twitter;
    TextRef facebook;
    int houseNumber = 0;
    int postcode = 0;
    uint8_t type = 0;
    bool hasAddress = false;
    bool coarseAddress = false;
    bool genericOnly = false;
    bool closed = false;
};

Normalised normaliseRecord(const RecordInput& records, size_t i, Arena& arena)
{
    Normalised n;
    const RecordInput::Texts r = records.texts(i, arena.input);
    const TextNormaliser::Name name = arena.normaliser.name(r.name);
    n.distinctive = arena.add(name.distinctive);
    n.genericOnly = name.genericOnly;
    n.closed = name.closed;
    n.nameBegin = uint32_t(arena.tokens.size());
    n.nameCount = uint32_t(name.distinctiveTokens.size());
    for (QStringView t : name.distinctiveTokens)
        arena.tokens.push_back(arena.add(t));
    const TextNormaliser::Address address = arena.normaliser.address(r.address);
    n.hasAddress = !address.isEmpty();
    n.coarseAddress = address.coarse();
    n.houseNumber = address.number.toInt();
    n.streetBegin = uint32_t(arena.tokens.size());
    n.streetCount = uint32_t(address.streetTokens.size());
    for (QStringView t : address.streetTokens)
        arena.tokens.push_back(arena.add(t));
    if (!r.website.isEmpty()) {
        const QString website = QString::fromRawData(r.website.data(), r.website.size());
        if (!normalise::isSocialUrl(website)) {
            const QString key = normalise::urlKey(website);
            const QString host = normalise::urlHost(website);
            n.websiteKey = arena.add(key);
            n.websiteHost = arena.add(host);
            // The page of one branch on a chain's site: the key's last path segment.
            const qsizetype slash = key.lastIndexOf(QLatin1Char('/'));
            if (slash > 0 && key.size() > host.size())
                n.websitePage = arena.add(QStringView(key).mid(slash + 1));
        }
    }
    n.twitter = arena.addLower(r.twitter);
    if (!r.facebook.isEmpty())
        n.facebook = arena.add(facebookKey(QString::fromRawData(r.facebook.data(), r.facebook.size())));
    n.postcode = r.postcode.toInt();
    n.type = uint8_t(records.type(i));
    return n;
}

// Spreads the 32 bits of v over the even bits of a 64-bit number (for a Z-order key).
uint64_t spreadBits(uint32_t v)
{
    uint64_t x = v;
    x = (x | (x << 16)) & 0x0000ffff0000ffffULL;
    x = (x | (x << 8)) & 0x00ff00ff00ff00ffULL;
    x = (x | (x << 4)) & 0x0f0f0f0f0f0f0f0fULL;
    x = (x | (x << 2)) & 0x3333333333333333ULL;
    x = (x | (x << 1)) & 0x5555555555555555ULL;
    return x;
}

// Record indices in Z order of 500 m cells, records without position last (in input order): the order
// of the columns. Any order gives the same results; this one puts neighbours, which make most candidate
// pairs, next to each other in memory.
std::vector<uint32_t> spatialOrder(const RecordInput& records)
{
    constexpr double cell = 500.0;
    std::vector<std::pair<uint64_t, uint32_t>> keyed(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        uint64_t key = ~uint64_t(0);
        if (records.hasPosition(i)) {
            const double x = records.lon(i) * 111320.0 * std::cos(records.lat(i) * M_PI / 180.0) / cell;
            const double y = records.lat(i) * 110540.0 / cell;
            const auto cx = uint32_t(int64_t(std::floor(x)) + (int64_t(1) << 31));
            const auto cy = uint32_t(int64_t(std::floor(y)) + (int64_t(1) << 31));
            key = spreadBits(cx) | (spreadBits(cy) << 1);
        }
        keyed[i] = {key, uint32_t(i)};
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<uint32_t> order(records.size());
    for (size_t s = 0; s < keyed.size(); ++s)
        order[s] = keyed[s].second;
    return order;
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
    : PreparedRecords(RecordVector(records), settings, progress)
{
}

PreparedRecords::PreparedRecords(const RecordInput& records, const MatchSettings& settings,
                                 const std::function<bool(qint64, qint64)>& progress)
{
    const size_t n = records.size();
    m_order = spatialOrder(records);
    m_slot.resize(n);
    for (size_t s = 0; s < n; ++s)
        m_slot[m_order[s]] = uint32_t(s);
    m_hot.resize(n);
    m_distinctive.offsets.reserve(n + 1);
    m_nameOffsets.reserve(n + 1);
    m_nameOffsets.push_back(0);
    m_streetOffsets.reserve(n + 1);
    m_streetOffsets.push_back(0);
    m_departement.resize(n);
    m_websiteKey.resize(n);
    m_websitePage.resize(n);
    m_source.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_source[m_slot[i]] = records.source(i);

    Interner words(&m_words);
    Interner keys;
    Interner hosts;
    Interner pages;
    Interner handles;

    // Text normalisation is the costly part: done in parallel by chunks, then interned in order. Records
    // are taken in column order (slot s holds record m_order[s]).
    constexpr size_t chunk = 10000; // two chunks of normalised texts in memory at once: keep them small
    const int threads = std::max(1, settings.threads);
    // Normalised records and their texts: record `from + k` is out[k], its texts in arenas[k % threads].
    struct Chunk
    {
        std::vector<Normalised> records;
        std::vector<Arena> arenas;
    };
    // Normalises records [from, to) into out, with `threads` threads.
    const auto normaliseChunk = [this, &records, threads](size_t from, size_t to, Chunk& out) {
        out.records.resize(to - from);
        out.arenas.resize(size_t(threads));
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                Arena& arena = out.arenas[size_t(t)];
                arena.clear();
                const size_t step = size_t(threads);
                for (size_t i = from + size_t(t); i < to; i += step) {
                    // Records in column order lie far apart in the table: fetched ahead, in two stages.
                    if (i + 16 * step < to)
                        records.prefetchTexts(m_order[i + 16 * step], 0);
                    if (i + 8 * step < to)
                        records.prefetchTexts(m_order[i + 8 * step], 1);
                    out.records[i - from] = normaliseRecord(records, m_order[i], arena);
                }
            });
        }
        for (auto& w : workers)
            w.join();
    };
    // A pipeline: the next chunk is normalised while this one is interned (one thread, in order).
    Chunk buffer;
    Chunk next;
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

        for (size_t s = begin; s < end; ++s) {
            const uint32_t i = m_order[s];
            const Normalised& nr = buffer.records[s - begin];
            const Arena& arena = buffer.arenas[(s - begin) % size_t(threads)];
            const auto intern = [&arena](Interner& interner, const TextRef& ref) {
                return interner.id(ref.hash, arena.text(ref));
            };
            Hot& h = m_hot[s];
            const auto saturated = [](size_t count) { return uint16_t(std::min<size_t>(count, Saturated)); };
            const bool placed = records.hasPosition(i);
            h.flags = uint8_t((placed ? HasPosition : 0) | (nr.hasAddress ? HasAddress : 0) |
                              (nr.genericOnly ? GenericName : 0) | (nr.closed ? Closed : 0) |
                              (nr.coarseAddress ? CoarseAddress : 0));
            h.lon = records.lon(i);
            h.lat = records.lat(i);
            h.metresPerLon = placed ? 111195.08 * std::cos(h.lat * M_PI / 180.0) : 0.0;
            h.distinctiveBegin = uint32_t(m_distinctive.chars.size());
            h.distinctiveLength = saturated(nr.distinctive.length);
            m_distinctive.append(arena.text(nr.distinctive));
            h.nameBegin = uint32_t(m_nameTokens.size());
            h.nameCount = saturated(nr.nameCount);
            for (uint32_t t = 0; t < nr.nameCount; ++t)
                m_nameTokens.push_back(intern(words, arena.tokens[nr.nameBegin + t]));
            m_nameOffsets.push_back(uint32_t(m_nameTokens.size()));
            h.streetBegin = uint32_t(m_streetTokens.size());
            h.streetCount = saturated(nr.streetCount);
            for (uint32_t t = 0; t < nr.streetCount; ++t)
                m_streetTokens.push_back(intern(words, arena.tokens[nr.streetBegin + t]));
            m_streetOffsets.push_back(uint32_t(m_streetTokens.size()));
            h.houseNumber = nr.houseNumber;
            h.postcode = nr.postcode;
            m_departement[s] = departementOf(h.postcode);
            m_websiteKey[s] = intern(keys, nr.websiteKey);
            h.websiteHost = intern(hosts, nr.websiteHost);
            m_websitePage[s] = intern(pages, nr.websitePage);
            h.twitter = intern(handles, nr.twitter);
            h.facebook = intern(handles, nr.facebook);
            h.type = nr.type;
        }
        if (ahead.joinable())
            ahead.join();
        std::swap(buffer, next);
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
    m_wordLength.resize(m_words.offsets.size() - 1);
    for (size_t w = 0; w + 1 < m_words.offsets.size(); ++w)
        m_wordLength[w] = uint8_t(std::min<uint32_t>(255, m_words.offsets[w + 1] - m_words.offsets[w]));
    m_wordBuckets.resize(m_wordLength.size());
    for (size_t w = 0; w < m_wordBuckets.size(); ++w)
        m_wordBuckets[w] = tokenBuckets(m_words.text(w));
    buildKeyPlaces(
        m_hostPlaces, [this](size_t i) { return websiteHost(i); }, {}, hosts.size(),
        settings.chainPlaceMetres);
    buildKeyPlaces(
        m_handlePlaces, [this](size_t i) { return twitter(i); }, [this](size_t i) { return facebook(i); },
        handles.size(), settings.chainPlaceMetres);
}

// Chain signal: on how many distinct places each key (website host, account) is used, in one source.
// Records of one key and source are counted as a new place when farther than placeMetres from every
// place before.
void PreparedRecords::buildKeyPlaces(KeyPlaces& out, const std::function<uint32_t(size_t)>& keys,
                                     const std::function<uint32_t(size_t)>& moreKeys, size_t keyCount,
                                     double placeMetres)
{
    const size_t n = size();
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
        const uint32_t key = keys(i);
        const uint32_t more = moreKeys ? moreKeys(i) : 0;
        const uint32_t source = m_source[m_slot[i]];
        if (key)
            byKey.push_back({key, source, uint32_t(i)});
        if (more && more != key)
            byKey.push_back({more, source, uint32_t(i)});
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
                if (!hasPosition(i))
                    continue;
                bool known = false;
                const double metresPerLon = 111320.0 * std::cos(lat(i) * M_PI / 180.0);
                for (uint32_t p : places) {
                    const double dx = (lon(p) - lon(i)) * metresPerLon;
                    const double dy = (lat(p) - lat(i)) * 110540.0;
                    if (dx * dx + dy * dy < limit) {
                        known = true;
                        break;
                    }
                }
                if (!known) {
                    ++spread;
                    if (places.size() < 64) { // enough to tell a chain
                        places.push_back(i);
                        out.places.push_back({float(lon(i)), float(lat(i)), byKey[s].source});
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

double PreparedRecords::distanceMetres(size_t ia, size_t ib) const
{
    const Hot& a = hot(ia);
    const Hot& b = hot(ib);
    const double dx = (b.lon - a.lon) * 0.5 * (a.metresPerLon + b.metresPerLon);
    const double dy = (b.lat - a.lat) * 111195.08; // mean Earth radius, as haversineMetres()
    const double d2 = dx * dx + dy * dy;
    if (d2 < 20000.0 * 20000.0)
        return std::sqrt(d2);
    return haversineMetres(a.lon, a.lat, b.lon, b.lat);
}

int PreparedRecords::localSpread(const KeyPlaces& k, uint32_t key, size_t a, size_t b,
                                 double radiusMetres) const
{
    if (key == 0 || key + 1 >= k.offsets.size())
        return 0;
    const uint32_t from = k.offsets[key];
    const uint32_t to = k.offsets[key + 1];
    const int spread = k.spread[key];
    if (k.truncated[key] || !hasPosition(a) || !hasPosition(b))
        return spread; // more places than kept, or a record not placed: the whole count
    const double r2 = radiusMetres * radiusMetres;
    const double lonA = lon(a);
    const double latA = lat(a);
    const double lonB = lon(b);
    const double latB = lat(b);
    const double cosA = std::cos(latA * M_PI / 180.0) * 111320.0;
    const double cosB = std::cos(latB * M_PI / 180.0) * 111320.0;
    // Places are grouped by source: count each source's run, keep the largest.
    int widest = 1;
    int local = 0;
    for (uint32_t p = from; p < to; ++p) {
        const KeyPlace& place = k.places[p];
        if (p > from && place.source != k.places[p - 1].source)
            local = 0;
        const double ax = (double(place.lon) - lonA) * cosA;
        const double ay = (double(place.lat) - latA) * 110540.0;
        const double bx = (double(place.lon) - lonB) * cosB;
        const double by = (double(place.lat) - latB) * 110540.0;
        if (ax * ax + ay * ay <= r2 || bx * bx + by * by <= r2)
            widest = std::max(widest, ++local);
    }
    return widest;
}

} // namespace recoupe::match
