// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PlaceFields.h"

#include <QCoreApplication>

namespace recoupe {

const QStringList& fieldKeys()
{
    static const QStringList keys{QStringLiteral("name"),     QStringLiteral("address"),
                                  QStringLiteral("postcode"), QStringLiteral("commune"),
                                  QStringLiteral("website"),  QStringLiteral("twitter"),
                                  QStringLiteral("facebook"), QStringLiteral("type"),
                                  QStringLiteral("lon"),      QStringLiteral("lat")};
    return keys;
}

QString fieldKey(Field field)
{
    return fieldKeys().at(static_cast<int>(field));
}

std::optional<Field> fieldFromKey(const QString& key)
{
    const auto index = fieldKeys().indexOf(key);
    if (index < 0)
        return std::nullopt;
    return static_cast<Field>(index);
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Name:
        return QCoreApplication::translate("Field", "Name");
    case Field::Address:
        return QCoreApplication::translate("Field", "Address");
    case Field::Postcode:
        return QCoreApplication::translate("Field", "Postcode");
    case Field::Commune:
        return QCoreApplication::translate("Field", "Commune");
    case Field::Website:
        return QCoreApplication::translate("Field", "Website");
    case Field::Twitter:
        return QCoreApplication::translate("Field", "Twitter");
    case Field::Facebook:
        return QCoreApplication::translate("Field", "Facebook");
    case Field::Type:
        return QCoreApplication::translate("Field", "Type");
    case Field::Lon:
        return QCoreApplication::translate("Field", "Longitude");
    case Field::Lat:
        return QCoreApplication::translate("Field", "Latitude");
    }
    return {};
}

QString fieldText(const PlaceFields& fields, Field field)
{
    switch (field) {
    case Field::Name:
        return fields.name;
    case Field::Address:
        return fields.address;
    case Field::Postcode:
        return fields.postcode;
    case Field::Commune:
        return fields.commune;
    case Field::Website:
        return fields.website;
    case Field::Twitter:
        return fields.twitter;
    case Field::Facebook:
        return fields.facebook;
    case Field::Type:
        return placeTypeKey(fields.type);
    case Field::Lon:
        return fields.lon ? QString::number(*fields.lon, 'f', 7) : QString();
    case Field::Lat:
        return fields.lat ? QString::number(*fields.lat, 'f', 7) : QString();
    }
    return {};
}

} // namespace recoupe
