// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/RowPipeline.h"

namespace recoupe {

RowPipeline::RowPipeline(SourceReader& reader, const RecordMapper& mapper)
    : m_reader(reader), m_mapper(mapper), m_thread([this] { produce(); })
{
}

RowPipeline::~RowPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowPipeline::produce()
{
    try {
        SourceRow row;
        std::vector<PreparedRow> batch;
        batch.reserve(BatchSize);
        bool more = true;
        while (more) {
            more = m_reader.next(row);
            if (more) {
                PreparedRow prepared;
                prepared.line = row.line;
                prepared.mapped = m_mapper.map(row);
                // What the reader noticed comes first: it explains the values that follow.
                for (qsizetype i = row.problems.size() - 1; i >= 0; --i) {
                    const ReadProblem& p = row.problems.at(i);
                    prepared.mapped.problems.prepend({p.column, p.value, p.message});
                }
                prepared.source = std::move(row);
                row = SourceRow();
                batch.push_back(std::move(prepared));
            }
            if (batch.size() == BatchSize || (!more && !batch.empty())) {
                std::vector<std::vector<PreparedRow>> spent;
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [this] { return m_batches.size() < MaxBatches || m_stop; });
                    if (m_stop)
                        return;
                    m_batches.push_back(std::move(batch));
                    spent.swap(m_spent);
                    m_changed.notify_all();
                }
                // Freed here, out of the lock; an emptied batch is reused.
                for (std::vector<PreparedRow>& b : spent)
                    b.clear();
                if (!spent.empty()) {
                    batch = std::move(spent.back());
                } else {
                    batch = {};
                    batch.reserve(BatchSize);
                }
            }
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

PreparedRow* RowPipeline::next()
{
    if (m_currentIndex >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        if (!m_current.empty())
            m_spent.push_back(std::move(m_current));
        m_current = {};
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty()) {
            if (m_error)
                std::rethrow_exception(m_error);
            return nullptr;
        }
        m_current = std::move(m_batches.front());
        m_batches.pop_front();
        m_currentIndex = 0;
        m_changed.notify_all();
    }
    return &m_current[m_currentIndex++];
}

} // namespace recoupe
