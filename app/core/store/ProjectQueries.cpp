// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ProjectQueries.h"

#include "domain/PlaceType.h"
#include "store/SqlUtil.h"

namespace recoupe::queries {

namespace {

void stream(QSqlDatabase& db, const QString& statement, int columns, int typeColumn, const RowSink& sink)
{
    QSqlQuery q = sql::exec(db, statement);
    QVariantList values;
    while (q.next()) {
        values.clear();
        for (int i = 0; i < columns; ++i)
            values << (i == typeColumn ? QVariant(placeTypeKey(PlaceType(q.value(i).toInt()))) : q.value(i));
        sink(values);
    }
}

} // namespace

QStringList recordColumns()
{
    return {QStringLiteral("source"),   QStringLiteral("source_key"), QStringLiteral("place_id"),
            QStringLiteral("name"),     QStringLiteral("address"),    QStringLiteral("postcode"),
            QStringLiteral("commune"),  QStringLiteral("website"),    QStringLiteral("twitter"),
            QStringLiteral("facebook"), QStringLiteral("type"),       QStringLiteral("lon"),
            QStringLiteral("lat"),      QStringLiteral("removed"),    QStringLiteral("line")};
}

void forEachRecord(QSqlDatabase& db, const RowSink& sink)
{
    stream(
        db,
        QStringLiteral("SELECT s.name, r.source_key, pr.place_id, r.name, r.address, r.postcode, r.commune, "
                       "r.website, r.twitter, r.facebook, r.type, r.lon, r.lat, r.removed, r.line "
                       "FROM raw_record r JOIN source s ON s.id = r.source_id "
                       "LEFT JOIN place_record pr ON pr.raw_record_id = r.id ORDER BY s.name, r.id"),
        int(recordColumns().size()), 10, sink);
}

QStringList placeColumns()
{
    return {QStringLiteral("place_id"), QStringLiteral("name"), QStringLiteral("address"),
            QStringLiteral("postcode"), QStringLiteral("commune"), QStringLiteral("website"),
            QStringLiteral("twitter"), QStringLiteral("facebook"), QStringLiteral("type"),
            QStringLiteral("lon"), QStringLiteral("lat"), QStringLiteral("status"), QStringLiteral("records"),
            QStringLiteral("sources"),
            // Geography (schema 4 → 5), appended: a contract for scripts.
            QStringLiteral("region_code"), QStringLiteral("region"), QStringLiteral("departement_code"),
            QStringLiteral("departement"), QStringLiteral("epci_code"), QStringLiteral("epci"),
            QStringLiteral("metropole"), QStringLiteral("ze2020_code"), QStringLiteral("ze2020"),
            QStringLiteral("ze2020_class"), QStringLiteral("ze2010_code")};
}

namespace {

void streamPlaces(QSqlDatabase& db, const RowSink& sink, bool withMerged)
{
    stream(db,
           QStringLiteral(
               "SELECT p.id, p.name, p.address, p.postcode, p.commune, p.website, p.twitter, p.facebook, "
               "p.type, p.lon, p.lat, p.status, "
               "(SELECT count(*) FROM place_record pr WHERE pr.place_id = p.id), "
               "(SELECT group_concat(DISTINCT s.name) FROM place_record pr JOIN raw_record r ON "
               "r.id = pr.raw_record_id JOIN source s ON s.id = r.source_id WHERE pr.place_id = p.id), "
               "g.region_code, ur.name, g.departement_code, ud.name, g.epci_code, ue.name, um.name, "
               "g.ze2020_code, uz.name, g.ze2020_class, g.ze2010_code "
               "FROM place p LEFT JOIN place_geography g ON g.place_id = p.id "
               "LEFT JOIN geo_unit ur ON ur.layer = 'regions' AND ur.code = g.region_code "
               "LEFT JOIN geo_unit ud ON ud.layer = 'departements' AND ud.code = g.departement_code "
               "LEFT JOIN geo_unit ue ON ue.layer = 'epci' AND ue.code = g.epci_code "
               "LEFT JOIN geo_unit um ON um.layer = 'epci' AND um.code = g.metropole_code "
               "LEFT JOIN geo_unit uz ON uz.layer = 'ze2020' AND uz.code = g.ze2020_code%1 "
               "ORDER BY p.id")
               .arg(withMerged ? QString() : QStringLiteral(" WHERE p.status <> 'merged'")),
           int(placeColumns().size()), 8, sink);
}

} // namespace

void forEachPlace(QSqlDatabase& db, const RowSink& sink)
{
    streamPlaces(db, sink, false);
}

void forEachPlaceWithMerged(QSqlDatabase& db, const RowSink& sink)
{
    streamPlaces(db, sink, true);
}

QStringList sourceColumns()
{
    return {QStringLiteral("source"),      QStringLiteral("profile"),   QStringLiteral("records"),
            QStringLiteral("removed"),     QStringLiteral("imports"),   QStringLiteral("first_import"),
            QStringLiteral("last_import"), QStringLiteral("last_file"), QStringLiteral("licence")};
}

void forEachSource(QSqlDatabase& db, const RowSink& sink)
{
    stream(db,
           QStringLiteral(
               "SELECT s.name, s.profile, "
               "(SELECT count(*) FROM raw_record r WHERE r.source_id = s.id AND r.removed = 0), "
               "(SELECT count(*) FROM raw_record r WHERE r.source_id = s.id AND r.removed = 1), "
               "(SELECT count(*) FROM import_run i WHERE i.source_id = s.id), "
               "(SELECT min(imported_at) FROM import_run i WHERE i.source_id = s.id), "
               "(SELECT max(imported_at) FROM import_run i WHERE i.source_id = s.id), "
               "(SELECT file_name FROM import_run i WHERE i.source_id = s.id ORDER BY i.id DESC LIMIT 1), "
               "s.licence FROM source s ORDER BY s.name"),
           int(sourceColumns().size()), -1, sink);
}

qint64 placeCount(QSqlDatabase& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM place")).toLongLong();
}

} // namespace recoupe::queries
