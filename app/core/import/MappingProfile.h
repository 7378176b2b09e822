// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace recoupe {

// How one source's columns map onto Recoupe's fields, read from a JSON profile (resources/profiles).
class MappingProfile
{
public:
    // One way to get a field's value: a single column, or several columns joined.
    struct Getter
    {
        QStringList columns;
        QString separator; // non-empty for joins
    };

    // Parses a profile; throws Error naming `origin` when the JSON is not a valid profile.
    static MappingProfile fromJson(const QJsonObject& json, const QString& origin);

    const QString& id() const { return m_id; }
    const QString& label() const { return m_label; }
    const QString& defaultSourceName() const { return m_source; }
    const QString& licence() const { return m_licence; }
    const QString& attribution() const { return m_attribution; }
    const QString& preferredLayer() const { return m_layer; }
    const QStringList& keyColumns() const { return m_keyColumns; }
    const QStringList& detectColumns() const { return m_detect; }
    const QStringList& personalColumns() const { return m_personal; }
    const QList<Getter>& getters(Field field) const;
    bool isGeneric() const { return m_id == QLatin1String("generic"); }
    PlaceType defaultType() const { return m_defaultType; }

    // The type a raw value stands for (Unknown when no pattern matches).
    PlaceType typeFor(const QString& rawType) const;

    // How well a header fits: the share of `detect` columns present (1.0 = all present).
    double detectionScore(const QStringList& header) const;

    // The profile resolved against an actual header: generic synonyms become the real column names
    // (case-insensitive), absent columns are dropped. Returns a profile whose columns all exist.
    MappingProfile resolvedFor(const QStringList& header) const;

    QJsonObject toJson() const { return m_json; }

private:
    QString m_id, m_label, m_source, m_licence, m_attribution, m_layer;
    QStringList m_keyColumns, m_detect, m_personal;
    QHash<int, QList<Getter>> m_getters;
    QList<QPair<PlaceType, QRegularExpression>> m_types;
    PlaceType m_defaultType = PlaceType::Unknown;
    QJsonObject m_json;
};

} // namespace recoupe
