// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportOptions.h"

namespace recoupe::exporting {

QString formatKey(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::GeoJson:
        return QStringLiteral("geojson");
    case Format::Gpkg:
        return QStringLiteral("gpkg");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    }
    return {};
}

std::optional<Format> formatFromKey(const QString& key)
{
    for (Format f : {Format::Csv, Format::GeoJson, Format::Gpkg, Format::Xlsx}) {
        if (formatKey(f) == key.toLower())
            return f;
    }
    return std::nullopt;
}

QString formatExtension(Format format)
{
    return formatKey(format);
}

QString layoutKey(Layout layout)
{
    return layout == Layout::Cget2019 ? QStringLiteral("cget2019") : QStringLiteral("recoupe");
}

std::optional<Layout> layoutFromKey(const QString& key)
{
    if (key == QLatin1String("cget2019"))
        return Layout::Cget2019;
    if (key == QLatin1String("recoupe"))
        return Layout::Recoupe;
    return std::nullopt;
}

} // namespace recoupe::exporting
