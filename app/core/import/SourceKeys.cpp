// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SourceKeys.h"

#include <QHash>
#include <cstring>

namespace recoupe {

namespace {

// 40 hexadecimal digits into 20 bytes; false for anything else (kept then as "not the same digest").
bool rawDigest(QByteArrayView hex, quint8* out)
{
    if (hex.size() != 40)
        return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1; // the digests are written in lower case
    };
    for (int i = 0; i < 20; ++i) {
        const int high = nibble(hex[2 * i]);
        const int low = nibble(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return false;
        out[i] = quint8(high * 16 + low);
    }
    return true;
}

} // namespace

void SourceKeys::reserve(qsizetype keys)
{
    m_entries.reserve(size_t(keys));
    m_keys.reserve(keys * 8);
    size_t capacity = 16;
    while (capacity < size_t(keys) * 2)
        capacity *= 2;
    if (capacity > m_table.size())
        rehash(capacity);
}

void SourceKeys::rehash(size_t capacity)
{
    m_table.assign(capacity, 0);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        size_t slot = qHash(keyOf(m_entries[i])) & (capacity - 1);
        while (m_table[slot])
            slot = (slot + 1) & (capacity - 1);
        m_table[slot] = quint32(i + 1);
    }
}

qsizetype SourceKeys::find(QByteArrayView key) const
{
    if (m_table.empty())
        return -1;
    const size_t mask = m_table.size() - 1;
    for (size_t slot = qHash(key) & mask; m_table[slot]; slot = (slot + 1) & mask) {
        const qsizetype index = qsizetype(m_table[slot]) - 1;
        if (keyOf(m_entries[size_t(index)]) == key)
            return index;
    }
    return -1;
}

qsizetype SourceKeys::add(QByteArrayView key, size_t hash)
{
    if ((m_entries.size() + 1) * 2 > m_table.size())
        rehash(m_table.empty() ? 16 : m_table.size() * 2);
    Entry e;
    e.keyOffset = quint32(m_keys.size());
    e.keyLength = quint32(key.size());
    m_keys.append(key.data(), key.size());
    m_entries.push_back(e);
    const size_t mask = m_table.size() - 1;
    size_t slot = hash & mask;
    while (m_table[slot])
        slot = (slot + 1) & mask;
    m_table[slot] = quint32(m_entries.size());
    return qsizetype(m_entries.size()) - 1;
}

void SourceKeys::addStored(QByteArrayView key, qint64 recordId, QByteArrayView hexDigest, bool removed)
{
    const qsizetype index = add(key, qHash(key));
    Entry& e = m_entries[size_t(index)];
    e.recordId = recordId;
    e.flags = Stored | (removed ? Removed : 0) | (rawDigest(hexDigest, e.digest) ? DigestKnown : 0);
    ++m_stored;
}

bool SourceKeys::sameDigest(qsizetype index, QByteArrayView hexDigest) const
{
    const Entry& e = m_entries[size_t(index)];
    quint8 raw[20];
    return (e.flags & DigestKnown) && rawDigest(hexDigest, raw) && std::memcmp(raw, e.digest, 20) == 0;
}

qsizetype SourceKeys::markSeen(QByteArrayView key)
{
    qsizetype index = find(key);
    if (index < 0)
        index = add(key, qHash(key));
    m_entries[size_t(index)].flags |= Seen;
    return index;
}

} // namespace recoupe
