// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/MappingProfile.h"

#include "Error.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace recoupe {

namespace {

// Gives lupdate and the runtime the same translation context.
struct MappingProfileText
{
    Q_DECLARE_TR_FUNCTIONS(MappingProfile)
};

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    if (value.isString())
        out << value.toString();
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

// Finds `wanted` in the header, exactly or else ignoring case; empty if absent.
QString findColumn(const QStringList& header, const QString& wanted)
{
    if (header.contains(wanted))
        return wanted;
    for (const QString& column : header) {
        if (column.compare(wanted, Qt::CaseInsensitive) == 0)
            return column;
    }
    return {};
}

} // namespace

MappingProfile MappingProfile::fromJson(const QJsonObject& json, const QString& origin)
{
    MappingProfile p;
    p.m_json = json;
    p.m_id = json.value(QLatin1String("id")).toString();
    if (p.m_id.isEmpty())
        throw Error(MappingProfileText::tr("Profile %1 has no \"id\"").arg(origin));
    p.m_label = json.value(QLatin1String("label")).toString(p.m_id);
    p.m_source = json.value(QLatin1String("source")).toString();
    p.m_licence = json.value(QLatin1String("licence")).toString();
    p.m_attribution = json.value(QLatin1String("attribution")).toString();
    p.m_layer = json.value(QLatin1String("layer")).toString();
    p.m_keyColumns = stringList(json.value(QLatin1String("key")));
    p.m_detect = stringList(json.value(QLatin1String("detect")));
    p.m_personal = stringList(json.value(QLatin1String("personal")));
    p.m_defaultType = placeTypeFromKey(json.value(QLatin1String("defaultType")).toString());

    const QJsonObject fields = json.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        if (!field)
            throw Error(MappingProfileText::tr("Profile %1: unknown field \"%2\"").arg(origin, it.key()));
        QList<Getter> getters;
        const QJsonArray items = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue& item : items) {
            if (item.isString()) {
                getters.append({{item.toString()}, QString()});
            } else if (item.isObject() && item.toObject().contains(QLatin1String("join"))) {
                const QJsonObject join = item.toObject();
                getters.append({stringList(join.value(QLatin1String("join"))),
                                join.value(QLatin1String("separator")).toString(QStringLiteral(" "))});
            } else {
                throw Error(MappingProfileText::tr(
                                "Profile %1: field \"%2\" must name a column, a list of columns or a join")
                                .arg(origin, it.key()));
            }
        }
        p.m_getters.insert(int(*field), getters);
    }

    const QJsonObject types = json.value(QLatin1String("types")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        const PlaceType type = placeTypeFromKey(it.key());
        for (const QString& pattern : stringList(it.value())) {
            QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid())
                throw Error(
                    MappingProfileText::tr("Profile %1: invalid type pattern \"%2\"").arg(origin, pattern));
            p.m_types.append({type, re});
        }
    }
    return p;
}

const QList<MappingProfile::Getter>& MappingProfile::getters(Field field) const
{
    static const QList<Getter> none;
    const auto it = m_getters.constFind(int(field));
    return it == m_getters.constEnd() ? none : *it;
}

PlaceType MappingProfile::typeFor(const QString& rawType) const
{
    if (rawType.trimmed().isEmpty())
        return m_defaultType;
    for (const auto& [type, re] : m_types) {
        if (re.match(rawType).hasMatch())
            return type;
    }
    return m_defaultType;
}

double MappingProfile::detectionScore(const QStringList& header) const
{
    if (m_detect.isEmpty())
        return 0.0;
    int found = 0;
    for (const QString& column : m_detect) {
        if (header.contains(column))
            ++found;
    }
    return double(found) / double(m_detect.size());
}

MappingProfile MappingProfile::resolvedFor(const QStringList& header) const
{
    MappingProfile resolved = *this;
    auto resolveList = [&header](const QStringList& columns) {
        QStringList out;
        for (const QString& column : columns) {
            const QString actual = findColumn(header, column);
            if (!actual.isEmpty())
                out << actual;
        }
        return out;
    };
    resolved.m_keyColumns = resolveList(m_keyColumns);
    if (resolved.m_keyColumns.size() > 1)
        resolved.m_keyColumns = resolved.m_keyColumns.mid(0, 1);
    resolved.m_personal = resolveList(m_personal);
    for (auto it = resolved.m_getters.begin(); it != resolved.m_getters.end(); ++it) {
        QList<Getter> kept;
        for (const Getter& getter : *it) {
            const QStringList columns = resolveList(getter.columns);
            if (!columns.isEmpty())
                kept.append({columns, getter.separator});
        }
        *it = kept;
    }
    return resolved;
}

} // namespace recoupe
