// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PlaceRowReader.h"

#include "domain/PlaceType.h"
#include "store/SqlUtil.h"

namespace recoupe::exporting {

namespace {

bool placeHasColumn(QSqlDatabase& db, const QString& column)
{
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT 1 FROM pragma_table_info('place') WHERE name = ?"), {column});
    return q.next();
}

// The attribute named by the first of `keys` present in the primary record (json_extract is done by
// SQLite, far cheaper than parsing a million JSON objects here).
QString attribute(std::initializer_list<const char*> keys)
{
    QStringList parts;
    for (const char* key : keys)
        parts << QStringLiteral("json_extract(r.attributes, '$.\"%1\"')").arg(QLatin1String(key));
    return parts.size() == 1 ? parts.first() : QStringLiteral("coalesce(%1)").arg(parts.join(u','));
}

} // namespace

PlaceRowReader::PlaceRowReader(QSqlDatabase& db, const PlaceFilter& filter) : m_db(db), m_filter(filter) {}

qint64 PlaceRowReader::count()
{
    const SqlCondition where = filter::condition(m_filter);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM place p") + where.clause);
    for (const QVariant& v : where.values)
        q.addBindValue(v);
    sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool PlaceRowReader::next(PlaceRow& row)
{
    if (!m_started) {
        m_started = true;
        // MERGE POINT (classification): the lead's branch adds place.exclusion_reason; it is read when the
        // column exists, else the column stays empty. This is the only place that needs wiring.
        const QString exclusion = placeHasColumn(m_db, QStringLiteral("exclusion_reason"))
                                      ? QStringLiteral("p.exclusion_reason")
                                      : QStringLiteral("''");
        const SqlCondition where = filter::condition(m_filter);
        const QString statement =
            QStringLiteral(
                "SELECT p.id, p.name, p.address, p.postcode, p.commune, p.website, p.twitter, p.facebook, "
                "p.type, p.lon, p.lat, p.status, p.updated_at, %1, "
                "(SELECT max(a.at) FROM audit_log a WHERE a.entity = 'place' AND a.entity_id = p.id), "
                "g.place_id IS NOT NULL, g.region_code, ur.name, g.departement_code, ud.name, g.epci_code, "
                "ue.name, g.metropole_code, um.name, g.ze2020_code, uz.name, g.ze2020_class, g.ze2010_code, "
                "uz10.name, uz10.population, "
                "(SELECT group_concat(id, ';') FROM (SELECT pr.raw_record_id AS id FROM place_record pr "
                "WHERE pr.place_id = p.id ORDER BY 1)), "
                "(SELECT group_concat(name, ',') FROM (SELECT DISTINCT s.name AS name FROM place_record pr "
                "JOIN raw_record rr ON rr.id = pr.raw_record_id JOIN source s ON s.id = rr.source_id "
                "WHERE pr.place_id = p.id ORDER BY 1)), "
                "%2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12 "
                "FROM place p LEFT JOIN raw_record r ON r.id = p.primary_record_id "
                "LEFT JOIN place_geography g ON g.place_id = p.id "
                "LEFT JOIN geo_unit ur ON ur.layer = 'regions' AND ur.code = g.region_code "
                "LEFT JOIN geo_unit ud ON ud.layer = 'departements' AND ud.code = g.departement_code "
                "LEFT JOIN geo_unit ue ON ue.layer = 'epci' AND ue.code = g.epci_code "
                "LEFT JOIN geo_unit um ON um.layer = 'epci' AND um.code = g.metropole_code "
                "LEFT JOIN geo_unit uz ON uz.layer = 'ze2020' AND uz.code = g.ze2020_code "
                "LEFT JOIN geo_unit uz10 ON uz10.layer = 'ze2010' AND uz10.code = g.ze2010_code")
                .arg(exclusion, attribute({"COMINIT"}), attribute({"INSEECOM"}), attribute({"GEOCOD"}),
                     attribute({"PRECISION"}), attribute({"INSEEMETRO"}), attribute({"NOMCOMMETRO"}),
                     attribute({"POPCOM"}), attribute({"COMCLASS"}))
                .arg(attribute({"CONTACT", "contact"}), attribute({"MAIL", "email", "mail", "e-mail"}),
                     attribute({"tel", "TEL", "phone", "telephone", "téléphone"})) +
            where.clause + QStringLiteral(" ORDER BY p.id");
        m_query = sql::prepare(m_db, statement);
        m_query.setForwardOnly(true);
        for (const QVariant& v : where.values)
            m_query.addBindValue(v);
        sql::exec(m_query);
    }
    if (!m_query.next())
        return false;
    const QSqlQuery& q = m_query;
    auto text = [&q](int i) { return q.value(i).toString(); };
    auto coordinate = [&q](int i) -> std::optional<double> {
        const QVariant v = q.value(i);
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    };
    row.id = q.value(0).toLongLong();
    row.fields.name = text(1);
    row.fields.address = text(2);
    row.fields.postcode = text(3);
    row.fields.commune = text(4);
    row.fields.website = text(5);
    row.fields.twitter = text(6);
    row.fields.facebook = text(7);
    row.fields.type = PlaceType(q.value(8).toInt());
    row.typeKey = placeTypeKey(row.fields.type);
    row.fields.lon = coordinate(9);
    row.fields.lat = coordinate(10);
    row.status = text(11);
    row.updatedAt = text(12);
    row.exclusionReason = text(13);
    row.lastReviewed = text(14);
    row.hasGeography = q.value(15).toBool();
    row.regionCode = text(16);
    row.region = text(17);
    row.departementCode = text(18);
    row.departement = text(19);
    row.epciCode = text(20);
    row.epci = text(21);
    row.metropoleCode = text(22);
    row.metropole = text(23);
    row.ze2020Code = text(24);
    row.ze2020 = text(25);
    row.ze2020Class = text(26);
    row.ze2010Code = text(27);
    row.ze2010 = text(28);
    row.ze2010Population = q.value(29).isNull() ? -1 : q.value(29).toLongLong();
    row.recordIds = text(30);
    row.recordCount = row.recordIds.isEmpty() ? 0 : row.recordIds.count(u';') + 1;
    row.sources = text(31);
    row.cominit = text(32);
    row.inseecom = text(33);
    row.geocod = text(34);
    row.precision = text(35);
    row.inseemetro = text(36);
    row.nomcommetro = text(37);
    row.popcom = text(38);
    row.comclass = text(39);
    row.contact = text(40);
    row.email = text(41);
    row.phone = text(42);
    return true;
}

} // namespace recoupe::exporting
