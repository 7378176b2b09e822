// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>

namespace recoupe {

// Progress and cancel shared by the GUI thread and one run of a worker (an import, a search for
// duplicates): the worker reports through callback(), the GUI polls permille() from a timer and may
// cancel(). restart() gives a new run its own state, so a worker still ending cannot touch it.
class WorkProgress
{
public:
    void restart() { m_state = std::make_shared<State>(); }
    void cancel() { m_state->cancelled = true; }
    bool isCancelled() const { return m_state->cancelled; }
    // Thousandths of the work done, or -1 while the total is unknown.
    int permille() const
    {
        const qint64 total = m_state->total;
        const qint64 done = m_state->done;
        return total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : -1;
    }
    // For the worker (copyable into its thread): records done and total, returns false once cancelled.
    std::function<bool(qint64, qint64)> callback() const
    {
        return [state = m_state](qint64 done, qint64 total) {
            state->done = done;
            state->total = total;
            return !state->cancelled.load();
        };
    }

private:
    struct State
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{-1};
        std::atomic<bool> cancelled{false};
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace recoupe
