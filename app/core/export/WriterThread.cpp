// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/WriterThread.h"

namespace recoupe::exporting {

namespace {

constexpr size_t rowsPerBatch = 512;
// At most this many batches wait: the reader never runs far ahead of the file (memory stays bounded).
constexpr size_t queuedBatches = 8;

} // namespace

WriterThread::WriterThread(std::unique_ptr<SnapshotFileWriter> writer) : m_writer(std::move(writer))
{
    m_batch.reserve(rowsPerBatch);
    m_thread = std::thread([this] { run(); });
}

WriterThread::~WriterThread()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WriterThread::run()
{
    for (;;) {
        Batch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all();
        try {
            for (const Row& row : batch)
                m_writer->write(row.values, row.lon, row.lat);
        } catch (...) {
            std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
            m_queue.clear();
            break;
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
}

void WriterThread::rethrow()
{
    if (m_error)
        std::rethrow_exception(m_error);
}

void WriterThread::push(bool last)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < queuedBatches || m_stopped; });
    rethrow();
    if (!m_batch.empty())
        m_queue.push_back(std::move(m_batch));
    m_batch = Batch();
    m_batch.reserve(rowsPerBatch);
    if (last)
        m_done = true;
    lock.unlock();
    m_changed.notify_all();
}

void WriterThread::write(QVariantList& values, const std::optional<double>& lon,
                         const std::optional<double>& lat)
{
    m_batch.push_back({std::move(values), lon, lat});
    values = QVariantList();
    if (m_batch.size() >= rowsPerBatch)
        push(false);
}

void WriterThread::finish()
{
    push(true);
    m_thread.join();
    rethrow();
    m_writer->finish();
}

} // namespace recoupe::exporting
