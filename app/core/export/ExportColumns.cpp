// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportColumns.h"

#include "export/PlaceRowReader.h"
#include "geo/GeoLayers.h"

#include <QCoreApplication>

namespace recoupe::exporting {

namespace {

QString describe(const char* text)
{
    return QCoreApplication::translate("ExportColumns", text);
}

Column text(const char* name, const char* description, bool personal = false)
{
    return {QString::fromLatin1(name), ColumnType::String, describe(description), personal};
}
Column integer(const char* name, const char* description)
{
    return {QString::fromLatin1(name), ColumnType::Integer, describe(description)};
}
Column number(const char* name, const char* description, bool lon = false, bool lat = false)
{
    Column c{QString::fromLatin1(name), ColumnType::Number, describe(description)};
    c.longitude = lon;
    c.latitude = lat;
    return c;
}

const QList<Column>& cgetColumns()
{
    // The CGET 2019 publication's columns, in its order (resources/data, README.source.md).
    static const QList<Column> columns{
        integer("ID", QT_TRANSLATE_NOOP("ExportColumns", "Stable identifier of the place in Recoupe")),
        text("NOM_TL", QT_TRANSLATE_NOOP("ExportColumns", "Name of the tiers lieu")),
        text("ADRESSE", QT_TRANSLATE_NOOP("ExportColumns", "Address")),
        text("CP", QT_TRANSLATE_NOOP("ExportColumns", "Postcode")),
        text("COMINIT", QT_TRANSLATE_NOOP("ExportColumns", "Commune as first declared")),
        text("INSEECOM", QT_TRANSLATE_NOOP("ExportColumns", "INSEE code of the commune")),
        text("NOMCOM", QT_TRANSLATE_NOOP("ExportColumns", "Commune")),
        text("WEB", QT_TRANSLATE_NOOP("ExportColumns", "Website")),
        text("TWITTER", QT_TRANSLATE_NOOP("ExportColumns", "Twitter account")),
        text("FACEBOOK", QT_TRANSLATE_NOOP("ExportColumns", "Facebook page")),
        text("TYPO", QT_TRANSLATE_NOOP("ExportColumns", "CGET typology")),
        number("LAT", QT_TRANSLATE_NOOP("ExportColumns", "Latitude (WGS 84)"), false, true),
        number("LONG", QT_TRANSLATE_NOOP("ExportColumns", "Longitude (WGS 84)"), true, false),
        text("GEOCOD", QT_TRANSLATE_NOOP("ExportColumns", "Address as found by geocoding")),
        number("PRECISION", QT_TRANSLATE_NOOP("ExportColumns", "Precision of the geocoding")),
        text("CONTACT", QT_TRANSLATE_NOOP("ExportColumns", "Name of the contact (personal data)"), true),
        text("MAIL", QT_TRANSLATE_NOOP("ExportColumns", "E-mail of the contact (personal data)"), true),
        integer("METRO", QT_TRANSLATE_NOOP("ExportColumns", "1 inside one of the 22 métropoles, else 0")),
        text("NOMMETRO", QT_TRANSLATE_NOOP("ExportColumns", "Name of the métropole")),
        text("INSEEREG", QT_TRANSLATE_NOOP("ExportColumns", "INSEE code of the région")),
        text("NOMREG", QT_TRANSLATE_NOOP("ExportColumns", "Name of the région")),
        text("INSEEMETRO", QT_TRANSLATE_NOOP("ExportColumns", "INSEE code of the commune of the métropole")),
        text("INSEEDEP", QT_TRANSLATE_NOOP("ExportColumns", "INSEE code of the département")),
        text("NOMCOMMETRO", QT_TRANSLATE_NOOP("ExportColumns", "Name of the commune of the métropole")),
        integer("POPCOM", QT_TRANSLATE_NOOP("ExportColumns", "Population of the commune")),
        text("COMCLASS", QT_TRANSLATE_NOOP("ExportColumns", "Population class of the commune")),
        text("INSEE_ZE", QT_TRANSLATE_NOOP("ExportColumns", "INSEE code of the zone d'emploi 2010")),
        text("NOM_ZE", QT_TRANSLATE_NOOP("ExportColumns", "Name of the zone d'emploi 2010")),
        text("CLASS_ZE", QT_TRANSLATE_NOOP("ExportColumns", "Population class of the zone d'emploi 2010")),
        integer("POP_ZE", QT_TRANSLATE_NOOP("ExportColumns", "Population of the zone d'emploi 2010")),
    };
    return columns;
}

const QList<Column>& recoupeColumns()
{
    static const QList<Column> columns{
        integer("place_id", QT_TRANSLATE_NOOP("ExportColumns", "Stable identifier of the place in Recoupe")),
        text("name", QT_TRANSLATE_NOOP("ExportColumns", "Name of the tiers lieu")),
        text("address", QT_TRANSLATE_NOOP("ExportColumns", "Address")),
        text("postcode", QT_TRANSLATE_NOOP("ExportColumns", "Postcode")),
        text("commune", QT_TRANSLATE_NOOP("ExportColumns", "Commune")),
        text("website", QT_TRANSLATE_NOOP("ExportColumns", "Website")),
        text("twitter", QT_TRANSLATE_NOOP("ExportColumns", "Twitter account")),
        text("facebook", QT_TRANSLATE_NOOP("ExportColumns", "Facebook page")),
        text("type", QT_TRANSLATE_NOOP("ExportColumns", "Type: coworking, fablab, unknown or excluded")),
        text("exclusion_reason",
             QT_TRANSLATE_NOOP("ExportColumns", "Why a place of type excluded is not a tiers lieu")),
        number("lon", QT_TRANSLATE_NOOP("ExportColumns", "Longitude (WGS 84)"), true, false),
        number("lat", QT_TRANSLATE_NOOP("ExportColumns", "Latitude (WGS 84)"), false, true),
        text("region_code", QT_TRANSLATE_NOOP("ExportColumns", "INSEE code of the région")),
        text("region", QT_TRANSLATE_NOOP("ExportColumns", "Name of the région")),
        text("departement_code", QT_TRANSLATE_NOOP("ExportColumns", "INSEE code of the département")),
        text("departement", QT_TRANSLATE_NOOP("ExportColumns", "Name of the département")),
        text("epci_code", QT_TRANSLATE_NOOP("ExportColumns", "SIREN of the EPCI")),
        text("epci", QT_TRANSLATE_NOOP("ExportColumns", "Name of the EPCI")),
        text("metropole_code", QT_TRANSLATE_NOOP("ExportColumns", "SIREN of the métropole")),
        text("metropole", QT_TRANSLATE_NOOP("ExportColumns", "Name of the métropole")),
        text("ze2020_code", QT_TRANSLATE_NOOP("ExportColumns", "Code of the zone d'emploi 2020")),
        text("ze2020", QT_TRANSLATE_NOOP("ExportColumns", "Name of the zone d'emploi 2020")),
        text("ze2020_class",
             QT_TRANSLATE_NOOP("ExportColumns", "CGET population class of the zone d'emploi 2020")),
        text("ze2010_code", QT_TRANSLATE_NOOP("ExportColumns", "Code of the zone d'emploi 2010")),
        text("status",
             QT_TRANSLATE_NOOP("ExportColumns", "active, or source_removed when every source dropped it")),
        text("sources", QT_TRANSLATE_NOOP("ExportColumns", "Sources of the place, comma-separated")),
        integer("records", QT_TRANSLATE_NOOP("ExportColumns", "Number of source records of the place")),
        text("last_reviewed", QT_TRANSLATE_NOOP("ExportColumns", "Last change by a curator (UTC)")),
        text("updated_at", QT_TRANSLATE_NOOP("ExportColumns", "Last update of the place (UTC)")),
        text("contact", QT_TRANSLATE_NOOP("ExportColumns", "Name of the contact (personal data)"), true),
        text("email", QT_TRANSLATE_NOOP("ExportColumns", "E-mail of the contact (personal data)"), true),
        text("phone", QT_TRANSLATE_NOOP("ExportColumns", "Telephone (personal data)"), true),
    };
    return columns;
}

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant numberText(const QString& text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? QVariant(v) : QVariant();
}

QVariant integerText(const QString& text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? QVariant(v) : QVariant();
}

} // namespace

QList<Column> layoutColumns(Layout layout, bool publicOnly)
{
    QList<Column> out;
    for (const Column& c : layout == Layout::Cget2019 ? cgetColumns() : recoupeColumns()) {
        if (!(publicOnly && c.personal))
            out << c;
    }
    return out;
}

QStringList personalColumns(Layout layout)
{
    QStringList out;
    for (const Column& c : layout == Layout::Cget2019 ? cgetColumns() : recoupeColumns()) {
        if (c.personal)
            out << c.name;
    }
    return out;
}

QString cgetTypo(const QString& typeKey)
{
    if (typeKey == QLatin1String("coworking"))
        return QStringLiteral("Tiers lieux à dominante coworking");
    if (typeKey == QLatin1String("fablab"))
        return QStringLiteral("Tiers lieux à dominante fablab");
    return {};
}

void layoutValues(Layout layout, bool publicOnly, const PlaceRow& r, QVariantList& v)
{
    v.clear();
    const PlaceFields& f = r.fields;
    if (layout == Layout::Cget2019) {
        v << r.id << f.name << f.address << f.postcode << (r.cominit.isEmpty() ? f.commune : r.cominit)
          << r.inseecom << f.commune << f.website << f.twitter << f.facebook << cgetTypo(r.typeKey)
          << optionalNumber(f.lat) << optionalNumber(f.lon) << r.geocod << numberText(r.precision);
        if (!publicOnly)
            v << r.contact << r.email;
        v << (r.hasGeography ? QVariant(qint64(r.metropoleCode.isEmpty() ? 0 : 1)) : QVariant())
          << r.metropole << r.regionCode << r.region << r.inseemetro << r.departementCode << r.nomcommetro
          << integerText(r.popcom) << r.comclass << r.ze2010Code << r.ze2010
          << (r.ze2010Population >= 0 ? geo::zoneClass(r.ze2010Population) : QString())
          << (r.ze2010Population >= 0 ? QVariant(r.ze2010Population) : QVariant());
        return;
    }
    v << r.id << f.name << f.address << f.postcode << f.commune << f.website << f.twitter << f.facebook
      << r.typeKey << r.exclusionReason << optionalNumber(f.lon) << optionalNumber(f.lat) << r.regionCode
      << r.region << r.departementCode << r.departement << r.epciCode << r.epci << r.metropoleCode
      << r.metropole << r.ze2020Code << r.ze2020 << r.ze2020Class << r.ze2010Code << r.status << r.sources
      << r.recordCount << r.lastReviewed << r.updatedAt;
    if (!publicOnly)
        v << r.contact << r.email << r.phone;
}

} // namespace recoupe::exporting
