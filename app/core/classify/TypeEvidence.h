// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceType.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace recoupe::classify {

// What the type suggestion reads of one record: its curated text fields, the type its source's profile
// mapped it to, and its original attributes (where sources keep their own categories: OSM tags, the
// Breton map's `structure`, fablabs.io's `kind_name`, descriptions).
struct RecordEvidence
{
    QString source;
    PlaceType sourceType = PlaceType::Unknown;
    QString name;
    QString address;
    QString website;
    QString twitter;
    QString facebook;
    QJsonObject attributes;
};

// A place: its records (a merged place has several).
struct PlaceEvidence
{
    qint64 placeId = 0;
    PlaceType type = PlaceType::Unknown; // as curated
    QList<RecordEvidence> records;
};

} // namespace recoupe::classify
