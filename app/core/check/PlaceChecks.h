// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/Checker.h"
#include "check/SourceColumns.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace recoupe::check {

// A place as the checker reads it: its curated fields and computed département.
struct PlaceRow
{
    qint64 id = 0;
    QString name, address, postcode, commune, website, twitter, facebook;
    std::optional<double> lon, lat;
    QString departement; // computed
    qint64 primaryRecord = 0;
};

// One of its records: the values its source wrote that the checks read.
struct RecordRow
{
    qint64 id = 0;
    const SourceColumns* source = nullptr;
    QString key;
    std::array<QString, RawSlotCount> raw; // the values as the source wrote them, trimmed
    const QString& value(RawSlot slot) const { return raw[size_t(slot)]; }
};

// Where a checked place stands, for the check that needs every place at once (several places on one
// position), made after the others.
struct CheckedPosition
{
    double lon = 0, lat = 0;
    qint64 placeId = 0;
    const SourceColumns* source = nullptr; // of the place's primary record
    QString key;
};

// The checks of one place and its records, one place after another (not thread-safe: one a thread).
class PlaceChecker
{
public:
    void check(const PlaceRow& place, const QList<RecordRow>& records);

    std::vector<Problem> problems;
    std::vector<CheckedPosition> positions;

private:
    void add(const RecordRow* record, const PlaceRow& p, const char* code, Severity severity,
             const QString& message, Fix fix = {});
};

// The problem "N places have exactly this position" of one place.
Problem sameCoordinatesProblem(const CheckedPosition& position, int places);

} // namespace recoupe::check
