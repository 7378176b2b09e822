// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/LocateAhead.h"

#include "Error.h"

#include <sys/resource.h>
#include <unistd.h>

namespace recoupe::geo {

LocateAhead::LocateAhead(const GeoLayers* layers) : m_layers(layers), m_thread([this] { run(); })
{
    m_batch.reserve(BatchSize);
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
    m_batch.push_back({lon, lat, {}});
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

std::vector<LocatedPoint> LocateAhead::take()
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
        std::vector<std::vector<LocatedPoint>> batches;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished || m_stop; });
            if (m_stop)
                return;
            if (m_queue.empty())
                return; // finished, and everything located
            batches.swap(m_queue);
        }
        for (std::vector<LocatedPoint>& batch : batches) {
            for (LocatedPoint& point : batch)
                point.location = locator->locate(point.lon, point.lat);
            // Only this thread touches m_located until take() has joined it.
            m_located.insert(m_located.end(), batch.begin(), batch.end());
        }
    }
}

} // namespace recoupe::geo
