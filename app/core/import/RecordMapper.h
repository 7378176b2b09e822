// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"
#include "import/MappingProfile.h"
#include "import/SourceReader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <mutex>

namespace recoupe {

// A value that could not be used as it was, with where it stood.
struct ValueProblem
{
    QString column;
    QString value;
    QString message;
};

// A source row turned into Recoupe's normalised fields, ready to store.
struct MappedRecord
{
    QString sourceKey;
    PlaceFields fields;
    QList<ValueProblem> problems;
};

// Applies a profile (resolved against the file's header) to rows: picks columns, normalises values,
// checks positions. Unusable values give empty fields and problems; nothing is dropped.
class RecordMapper
{
public:
    // `header`: the reader's columns, in the order of SourceRow::values.
    RecordMapper(MappingProfile resolvedProfile, const QStringList& header);
    MappedRecord map(const SourceRow& row) const;
    const MappingProfile& profile() const { return m_profile; }
    // True when the profile finds a position: lon/lat columns, or point geometries in the file.
    bool hasCoordinateColumns() const;

private:
    // A getter of the profile with its columns found in the header once: a row is read by position, not
    // by name (a million rows read ten fields each).
    struct ResolvedGetter
    {
        QList<int> columns; // -1: not in this file
        QString name;       // as a problem names it: "ADRESSE" or "NUM+VOIE"
        QString separator;
    };

    QString value(const SourceRow& row, Field field, QString* column) const;
    // The text of a column; from a list column, the item that fits `field`.
    QString cell(const SourceRow& row, int column, Field field) const;

    PlaceType typeFor(const QString& raw) const;

    MappingProfile m_profile;
    std::array<QList<ResolvedGetter>, size_t(Field::Lat) + 1> m_getters;
    int m_keyColumn = -1;
    bool m_hasCoordinateColumns = false;
    mutable std::mutex m_typeCacheMutex;
    mutable QHash<QString, PlaceType> m_typeCache;
};

} // namespace recoupe
