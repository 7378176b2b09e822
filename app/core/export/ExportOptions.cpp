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

namespace recoupe::exporting {

QString filterDescription(const PlaceFilter& f)
{
    QStringList parts;
    if (!f.text.trimmed().isEmpty())
        parts << QStringLiteral("text=%1").arg(f.text.trimmed());
    if (f.type)
        parts << QStringLiteral("type=%1").arg(placeTypeKey(*f.type));
    if (!f.region.isEmpty())
        parts << QStringLiteral("region=%1").arg(f.region);
    if (!f.departement.isEmpty())
        parts << QStringLiteral("departement=%1").arg(f.departement);
    if (!f.metropole.isEmpty())
        parts << QStringLiteral("metropole=%1").arg(f.metropole);
    if (!f.zoneClass.isEmpty())
        parts << QStringLiteral("ze2020_class=%1").arg(f.zoneClass);
    if (f.sourceId)
        parts << QStringLiteral("source_id=%1").arg(f.sourceId);
    if (f.candidateDuplicates)
        parts << QStringLiteral("candidate_duplicates");
    if (f.problems)
        parts << QStringLiteral("problems");
    return parts.join(u' ');
}

} // namespace recoupe::exporting
