// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoLayers.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace recoupe::geo {

// Points and where they lie, 24 bytes a point: a million of them were 80 MB as Locations, and put an import's
// peak over 512 MB. A unit is kept in 16 bits; the rare hit that is not plainly inside (nearest, at a
// distance) is kept whole beside.
class LocatedPoints
{
public:
    size_t size() const { return m_points.size(); }
    bool empty() const { return m_points.empty(); }
    double lon(size_t i) const { return m_points[i].lon; }
    double lat(size_t i) const { return m_points[i].lat; }
    Location location(size_t i) const;
    void append(double lon, double lat, const Location& location);
    void reserve(size_t points) { m_points.reserve(points); }

private:
    static constexpr qint16 Whole = -32768; // this hit is in m_whole
    struct Point
    {
        double lon;
        double lat;
        qint16 units[int(Layer::Count)];
    };
    struct WholeHit
    {
        size_t point;
        int layer;
        Hit hit;
    };
    std::vector<Point> m_points;   // reserved (LocateAhead): one block, given back to the system when freed
    std::vector<WholeHit> m_whole; // in point order
};

// Locates points on a thread of its own, at a low priority, while the caller goes on. An import hands it
// the point of each new record as it writes it: while the rows are read, mapped and written (two threads,
// that leave a third of a core idle), the places' geography is found, which took 2 of the 3 s of a
// 300,000-place import's geography when it came after the rows. It loads the bundled layers first, off the
// caller's thread too.
class LocateAhead
{
public:
    // `layers`: null for the bundled ones. `expectedPoints`: room kept for that many (an estimate).
    explicit LocateAhead(const GeoLayers* layers = nullptr, size_t expectedPoints = 0);
    ~LocateAhead(); // stops and joins the thread
    LocateAhead(const LocateAhead&) = delete;
    LocateAhead& operator=(const LocateAhead&) = delete;

    void add(double lon, double lat);
    // Waits for every point added and returns them located, in the order added. Empty when the layers
    // could not be loaded (the caller then locates as it would have, and says why).
    LocatedPoints take();

private:
    void run();

    static constexpr size_t BatchSize = 1024;

    const GeoLayers* m_layers;
    struct Pending
    {
        double lon;
        double lat;
    };
    std::vector<Pending> m_batch; // filled by the caller
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::vector<Pending>> m_queue;
    LocatedPoints m_located;
    bool m_finished = false; // no more points
    bool m_stop = false;     // the caller gives up
    bool m_failed = false;
    std::thread m_thread;
};

} // namespace recoupe::geo
