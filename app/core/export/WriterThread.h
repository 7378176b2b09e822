// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/SnapshotFileWriter.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace recoupe::exporting {

// Runs a SnapshotFileWriter on a thread of its own, fed by batches of rows: formatting and writing the
// file (GDAL's GeoPackage inserts, XLSX compression) then overlap reading the places and recording the
// snapshot, on a second core when there is one. The rows are written in the order given; an error of
// the writer is thrown again by the next write() or by finish().
class WriterThread
{
public:
    explicit WriterThread(std::unique_ptr<SnapshotFileWriter> writer);
    // Stops the thread, dropping what was not written (a failure or a cancel: the file is removed).
    ~WriterThread();
    WriterThread(const WriterThread&) = delete;
    WriterThread& operator=(const WriterThread&) = delete;

    // Takes the row's values (left empty).
    void write(QVariantList& values, const std::optional<double>& lon, const std::optional<double>& lat);
    // Writes what is left, joins the thread, finishes the file.
    void finish();
    // The writer's own SHA-256 of the file, after finish() (empty when it has none).
    QString sha256() const { return m_writer->sha256(); }

private:
    struct Row
    {
        QVariantList values;
        std::optional<double> lon, lat;
    };
    using Batch = std::vector<Row>;
    void push(bool last);
    void run();
    void rethrow();

    std::unique_ptr<SnapshotFileWriter> m_writer;
    Batch m_batch;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_done = false;    // no more batches will come
    bool m_stopped = false; // the thread has left its loop
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace recoupe::exporting
