// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/MatchRecord.h"

#include <QString>
#include <QStringList>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace recoupe::match {

// The records PreparedRecords reads: a vector of MatchRecord, or a RecordTable.
class RecordInput
{
public:
    virtual ~RecordInput() = default;
    virtual size_t size() const = 0;
    virtual bool hasPosition(size_t i) const = 0;
    virtual double lon(size_t i) const = 0;
    virtual double lat(size_t i) const = 0;
    // Index of the record's source name, in order of first appearance.
    virtual uint32_t source(size_t i) const = 0;
    virtual PlaceType type(size_t i) const = 0;
    // Record i, whole. Called from several threads at once.
    virtual MatchRecord record(size_t i) const = 0;
    // The texts of record i that are matched on, as views valid until `buffer` is next used (without a
    // QString each). Called from several threads at once, each with its own buffer.
    struct Texts
    {
        QStringView name;
        QStringView address;
        QStringView postcode;
        QStringView website;
        QStringView twitter;
        QStringView facebook;
    };
    virtual Texts texts(size_t i, std::vector<QChar>& buffer) const = 0;
    // Asks the processor for what texts(i) reads, records being read far apart: first where the texts
    // are (stage 0), then, once that is in, the texts (stage 1).
    virtual void prefetchTexts(size_t /*i*/, int /*stage*/) const {}
};

// A vector of records as a RecordInput.
class RecordVector : public RecordInput
{
public:
    explicit RecordVector(const std::vector<MatchRecord>& records);
    size_t size() const override { return m_records.size(); }
    bool hasPosition(size_t i) const override { return m_records[i].hasPosition(); }
    double lon(size_t i) const override { return m_records[i].lon; }
    double lat(size_t i) const override { return m_records[i].lat; }
    uint32_t source(size_t i) const override { return m_source[i]; }
    PlaceType type(size_t i) const override { return m_records[i].type; }
    MatchRecord record(size_t i) const override { return m_records[i]; }
    Texts texts(size_t i, std::vector<QChar>&) const override
    {
        const MatchRecord& r = m_records[i];
        return {r.name, r.address, r.postcode, r.website, r.twitter, r.facebook};
    }

private:
    const std::vector<MatchRecord>& m_records;
    std::vector<uint32_t> m_source;
};

// Records in compact columns, their texts in UTF-8 one after the other: a million MatchRecords cost
// about 600 bytes each (eight QStrings of 24 bytes, and an allocation for each text), this about 150.
// The matcher reads them through record(); the fields only it needs can be dropped once it has.
class RecordTable : public RecordInput
{
public:
    enum Text
    {
        Key,
        Name,
        Address,
        Postcode,
        Website,
        Twitter,
        Facebook,
        TextCount
    };
    void reserve(size_t records);
    // Appends a record; `texts` in the order of Text.
    void append(std::string_view source, const std::string_view (&texts)[TextCount], PlaceType type,
                double lon, double lat, qint64 recordId);

    size_t size() const override { return m_recordId.size(); }
    bool hasPosition(size_t i) const override { return !std::isnan(m_lon[i]) && !std::isnan(m_lat[i]); }
    double lon(size_t i) const override { return m_lon[i]; }
    double lat(size_t i) const override { return m_lat[i]; }
    uint32_t source(size_t i) const override { return m_source[i]; }
    PlaceType type(size_t i) const override { return PlaceType(m_type[i]); }
    MatchRecord record(size_t i) const override;
    Texts texts(size_t i, std::vector<QChar>& buffer) const override;
    void prefetchTexts(size_t i, int stage) const override;
    qint64 recordId(size_t i) const { return m_recordId[i]; }
    QString sourceName(size_t i) const { return m_sourceNames.at(qsizetype(m_source[i])); }
    QString key(size_t i) const { return text(Key, i); }

    // Frees the texts only the matcher reads (address, postcode, website, accounts).
    void dropMatchOnlyFields();
    // The records with source, key, name, type, position and record id (what remains after
    // dropMatchOnlyFields()); the table is emptied as they are made.
    std::vector<MatchRecord> takeRecords();

private:
    QString text(Text field, size_t i) const;
    struct Pool
    {
        std::string chars;
        std::vector<uint32_t> offsets{0};
    };
    QStringList m_sourceNames;
    std::string m_lastSource;
    std::vector<uint32_t> m_source;
    Pool m_texts[TextCount];
    std::vector<uint8_t> m_type;
    std::vector<double> m_lon;
    std::vector<double> m_lat;
    std::vector<qint64> m_recordId;
};

} // namespace recoupe::match
