// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/RecordTable.h"

#include <QHash>
#include <QStringDecoder>
#include <cmath>

namespace recoupe::match {

RecordVector::RecordVector(const std::vector<MatchRecord>& records) : m_records(records)
{
    m_source.resize(records.size());
    QHash<QString, uint32_t> sources;
    for (size_t i = 0; i < records.size(); ++i) {
        auto it = sources.constFind(records[i].source);
        if (it == sources.constEnd())
            it = sources.insert(records[i].source, uint32_t(sources.size()));
        m_source[i] = *it;
    }
}

void RecordTable::reserve(size_t records)
{
    m_source.reserve(records);
    for (Pool& pool : m_texts)
        pool.offsets.reserve(records + 1);
    m_type.reserve(records);
    m_lon.reserve(records);
    m_lat.reserve(records);
    m_recordId.reserve(records);
}

void RecordTable::append(std::string_view source, const std::string_view (&texts)[TextCount], PlaceType type,
                         double lon, double lat, qint64 recordId)
{
    if (m_sourceNames.isEmpty() || source != m_lastSource) {
        // Records come grouped by source: a new name is looked for among the few known ones.
        m_lastSource = std::string(source);
        const QString name = QString::fromUtf8(source.data(), qsizetype(source.size()));
        qsizetype index = m_sourceNames.indexOf(name);
        if (index < 0) {
            index = m_sourceNames.size();
            m_sourceNames.append(name);
        }
        m_source.push_back(uint32_t(index));
    } else {
        m_source.push_back(m_source.back());
    }
    for (int t = 0; t < TextCount; ++t) {
        m_texts[t].chars.append(texts[t]);
        m_texts[t].offsets.push_back(uint32_t(m_texts[t].chars.size()));
    }
    m_type.push_back(uint8_t(type));
    m_lon.push_back(lon);
    m_lat.push_back(lat);
    m_recordId.push_back(recordId);
}

QString RecordTable::text(Text field, size_t i) const
{
    const Pool& pool = m_texts[field];
    if (i + 1 >= pool.offsets.size())
        return QString(); // dropped
    const uint32_t from = pool.offsets[i];
    const uint32_t to = pool.offsets[i + 1];
    return from == to ? QString() : QString::fromUtf8(pool.chars.data() + from, qsizetype(to - from));
}

MatchRecord RecordTable::record(size_t i) const
{
    MatchRecord r;
    r.source = m_sourceNames.at(qsizetype(m_source[i]));
    r.key = text(Key, i);
    r.recordId = m_recordId[i];
    r.name = text(Name, i);
    r.address = text(Address, i);
    r.postcode = text(Postcode, i);
    r.website = text(Website, i);
    r.twitter = text(Twitter, i);
    r.facebook = text(Facebook, i);
    r.type = PlaceType(m_type[i]);
    r.lon = m_lon[i];
    r.lat = m_lat[i];
    return r;
}

RecordInput::Texts RecordTable::texts(size_t i, std::vector<QChar>& buffer) const
{
    // Decoded as QString::fromUtf8() does (a byte order mark kept, bad bytes replaced), all into the
    // buffer first: it must not grow once views into it are made.
    constexpr Text fields[] = {Name, Address, Postcode, Website, Twitter, Facebook};
    std::string_view utf8[std::size(fields)];
    size_t bytes = 0;
    for (size_t f = 0; f < std::size(fields); ++f) {
        const Pool& pool = m_texts[fields[f]];
        if (i + 1 < pool.offsets.size()) // not dropped
            utf8[f] =
                std::string_view(pool.chars).substr(pool.offsets[i], pool.offsets[i + 1] - pool.offsets[i]);
        bytes += utf8[f].size();
    }
    buffer.resize(bytes + 1); // UTF-8 never takes fewer bytes than UTF-16 code units
    QChar* out = buffer.data();
    QStringView views[std::size(fields)];
    for (size_t f = 0; f < std::size(fields); ++f) {
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        QChar* const begin = out;
        out = decoder.appendToBuffer(out, QByteArrayView(utf8[f].data(), qsizetype(utf8[f].size())));
        views[f] = QStringView(begin, out - begin);
    }
    return {views[0], views[1], views[2], views[3], views[4], views[5]};
}

void RecordTable::prefetchTexts(size_t i, int stage) const
{
    for (Text field : {Name, Address, Postcode, Website, Twitter, Facebook}) {
        const Pool& pool = m_texts[field];
        if (i + 1 >= pool.offsets.size())
            continue;
        if (stage == 0)
            __builtin_prefetch(pool.offsets.data() + i);
        else
            __builtin_prefetch(pool.chars.data() + pool.offsets[i]);
    }
    if (stage == 0)
        __builtin_prefetch(m_type.data() + i);
}

void RecordTable::dropMatchOnlyFields()
{
    for (Text t : {Address, Postcode, Website, Twitter, Facebook})
        m_texts[t] = Pool{std::string(), {}};
}

std::vector<MatchRecord> RecordTable::takeRecords()
{
    std::vector<MatchRecord> records;
    records.reserve(size());
    for (size_t i = 0; i < size(); ++i) {
        MatchRecord r;
        r.source = m_sourceNames.at(qsizetype(m_source[i])); // one shared string per source
        r.key = text(Key, i);
        r.recordId = m_recordId[i];
        r.name = text(Name, i);
        r.type = PlaceType(m_type[i]);
        r.lon = m_lon[i];
        r.lat = m_lat[i];
        records.push_back(std::move(r));
    }
    *this = RecordTable();
    return records;
}

} // namespace recoupe::match
