// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/MergeProposal.h"

#include "Error.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace recoupe::review {

namespace {

// A record's source and when it was last imported, read once per record for all its fields.
using RecordStamps = QHash<qint64, std::pair<QString, QString>>;

bool isEmptyValue(Field field, const QVariant& value)
{
    if (value.isNull())
        return true;
    if (field == Field::Type)
        return value.toInt() == int(PlaceType::Unknown);
    if (field == Field::Lon || field == Field::Lat)
        return false;
    return value.toString().isEmpty();
}

// The offers for a field from every place: its value and origin (field_origin row, else primary record).
FieldOffer offerOf(QSqlDatabase& db, const PlaceState& place, int field, RecordStamps& stamps)
{
    FieldOffer offer;
    offer.placeId = place.id;
    offer.value = place.values.value(field);
    const std::optional<qint64> origin = place.origins.value(field);
    offer.originRecordId = origin ? *origin : place.primaryRecordId;
    if (offer.originRecordId > 0) {
        auto it = stamps.find(offer.originRecordId);
        if (it == stamps.end()) {
            const QList<QVariantList> rows = sql::rowsKept(
                db,
                QStringLiteral("SELECT s.name, i.imported_at FROM raw_record r JOIN source s ON "
                               "s.id = r.source_id JOIN import_run i ON i.id = r.import_id WHERE r.id = ?"),
                {offer.originRecordId});
            std::pair<QString, QString> stamp;
            if (!rows.isEmpty())
                stamp = {rows.first().value(0).toString(), rows.first().value(1).toString()};
            it = stamps.insert(offer.originRecordId, stamp);
        }
        offer.sourceName = it->first;
        offer.importedAt = it->second;
    }
    return offer;
}

// Whether `a` beats `b` by rule 3 (strictly newer).
bool newer(const FieldOffer& a, const FieldOffer& b)
{
    const auto stamp = [](const FieldOffer& o) {
        return o.originRecordId == 0 ? QStringLiteral("9999") : o.importedAt; // typed by hand: newest
    };
    return stamp(a) > stamp(b);
}

int pick(Field field, const QList<FieldOffer>& offers, const QList<FieldOffer>* latitudes)
{
    int best = -1;
    for (int i = 0; i < offers.size(); ++i) {
        const bool empty = isEmptyValue(field, offers.at(i).value) ||
                           (latitudes && isEmptyValue(Field::Lat, latitudes->at(i).value));
        if (empty)
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        if (latitudes) {
            const auto precision = [&](int k) {
                return std::min(coordinateDecimals(offers.at(k).value.toDouble()),
                                coordinateDecimals(latitudes->at(k).value.toDouble()));
            };
            if (precision(i) != precision(best)) {
                if (precision(i) > precision(best))
                    best = i;
                continue;
            }
        }
        if (newer(offers.at(i), offers.at(best)))
            best = i;
    }
    return std::max(best, 0);
}

} // namespace

int coordinateDecimals(double value)
{
    const QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    return dot < 0 ? 0 : int(std::min<qsizetype>(6, text.size() - dot - 1));
}

qint64 proposedKeptPlace(QSqlDatabase& db, const QList<qint64>& placeIds)
{
    qint64 best = 0;
    qint64 bestRecords = -1;
    for (qint64 id : placeIds) {
        const qint64 records =
            sql::scalarKept(db, QStringLiteral("SELECT count(*) FROM place_record WHERE place_id = ?"), {id})
                .toLongLong();
        if (records > bestRecords || (records == bestRecords && id < best)) {
            best = id;
            bestRecords = records;
        }
    }
    return best;
}

MergeProposal proposeMerge(QSqlDatabase& db, qint64 keptId, const QList<qint64>& placeIds)
{
    if (!placeIds.contains(keptId))
        throw Error(QCoreApplication::translate("PlaceWriter", "Place %1 is not one of the merged places")
                        .arg(keptId));
    QList<PlaceState> places{placeWriter::readPlace(db, keptId)};
    MergeProposal proposal;
    proposal.plan.kept = keptId;
    for (qint64 id : placeIds) {
        if (id == keptId)
            continue;
        places << placeWriter::readPlace(db, id);
        proposal.plan.absorbed << id;
    }
    RecordStamps stamps;
    for (int f = 0; f < fieldKeys().size(); ++f) {
        QList<FieldOffer> offers;
        for (const PlaceState& place : std::as_const(places))
            offers << offerOf(db, place, f, stamps);
        proposal.offers << offers;
    }
    for (int f = 0; f < fieldKeys().size(); ++f) {
        const Field field = Field(f);
        int index = 0;
        if (field == Field::Lon)
            index = pick(field, proposal.offers.at(f), &proposal.offers.at(int(Field::Lat)));
        else if (field == Field::Lat)
            index = proposal.picked.at(int(Field::Lon)); // the position comes from one place
        else
            index = pick(field, proposal.offers.at(f), nullptr);
        proposal.picked << index;
        const FieldOffer& offer = proposal.offers.at(f).at(index);
        proposal.plan.fields << FieldChoice{field, offer.value, offer.originRecordId};
    }
    return proposal;
}

} // namespace recoupe::review
