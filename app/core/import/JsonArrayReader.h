// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SourceReader.h"

#include <QJsonArray>
#include <QList>

namespace recoupe {

// Reads a JSON array of objects (the fablabs.io export), which no GDAL driver reads.
// A member "geometry" holding a GeoJSON point gives the row's position.
class JsonArrayReader : public SourceReader
{
public:
    explicit JsonArrayReader(const QString& path);

    QStringList columns() const override { return m_columns; }
    bool next(SourceRow& row) override;
    qint64 rowCountHint() const override { return m_items.size(); }
    QString layerName() const override { return {}; }
    QString rowWord() const override;
    bool hasGeometry() const override { return m_columns.contains(QLatin1String("geometry")); }

private:
    QJsonArray m_items;
    QList<qint64> m_lines; // line of each object's opening brace
    QStringList m_columns;
    qsizetype m_next = 0;
};

} // namespace recoupe
