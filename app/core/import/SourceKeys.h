// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace recoupe {

// The source keys of one import: those the project already holds for the source (with their record's id,
// digest and removed flag), and those read from the file so far. Kept compact: the keys as UTF-8 back to
// back in one array, the SHA-1 digests as 20 bytes, an open-addressing table of 32-bit indexes. As a
// QHash<QString, …> of records and a QSet<QString> of seen keys, a re-import of a million rows held about
// 300 bytes a key, most of the process's 784 MB; here about 60.
class SourceKeys
{
public:
    void reserve(qsizetype keys);

    // A record the project holds (its key is unique within the source).
    void addStored(QByteArrayView key, qint64 recordId, QByteArrayView hexDigest, bool removed);
    qsizetype storedCount() const { return m_stored; }

    // The key's index, or -1 when it is neither stored nor seen.
    qsizetype find(QByteArrayView key) const;
    bool isStored(qsizetype index) const { return m_entries[size_t(index)].flags & Stored; }
    bool isSeen(qsizetype index) const { return m_entries[size_t(index)].flags & Seen; }
    bool isRemoved(qsizetype index) const { return m_entries[size_t(index)].flags & Removed; }
    qint64 recordId(qsizetype index) const { return m_entries[size_t(index)].recordId; }
    bool sameDigest(qsizetype index, QByteArrayView hexDigest) const;

    // The key was read from the file (added when new); returns its index.
    qsizetype markSeen(QByteArrayView key);

    // Calls f(recordId) for every stored record, not removed, whose key the file did not hold.
    template <typename F> void forEachVanished(F f) const
    {
        for (const Entry& e : m_entries) {
            if ((e.flags & (Stored | Seen | Removed)) == Stored)
                f(e.recordId);
        }
    }

private:
    enum Flag : quint8
    {
        Stored = 1,
        Seen = 2,
        Removed = 4,
        DigestKnown = 8, // the stored digest was 40 hexadecimal digits, kept as 20 bytes
    };
    struct Entry
    {
        quint32 keyOffset = 0;
        quint32 keyLength = 0;
        qint64 recordId = 0;
        quint8 digest[20] = {};
        quint8 flags = 0;
    };

    qsizetype add(QByteArrayView key, size_t hash);
    void rehash(size_t capacity); // a power of two
    QByteArrayView keyOf(const Entry& e) const
    {
        return QByteArrayView(m_keys.constData() + e.keyOffset, e.keyLength);
    }

    QByteArray m_keys;
    std::vector<Entry> m_entries;
    std::vector<quint32> m_table; // entry index + 1; 0 is an empty slot
    qsizetype m_stored = 0;
};

} // namespace recoupe
