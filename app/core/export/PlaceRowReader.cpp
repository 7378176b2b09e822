// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/PlaceRowReader.h"

#include "Error.h"
#include "domain/PlaceType.h"
#include "store/RowCursor.h"
#include "store/SqlUtil.h"

#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace recoupe::exporting {

namespace {

bool placeHasColumn(QSqlDatabase& db, const QString& column)
{
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT 1 FROM pragma_table_info('place') WHERE name = ?"), {column});
    return q.next();
}

[[noreturn]] void fail(sqlite3* db)
{
    throw Error(sql::describe(QString::fromUtf8(sqlite3_db_filename(db, "main")),
                              sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db))));
}

std::string_view view(sqlite3_stmt* s, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(s, column))) : std::string_view();
}

// NULL reads as a null QString, as QSqlQuery::value().toString() did.
QString text(sqlite3_stmt* s, int column)
{
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(s, column)) : QString();
}

std::optional<double> number(sqlite3_stmt* s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_NULL
               ? std::nullopt
               : std::optional<double>(sqlite3_column_double(s, column));
}

} // namespace

PlaceRowReader::PlaceRowReader(QSqlDatabase& db, const PlaceFilter& filter, Needs needs)
    : m_db(db), m_filter(filter), m_needs(needs)
{
}

PlaceRowReader::~PlaceRowReader()
{
    sqlite3_finalize(m_statement);
}

qint64 PlaceRowReader::count()
{
    const SqlCondition where = filter::condition(m_db, m_filter);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM place p") + where.clause);
    for (const QVariant& v : where.values)
        q.addBindValue(v);
    sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

void PlaceRowReader::start()
{
    // The geographic units and sources are few (about 2,000 and a handful): looked up here by code, where
    // six joins a place cost SQLite more than the rest of the row.
    {
        QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT layer, code, name, population FROM geo_unit"));
        while (q.next()) {
            const QString layer = q.value(0).toString();
            Units* units = layer == QLatin1String("regions")        ? &m_regions
                           : layer == QLatin1String("departements") ? &m_departements
                           : layer == QLatin1String("epci")         ? &m_epci
                           : layer == QLatin1String("ze2020")       ? &m_ze2020
                           : layer == QLatin1String("ze2010")       ? &m_ze2010
                                                                    : nullptr;
            if (units)
                units->insert_or_assign(
                    q.value(1).toString().toStdString(),
                    Unit{q.value(2).toString(), q.value(3).isNull() ? -1 : q.value(3).toLongLong()});
        }
        QSqlQuery s = sql::exec(m_db, QStringLiteral("SELECT id, name FROM source"));
        while (s.next())
            m_sourceNames.insert(s.value(0).toLongLong(), s.value(1).toString().toUtf8());
    }
    // MERGE POINT (classification): the lead's branch adds place.exclusion_reason; it is read when the
    // column exists, else the column stays empty. This is the only place that needs wiring.
    const QString exclusion = placeHasColumn(m_db, QStringLiteral("exclusion_reason"))
                                  ? QStringLiteral("p.exclusion_reason")
                                  : QStringLiteral("''");
    // The primary record's attributes are picked out of its JSON here (FlatJson), in one pass.
    QList<QStringList> groups;
    if (m_needs.attributes) {
        for (const char* key : {"COMINIT", "INSEECOM", "GEOCOD", "PRECISION", "INSEEMETRO", "NOMCOMMETRO",
                                "POPCOM", "COMCLASS"})
            groups << QStringList{QString::fromLatin1(key)};
    }
    if (m_needs.personal) {
        groups << QStringList{QStringLiteral("CONTACT"), QStringLiteral("contact")}
               << QStringList{QStringLiteral("MAIL"), QStringLiteral("email"), QStringLiteral("mail"),
                              QStringLiteral("e-mail")}
               << QStringList{QStringLiteral("tel"), QStringLiteral("TEL"), QStringLiteral("phone"),
                              QStringLiteral("telephone"), QStringLiteral("téléphone")};
    }
    if (!groups.isEmpty())
        m_attributes.emplace(groups);
    const SqlCondition where = filter::condition(m_db, m_filter);
    const QString statement =
        QStringLiteral(
            "SELECT p.id, p.name, p.address, p.postcode, p.commune, p.website, p.twitter, p.facebook, "
            "p.type, p.lon, p.lat, p.status, p.updated_at, %1, "
            "(SELECT max(a.at) FROM audit_log a WHERE a.entity = 'place' AND a.entity_id = p.id), "
            "g.place_id IS NOT NULL, g.region_code, g.departement_code, g.epci_code, g.metropole_code, "
            "g.ze2020_code, g.ze2020_class, g.ze2010_code, "
            // Each record as "record:source", by record id.
            "(SELECT group_concat(rec, ';') FROM (SELECT pr.raw_record_id || ':' || "
            "coalesce(rr.source_id, '') AS rec FROM place_record pr LEFT JOIN raw_record rr "
            "ON rr.id = pr.raw_record_id WHERE pr.place_id = p.id ORDER BY pr.raw_record_id)), "
            "%2 "
            "FROM place p LEFT JOIN raw_record r ON r.id = p.primary_record_id "
            "LEFT JOIN place_geography g ON g.place_id = p.id")
            .arg(exclusion, m_attributes ? QStringLiteral("r.attributes") : QStringLiteral("NULL")) +
        where.clause + QStringLiteral(" ORDER BY p.id");
    m_handle = sql::sqliteHandle(m_db);
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
        fail(m_handle);
    for (int i = 0; i < int(where.values.size()); ++i)
        sql::bindValue(m_statement, i + 1, where.values.at(i));
}

const PlaceRowReader::Unit* PlaceRowReader::unit(const Units& layer, int column) const
{
    const std::string_view code = view(m_statement, column);
    if (code.data() == nullptr)
        return nullptr;
    const auto it = layer.find(code);
    return it == layer.end() ? nullptr : &it->second;
}

void PlaceRowReader::readRecords(PlaceRow& row, int column) const
{
    // "12:1;15:2" → record ids "12;15", sources: the distinct names, sorted (as SQLite sorts text).
    const std::string_view all = view(m_statement, column);
    row.recordCount = 0;
    QByteArray ids;
    QList<QByteArray> names;
    size_t start = 0;
    while (start < all.size()) {
        size_t end = all.find(';', start);
        if (end == std::string_view::npos)
            end = all.size();
        const std::string_view item = all.substr(start, end - start);
        const size_t colon = item.find(':');
        const std::string_view id = item.substr(0, colon);
        if (row.recordCount++ > 0)
            ids += ';';
        ids.append(id.data(), qsizetype(id.size()));
        if (colon != std::string_view::npos && colon + 1 < item.size()) {
            const QByteArray source(item.data() + colon + 1, qsizetype(item.size() - colon - 1));
            const auto name = m_sourceNames.constFind(source.toLongLong());
            if (name != m_sourceNames.constEnd() && !names.contains(*name))
                names.append(*name);
        }
        start = end + 1;
    }
    std::sort(names.begin(), names.end());
    // A place with no record reads back as null text, as group_concat's NULL did.
    row.recordIds = all.data() ? QString::fromLatin1(ids) : QString();
    row.sources = names.isEmpty() ? QString() : QString::fromUtf8(names.join(','));
}

bool PlaceRowReader::next(PlaceRow& row)
{
    if (!m_started) {
        m_started = true;
        start();
    }
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_DONE)
        return false;
    if (status != SQLITE_ROW)
        fail(m_handle);
    sqlite3_stmt* s = m_statement;
    row.id = sqlite3_column_int64(s, 0);
    row.fields.name = text(s, 1);
    row.fields.address = text(s, 2);
    row.fields.postcode = text(s, 3);
    row.fields.commune = text(s, 4);
    row.fields.website = text(s, 5);
    row.fields.twitter = text(s, 6);
    row.fields.facebook = text(s, 7);
    row.fields.type = PlaceType(sqlite3_column_int(s, 8));
    row.typeKey = placeTypeKey(row.fields.type);
    row.fields.lon = number(s, 9);
    row.fields.lat = number(s, 10);
    row.status = text(s, 11);
    row.updatedAt = text(s, 12);
    row.exclusionReason = text(s, 13);
    row.lastReviewed = text(s, 14);
    row.hasGeography = sqlite3_column_int(s, 15) != 0;
    auto name = [](const Unit* u) { return u ? u->name : QString(); };
    row.regionCode = text(s, 16);
    row.region = name(unit(m_regions, 16));
    row.departementCode = text(s, 17);
    row.departement = name(unit(m_departements, 17));
    row.epciCode = text(s, 18);
    row.epci = name(unit(m_epci, 18));
    row.metropoleCode = text(s, 19);
    row.metropole = name(unit(m_epci, 19));
    row.ze2020Code = text(s, 20);
    row.ze2020 = name(unit(m_ze2020, 20));
    row.ze2020Class = text(s, 21);
    row.ze2010Code = text(s, 22);
    const Unit* ze2010 = unit(m_ze2010, 22);
    row.ze2010 = name(ze2010);
    row.ze2010Population = ze2010 ? ze2010->population : -1;
    readRecords(row, 23);
    std::vector<QString>& v = m_values;
    if (m_attributes)
        m_attributes->read(view(s, 24), v);
    size_t k = 0;
    auto next = [&](bool needed) { return needed ? v[k++] : QString(); };
    row.cominit = next(m_needs.attributes);
    row.inseecom = next(m_needs.attributes);
    row.geocod = next(m_needs.attributes);
    row.precision = next(m_needs.attributes);
    row.inseemetro = next(m_needs.attributes);
    row.nomcommetro = next(m_needs.attributes);
    row.popcom = next(m_needs.attributes);
    row.comclass = next(m_needs.attributes);
    row.contact = next(m_needs.personal);
    row.email = next(m_needs.personal);
    row.phone = next(m_needs.personal);
    return true;
}

} // namespace recoupe::exporting
