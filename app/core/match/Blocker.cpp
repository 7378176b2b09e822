// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Blocker.h"

#include "Error.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>
#include <unordered_map>

namespace recoupe::match {

namespace {

constexpr double metresPerDegreeLat = 110540.0;
constexpr double metresPerDegreeLon = 111320.0;

struct Projected
{
    double x = 0;
    double y = 0;
};

uint64_t cellKey(int64_t cx, int64_t cy)
{
    return (uint64_t(cx + (int64_t(1) << 31)) << 32) | uint64_t(uint32_t(cy + (int64_t(1) << 31)));
}

enum class KeyKind : uint64_t
{
    WebsiteKey = 1,
    WebsiteHost,
    Twitter,
    Facebook,
    NameWord,
    NameWordPostcode,
    RareNameWord
};

uint64_t blockKey(KeyKind kind, uint64_t value, uint64_t scope = 0)
{
    return (uint64_t(kind) << 60) | ((scope & 0xfffffull) << 36) | (value & 0xfffffffffull);
}

} // namespace

Blocker::Blocker(const PreparedRecords& records, const MatchSettings& settings)
    : m_records(records), m_settings(settings)
{
}

std::vector<uint64_t> Blocker::candidates(const std::function<bool(qint64, qint64)>& progress) const
{
    const size_t n = m_records.size();
    const double cell = std::max(50.0, m_settings.gridCellMetres);
    const double radius = m_settings.spatialRadiusMetres;
    const size_t k = size_t(std::max(1, m_settings.spatialNeighbours));
    std::vector<uint64_t> pairs; // reserved once, when the count is known (a million records: 100s of MB)
    auto check = [&](qint64 done) {
        if (progress && !progress(done, 4))
            throw Cancelled();
    };

    // Equirectangular projection in metres (local scale at each latitude: fine at grid scale).
    std::vector<Projected> xy(n);
    for (size_t i = 0; i < n; ++i) {
        if (!m_records.hasPosition(i))
            continue;
        const double lat = m_records.lat(i);
        xy[i] = {m_records.lon(i) * metresPerDegreeLon * std::cos(lat * M_PI / 180.0),
                 lat * metresPerDegreeLat};
    }
    // Two grids: a fine one finds the nearest records where places are dense (a city at a million
    // records puts hundreds in a coarse cell), the coarse one where they are sparse.
    struct Grid
    {
        double cell = 0;
        std::vector<std::pair<uint64_t, uint32_t>> byCell;
        std::vector<Projected> xy; // xy of byCell's records, in its order: a cell's are read in a row
        std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> cells;
    };
    const auto buildGrid = [&](Grid& g, double size) {
        g.cell = size;
        g.byCell.reserve(n);
        for (size_t i = 0; i < n; ++i) {
            if (m_records.hasPosition(i))
                g.byCell.emplace_back(
                    cellKey(int64_t(std::floor(xy[i].x / size)), int64_t(std::floor(xy[i].y / size))),
                    uint32_t(i));
        }
        std::sort(g.byCell.begin(), g.byCell.end());
        g.xy.reserve(g.byCell.size());
        for (const auto& [key, i] : g.byCell)
            g.xy.push_back(xy[i]);
        g.cells.reserve(g.byCell.size());
        for (size_t a = 0; a < g.byCell.size();) {
            size_t b = a;
            while (b < g.byCell.size() && g.byCell[b].first == g.byCell[a].first)
                ++b;
            g.cells.emplace(g.byCell[a].first, std::make_pair(uint32_t(a), uint32_t(b)));
            a = b;
        }
    };
    Grid coarse;
    Grid fine;
    buildGrid(coarse, cell);
    buildGrid(fine, std::max(25.0, cell / 4));
    std::vector<Projected>().swap(xy); // the grids hold the positions now, in their order
    // Position order of every record (records without position last), for sliding windows.
    std::vector<uint32_t> rank(n, uint32_t(n));
    for (size_t r = 0; r < coarse.byCell.size(); ++r)
        rank[coarse.byCell[r].second] = uint32_t(r);
    check(1);

    // Spatial: k nearest within the radius, by rings of cells until the k-th is surely found; first on
    // the fine grid up to 3 rings, then, if not found there, on the coarse grid. In parallel by ranges.
    std::vector<int> departement(n);
    for (size_t i = 0; i < n; ++i)
        departement[i] = m_records.departement(i);
    const int threads = std::max(1, m_settings.threads);
    std::vector<std::vector<uint64_t>> found{size_t(threads)};
    std::atomic<bool> cancelled{false};
    const auto nearest = [&](size_t from, size_t to, std::vector<uint64_t>& out) {
        std::vector<std::pair<double, uint32_t>> heap;
        double nearestWithPostcode = 0;
        int borrowed = 0;
        // Scans rings of `g` around i (at p) up to maxRing; true when the k nearest (and a département) are
        // sure.
        const auto search = [&](size_t i, Projected p, const Grid& g, int maxRing) {
            const int64_t cx = int64_t(std::floor(p.x / g.cell));
            const int64_t cy = int64_t(std::floor(p.y / g.cell));
            heap.clear();
            nearestWithPostcode = radius * radius;
            borrowed = 0;
            for (int ring = 0; ring <= maxRing; ++ring) {
                for (int64_t dx = -ring; dx <= ring; ++dx) {
                    const bool edgeColumn = dx == -ring || dx == ring;
                    for (int64_t dy = -ring; dy <= ring; dy += edgeColumn ? 1 : 2 * ring) {
                        auto it = g.cells.find(cellKey(cx + dx, cy + dy));
                        if (it != g.cells.end()) {
                            for (uint32_t r = it->second.first; r < it->second.second; ++r) {
                                const uint32_t j = g.byCell[r].second;
                                if (j == i)
                                    continue;
                                const double ex = g.xy[r].x - p.x;
                                const double ey = g.xy[r].y - p.y;
                                const double d2 = ex * ex + ey * ey;
                                if (d2 > radius * radius)
                                    continue;
                                if (!departement[i] && m_records.departement(j) && d2 < nearestWithPostcode) {
                                    nearestWithPostcode = d2;
                                    borrowed = m_records.departement(j);
                                }
                                if (heap.size() < k) {
                                    heap.emplace_back(d2, j);
                                    std::push_heap(heap.begin(), heap.end());
                                } else if (d2 < heap.front().first) {
                                    std::pop_heap(heap.begin(), heap.end());
                                    heap.back() = {d2, j};
                                    std::push_heap(heap.begin(), heap.end());
                                }
                            }
                        }
                        if (ring == 0)
                            break;
                    }
                }
                const double covered = double(ring) * g.cell;
                if (heap.size() >= k && heap.front().first <= covered * covered &&
                    (departement[i] || borrowed))
                    return true;
            }
            return false;
        };
        const int coarseRings = int(std::ceil(radius / coarse.cell));
        const int fineRings = std::min(3, int(std::ceil(radius / fine.cell)));
        // The fine rings around a point lie within (fineRings + 1) fine cells of it, so within these coarse
        // rings: where those hold fewer than k other records, the fine search cannot succeed and is left
        // out (in the countryside, most of the fine grid's lookups).
        const int64_t coveringRings = int64_t(std::ceil((fineRings + 1) * fine.cell / coarse.cell));
        const auto fewerThanKAround = [&](Projected p) {
            const int64_t cx = int64_t(std::floor(p.x / coarse.cell));
            const int64_t cy = int64_t(std::floor(p.y / coarse.cell));
            size_t others = 0; // and the record itself
            for (int64_t dx = -coveringRings; dx <= coveringRings; ++dx) {
                for (int64_t dy = -coveringRings; dy <= coveringRings; ++dy) {
                    const auto it = coarse.cells.find(cellKey(cx + dx, cy + dy));
                    if (it != coarse.cells.end())
                        others += it->second.second - it->second.first;
                    if (others > k)
                        return false;
                }
            }
            return true;
        };
        for (size_t r = from; r < to; ++r) {
            const uint32_t i = coarse.byCell[r].second;
            const Projected p = coarse.xy[r]; // xy[i], read in a row
            if (fewerThanKAround(p) || !search(i, p, fine, fineRings))
                search(i, p, coarse, coarseRings);
            for (const auto& [d2, j] : heap)
                out.push_back(pack(uint32_t(i), j));
            if (!departement[i]) {
                // No postcode: the nearest record's département, else a 50 km cell of its own.
                departement[i] = borrowed ? borrowed
                                          : 100000 + int((int64_t(std::floor(p.x / 50000)) * 7919 +
                                                          int64_t(std::floor(p.y / 50000))) &
                                                         0x7ffff);
            }
        }
    };
    {
        // Records in grid order, not in input order: neighbours' positions and cells are then in cache
        // (at a million records, input order made the search mostly memory waits). Chunks are handed out
        // in turn, dense cities and empty countryside alike shared by the threads. The result does not
        // depend on the order: each record's search reads only the grid and the records' own postcodes.
        const size_t placed = coarse.byCell.size();
        constexpr size_t chunk = 4096;
        std::atomic<size_t> next{0};
        const auto work = [&](std::vector<uint64_t>& out, bool reports) {
            for (;;) {
                const size_t from = next.fetch_add(chunk);
                if (from >= placed || cancelled)
                    return;
                nearest(from, std::min(placed, from + chunk), out);
                if (reports && progress && !progress(1, 4))
                    cancelled = true;
            }
        };
        std::vector<std::thread> workers;
        for (int t = 1; t < threads; ++t)
            workers.emplace_back([&, t] { work(found[size_t(t)], false); });
        work(found[0], true);
        for (auto& w : workers)
            w.join();
    }
    if (cancelled)
        throw Cancelled();
    // The grids are done with: their memory goes before the key blocks take theirs.
    coarse = Grid();
    fine = Grid();
    check(2);

    // Key blocks.
    // A word few records hold in their names blocks them across France: records whose positions are
    // kilometres off (a commune's centre, a wrong geocode) or missing, and whose postcodes differ or are
    // wrong, are still compared. Small by construction (at most rareNameBlockRecords records a word).
    const auto rare = [&](uint32_t word) {
        return m_records.rareNameWord(word, m_settings.rareNameBlockRecords);
    };
    std::vector<std::pair<uint64_t, uint32_t>> keyed;
    {
        // Reserved at the exact count: a guess would double it past the guess, at 16 bytes an entry.
        size_t keys = 0;
        for (size_t i = 0; i < n; ++i) {
            keys += size_t(m_records.websiteKey(i) != 0) + size_t(m_records.websiteHost(i) != 0) +
                    size_t(m_records.twitter(i) != 0) + size_t(m_records.facebook(i) != 0);
            for (uint32_t word : m_records.nameTokens(i))
                keys += m_records.word(word).size() < 3
                            ? 0
                            : (m_records.postcode(i) ? 2 : 1) + size_t(rare(word));
        }
        keyed.reserve(keys);
    }
    for (size_t i = 0; i < n; ++i) {
        const auto id = uint32_t(i);
        if (m_records.websiteKey(i))
            keyed.emplace_back(blockKey(KeyKind::WebsiteKey, m_records.websiteKey(i)), id);
        if (m_records.websiteHost(i))
            keyed.emplace_back(blockKey(KeyKind::WebsiteHost, m_records.websiteHost(i)), id);
        if (m_records.twitter(i))
            keyed.emplace_back(blockKey(KeyKind::Twitter, m_records.twitter(i)), id);
        if (m_records.facebook(i))
            keyed.emplace_back(blockKey(KeyKind::Facebook, m_records.facebook(i)), id);
        for (uint32_t word : m_records.nameTokens(i)) {
            if (m_records.word(word).size() < 3)
                continue;
            keyed.emplace_back(blockKey(KeyKind::NameWord, word, uint64_t(departement[i])), id);
            // Also by postcode: a small block, compared all-pairs even where the département's block is
            // too large, for records whose position is missing or only the commune's.
            if (m_records.postcode(i))
                keyed.emplace_back(blockKey(KeyKind::NameWordPostcode, word, uint64_t(m_records.postcode(i))),
                                   id);
            if (rare(word))
                keyed.emplace_back(blockKey(KeyKind::RareNameWord, word), id);
        }
    }
    std::sort(keyed.begin(), keyed.end());
    // A record keyed twice by one key (a name such as "Lab.Lab" repeats its word) would pair with itself.
    keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
    check(3);
    const size_t maxBlock = size_t(std::max(2, m_settings.maxBlockSize));
    const size_t window = size_t(std::max(1, m_settings.blockWindow));
    // Every pair, spatial and keyed, in one vector of the exact size (growing it would hold the old and
    // the new buffer at once).
    size_t count = 0;
    for (const auto& part : found)
        count += part.size();
    for (size_t a = 0; a < keyed.size();) {
        size_t b = a;
        while (b < keyed.size() && keyed[b].first == keyed[a].first)
            ++b;
        const size_t size = b - a;
        if (size > 1)
            count += size <= maxBlock || size <= window
                         ? size * (size - 1) / 2
                         : (size - window) * window + window * (window - 1) / 2;
        a = b;
    }
    pairs.reserve(count);
    for (auto& part : found) {
        pairs.insert(pairs.end(), part.begin(), part.end());
        std::vector<uint64_t>().swap(part);
    }
    std::vector<uint32_t> block;
    for (size_t a = 0; a < keyed.size();) {
        size_t b = a;
        while (b < keyed.size() && keyed[b].first == keyed[a].first)
            ++b;
        if (b - a > 1) {
            block.clear();
            for (size_t x = a; x < b; ++x)
                block.push_back(keyed[x].second);
            if (block.size() <= maxBlock) {
                for (size_t x = 0; x < block.size(); ++x)
                    for (size_t y = x + 1; y < block.size(); ++y)
                        pairs.push_back(pack(block[x], block[y]));
            } else {
                std::sort(block.begin(), block.end(),
                          [&](uint32_t p, uint32_t q) { return rank[p] < rank[q]; });
                for (size_t x = 0; x < block.size(); ++x)
                    for (size_t y = x + 1; y < block.size() && y <= x + window; ++y)
                        pairs.push_back(pack(block[x], block[y]));
            }
        }
        a = b;
    }
    std::vector<std::pair<uint64_t, uint32_t>>().swap(keyed);
    // Sort (two halves in parallel, then merged) and drop repeats.
    if (threads > 1 && pairs.size() > 100000) {
        const auto middle = pairs.begin() + std::ptrdiff_t(pairs.size() / 2);
        std::thread half([&] { std::sort(pairs.begin(), middle); });
        std::sort(middle, pairs.end());
        half.join();
        std::inplace_merge(pairs.begin(), middle, pairs.end());
    } else {
        std::sort(pairs.begin(), pairs.end());
    }
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    check(4);
    return pairs;
}

} // namespace recoupe::match
