// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/GeoLayers.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace recoupe::geo {

// A point and where it lies.
struct LocatedPoint
{
    double lon = 0;
    double lat = 0;
    Location location;
};

// Locates points on a thread of its own, at a low priority, while the caller goes on. An import hands it
// the point of each new record as it writes it: while the rows are read, mapped and written (two threads,
// that leave a third of a core idle), the places' geography is found, which took 2 of the 3 s of a
// 300,000-place import's geography when it came after the rows. It loads the bundled layers first, off the
// caller's thread too.
class LocateAhead
{
public:
    // `layers`: null for the bundled ones.
    explicit LocateAhead(const GeoLayers* layers = nullptr);
    ~LocateAhead(); // stops and joins the thread
    LocateAhead(const LocateAhead&) = delete;
    LocateAhead& operator=(const LocateAhead&) = delete;

    void add(double lon, double lat);
    // Waits for every point added and returns them located, in the order added. Empty when the layers
    // could not be loaded (the caller then locates as it would have, and says why).
    std::vector<LocatedPoint> take();

private:
    void run();

    static constexpr size_t BatchSize = 1024;

    const GeoLayers* m_layers;
    std::vector<LocatedPoint> m_batch; // filled by the caller
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::vector<LocatedPoint>> m_queue;
    std::vector<LocatedPoint> m_located;
    bool m_finished = false; // no more points
    bool m_stop = false;     // the caller gives up
    bool m_failed = false;
    std::thread m_thread;
};

} // namespace recoupe::geo
