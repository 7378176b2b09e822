// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/RecordMapper.h"
#include "import/SourceReader.h"

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace recoupe {

// A source row read and mapped, ready for the store. Its stored form (SourceRow::appendAttributesJson) and
// digest are made by the writing thread, which waited for the reading one a third of the time.
struct PreparedRow
{
    qint64 line = 0;
    MappedRecord mapped;
    SourceRow source;
};

// Reads and maps rows on a second thread while the caller writes the previous ones to SQLite, so an
// import uses both cores. Rows come out in file order, in place in their batch; a read error is rethrown
// by next().
class RowPipeline
{
public:
    RowPipeline(SourceReader& reader, const RecordMapper& mapper);
    ~RowPipeline(); // stops and joins the reading thread
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    // The next row, null at the end; it stays valid until the next call. Throws what the reader threw.
    PreparedRow* next();

private:
    void produce();

    static constexpr size_t BatchSize = 512;
    static constexpr size_t MaxBatches = 16; // bounds memory whatever the file size

    SourceReader& m_reader;
    const RecordMapper& m_mapper;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<PreparedRow>> m_batches;
    // Batches written, handed back to the reading thread to be freed there: memory freed by the thread
    // that did not allocate it made the two threads contend for glibc's arena lock (a tenth of the rows'
    // CPU time went into malloc and free).
    std::vector<std::vector<PreparedRow>> m_spent;
    std::vector<PreparedRow> m_current;
    size_t m_currentIndex = 0;
    bool m_finished = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace recoupe
