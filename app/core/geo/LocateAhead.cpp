// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/LocateAhead.h"

#include "Error.h"

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

namespace recoupe::geo {

Location LocatedPoints::location(size_t i) const
{
    Location out;
    const Point& p = m_points[i];
    for (int layer = 0; layer < int(Layer::Count); ++layer) {
        if (p.units[layer] != Whole) {
            out.hits[layer].unit = p.units[layer];
            continue;
        }
        const auto it = std::lower_bound(m_whole.begin(), m_whole.end(), std::pair(i, layer),
                                         [](const WholeHit& w, const std::pair<size_t, int>& key) {
                                             return std::pair(w.point, w.layer) < key;
                                         });
        out.hits[layer] = it->hit;
    }
    return out;
}

void LocatedPoints::append(double lon, double lat, const Location& location)
{
    Point p{lon, lat, {}};
    for (int layer = 0; layer < int(Layer::Count); ++layer) {
        const Hit& hit = location.hits[layer];
        if (hit.distanceM == 0 && hit.unit >= -1 && hit.unit < 32767) {
            p.units[layer] = qint16(hit.unit);
        } else {
            p.units[layer] = Whole;
            m_whole.push_back({m_points.size(), layer, hit});
        }
    }
    m_points.push_back(p);
}

LocateAhead::LocateAhead(const GeoLayers* layers, size_t expectedPoints) : m_layers(layers)
{
    // A tenth more than expected: a row count from the file's size is an estimate, and growing past it
    // would copy every point once.
    m_located.reserve(expectedPoints + expectedPoints / 10);
    m_batch.reserve(BatchSize);
    m_thread = std::thread([this] { run(); });
}

LocateAhead::~LocateAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void LocateAhead::add(double lon, double lat)
{
    m_batch.push_back({lon, lat});
    if (m_batch.size() < BatchSize)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(m_batch));
    }
    m_changed.notify_all();
    m_batch = {};
    m_batch.reserve(BatchSize);
}

LocatedPoints LocateAhead::take()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_batch.empty())
            m_queue.push_back(std::move(m_batch));
        m_batch = {};
        m_finished = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_failed)
        return {};
    return std::move(m_located);
}

void LocateAhead::run()
{
    // Below the threads that read and write the rows: it uses what they leave, and never slows them.
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
    std::unique_ptr<Locator> locator;
    try {
        locator = std::make_unique<Locator>(m_layers ? *m_layers : GeoLayers::bundled());
    } catch (const Error&) {
        std::lock_guard lock(m_mutex);
        m_failed = true;
        return;
    }
    for (;;) {
        std::vector<std::vector<Pending>> batches;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished || m_stop; });
            if (m_stop)
                return;
            if (m_queue.empty())
                return; // finished, and everything located
            batches.swap(m_queue);
        }
        // Only this thread touches m_located until take() has joined it.
        for (const std::vector<Pending>& batch : batches)
            for (const Pending& point : batch)
                m_located.append(point.lon, point.lat, locator->locate(point.lon, point.lat));
    }
}

} // namespace recoupe::geo
