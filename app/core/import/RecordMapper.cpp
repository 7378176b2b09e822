// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/RecordMapper.h"

#include "normalise/Normalise.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace recoupe {

namespace {

// A list column (fablabs.io "links") holds every kind of address: take the one that fits the field.
QString pickFromList(const QJsonArray& items, Field field)
{
    for (const QJsonValue& item : items) {
        const QString s = item.toString().trimmed();
        if (s.isEmpty())
            continue;
        const bool social = normalise::isSocialUrl(s);
        if (field == Field::Website && !social)
            return s;
        if (field == Field::Twitter &&
            (s.contains(QLatin1String("twitter.com/")) || s.contains(QLatin1String("x.com/"))))
            return s;
        if (field == Field::Facebook &&
            (s.contains(QLatin1String("facebook.")) || s.contains(QLatin1String("fb.com"))))
            return s;
        if (field != Field::Website && field != Field::Twitter && field != Field::Facebook)
            return s;
    }
    return {};
}

} // namespace

RecordMapper::RecordMapper(MappingProfile resolvedProfile, const QStringList& header)
    : m_profile(std::move(resolvedProfile))
{
    QHash<QString, int> columnIndex;
    for (int i = 0; i < header.size(); ++i)
        columnIndex.insert(header.at(i), i);
    auto indexOf = [&columnIndex](const QString& name) { return columnIndex.value(name, -1); };
    for (size_t f = 0; f < m_getters.size(); ++f) {
        for (const MappingProfile::Getter& getter : m_profile.getters(Field(f))) {
            ResolvedGetter resolved;
            for (const QString& name : getter.columns)
                resolved.columns << indexOf(name);
            resolved.name = getter.columns.join(QLatin1Char('+'));
            resolved.separator = getter.separator;
            m_getters[f] << resolved;
        }
    }
    if (!m_profile.keyColumns().isEmpty())
        m_keyColumn = indexOf(m_profile.keyColumns().first());
    m_hasCoordinateColumns =
        !m_profile.getters(Field::Lon).isEmpty() && !m_profile.getters(Field::Lat).isEmpty();
}

PlaceType RecordMapper::typeFor(const QString& raw) const
{
    // A source has a handful of distinct type values: match the patterns once per value.
    std::lock_guard lock(m_typeCacheMutex);
    auto it = m_typeCache.constFind(raw);
    if (it == m_typeCache.constEnd())
        it = m_typeCache.insert(raw, m_profile.typeFor(raw));
    return *it;
}

QString RecordMapper::cell(const SourceRow& row, int column, Field field) const
{
    if (column < 0 || column >= row.values.size())
        return {};
    const QString& value = row.values.at(column);
    if (row.isStructured(column) && value.startsWith(QLatin1Char('[')))
        return pickFromList(QJsonDocument::fromJson(value.toUtf8()).array(), field);
    return value;
}

bool RecordMapper::hasCoordinateColumns() const
{
    return m_hasCoordinateColumns;
}

QString RecordMapper::value(const SourceRow& row, Field field, QString* column) const
{
    for (const ResolvedGetter& getter : m_getters[size_t(field)]) {
        // Most getters read one column: no list to build.
        if (getter.columns.size() == 1) {
            QString part = cell(row, getter.columns.first(), field).trimmed();
            if (part.isEmpty())
                continue;
            if (column)
                *column = getter.name;
            return part;
        }
        QStringList parts;
        for (int index : getter.columns) {
            const QString part = cell(row, index, field).trimmed();
            if (!part.isEmpty())
                parts << part;
        }
        if (parts.isEmpty())
            continue;
        if (column)
            *column = getter.name;
        return getter.separator.isEmpty() ? parts.first() : parts.join(getter.separator);
    }
    return {};
}

MappedRecord RecordMapper::map(const SourceRow& row) const
{
    MappedRecord out;
    if (!m_profile.keyColumns().isEmpty())
        out.sourceKey = cell(row, m_keyColumn, Field::Name).trimmed();

    QString column;
    auto problem = [&out, &column](const QString& raw, const QString& message) {
        if (!message.isEmpty())
            out.problems.append({column, raw, message});
    };

    PlaceFields& f = out.fields;
    f.name = normalise::text(value(row, Field::Name, &column));
    f.address = normalise::text(value(row, Field::Address, &column));
    f.commune = normalise::text(value(row, Field::Commune, &column));

    // Fields with a checking normaliser: an unusable value leaves the field empty and is reported.
    const struct
    {
        Field field;
        normalise::Normalised (*normalise)(const QString&);
        QString PlaceFields::*target;
    } checked[] = {{Field::Postcode, &normalise::postcode, &PlaceFields::postcode},
                   {Field::Website, &normalise::url, &PlaceFields::website},
                   {Field::Twitter, &normalise::twitter, &PlaceFields::twitter},
                   {Field::Facebook, &normalise::facebook, &PlaceFields::facebook}};
    for (const auto& c : checked) {
        const QString raw = value(row, c.field, &column);
        const normalise::Normalised normalised = c.normalise(raw);
        f.*c.target = normalised.value;
        problem(raw, normalised.problem);
    }

    f.type = typeFor(value(row, Field::Type, &column));

    std::optional<double> lon = row.lon;
    std::optional<double> lat = row.lat;
    QString lonColumn;
    QString latColumn;
    if (hasCoordinateColumns()) {
        const QString rawLon = value(row, Field::Lon, &lonColumn);
        const QString rawLat = value(row, Field::Lat, &latColumn);
        const auto parsedLon = normalise::number(rawLon);
        const auto parsedLat = normalise::number(rawLat);
        auto notNumber = [](const QString& raw) {
            return QCoreApplication::translate("RecordMapper", "'%1' is not a number").arg(raw);
        };
        if (!rawLon.isEmpty() && !parsedLon)
            out.problems.append({lonColumn, rawLon, notNumber(rawLon)});
        if (!rawLat.isEmpty() && !parsedLat)
            out.problems.append({latColumn, rawLat, notNumber(rawLat)});
        if (parsedLon && parsedLat) {
            lon = parsedLon;
            lat = parsedLat;
        } else if (!rawLon.isEmpty() || !rawLat.isEmpty()) {
            lon.reset();
            lat.reset();
        }
    }
    if (lon || lat) {
        const auto position = normalise::position(lon, lat);
        f.lon = position.lon;
        f.lat = position.lat;
        // The position and its columns are written out only to report it: most rows have nothing to say.
        if (!position.problem.isEmpty()) {
            column = hasCoordinateColumns() ? lonColumn + QLatin1Char('/') + latColumn
                                            : QStringLiteral("geometry");
            problem(QStringLiteral("%1, %2").arg(lon ? QString::number(*lon, 'g', 10) : QString(),
                                                 lat ? QString::number(*lat, 'g', 10) : QString()),
                    position.problem);
        }
    }
    return out;
}

} // namespace recoupe
