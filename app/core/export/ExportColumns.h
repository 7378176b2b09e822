// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportOptions.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace recoupe::exporting {

struct PlaceRow;

enum class ColumnType
{
    String,
    Integer,
    Number
};

// One column of a layout, with what the Table Schema says of it.
struct Column
{
    QString name;
    ColumnType type = ColumnType::String;
    QString description; // translated
    bool personal = false;
    bool longitude = false, latitude = false;
};

// The columns of a layout, in order; public exports leave the personal ones out.
QList<Column> layoutColumns(Layout layout, bool publicOnly);
// The personal columns a public export of this layout leaves out.
QStringList personalColumns(Layout layout);

// One place's values in the order of layoutColumns(): QString for text, qint64 or double for numbers,
// a null QVariant for an empty number.
void layoutValues(Layout layout, bool publicOnly, const PlaceRow& row, QVariantList& values);

// The CGET 2019 TYPO text of a type ("Tiers lieux à dominante coworking"), empty for the others.
QString cgetTypo(const QString& typeKey);

} // namespace recoupe::exporting
