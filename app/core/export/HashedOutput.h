// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace recoupe::exporting {

// A file written by Recoupe's own writers (CSV, GeoJSON): text gathered in a buffer of about 1 MiB, and
// hashed as it is written, on the writer's thread, so that the file is not read back for its SHA-256.
class HashedOutput
{
public:
    explicit HashedOutput(const QString& path); // throws Error when the file cannot be written

    QByteArray& buffer() { return m_buffer; }
    void flushWhenFull()
    {
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    // Writes what is left and closes the file; returns its SHA-256 in hex. Throws Error on failure.
    QString finish();

private:
    void flush();

    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_buffer;
};

} // namespace recoupe::exporting
