// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <array>

namespace recoupe::check {

// The values of a record as its source wrote them that the checker reads (what the import repaired or
// could not use).
enum class RawSlot
{
    Website,
    Twitter,
    Facebook,
    Postcode,
    Precision,   // a geocoder's score (the CGET file's PRECISION, the BAN geocoder's result_score …)
    Departement, // the département code the source gives (the CGET file's INSEEDEP …)
};
constexpr int RawSlotCount = 6;

// Where a source keeps each of those values: its columns, in the order its mapping profile prefers them,
// resolved once against the headers of its imported files.
struct SourceColumns
{
    QString name;    // the source's name
    QString profile; // its mapping profile's id
    std::array<QStringList, RawSlotCount> columns;
    // The column a message names for a slot (the first the source has), empty when it has none.
    QString columnName(RawSlot slot) const
    {
        const QStringList& c = columns[size_t(slot)];
        return c.isEmpty() ? QString() : c.first();
    }
};

// Every source of the project, by id.
QHash<qint64, SourceColumns> sourceColumns(QSqlDatabase& db);

// SQL expressions, one a slot, that read a record's raw values out of `attributesColumn` (JSON) for a
// row whose source id is `sourceIdColumn`: SQLite's json_extract, so that the checker never parses a
// record's whole JSON. Joined by ", ".
QString rawValueColumns(const QHash<qint64, SourceColumns>& sources, const QString& sourceIdColumn,
                        const QString& attributesColumn);

} // namespace recoupe::check
