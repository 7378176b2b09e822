// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PlaceFilter.h"

#include "geo/AdminCodes.h"

#include <QRegularExpression>
#include <QStringList>

namespace recoupe {

bool PlaceFilter::isEmpty() const
{
    return *this == PlaceFilter();
}

namespace filter {

QString ftsQuery(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString candidateDuplicatesCondition()
{
    return QStringLiteral("p.id IN (SELECT place_id FROM place_record GROUP BY place_id HAVING count(*) >= 2)");
}

QString problemsCondition()
{
    // Boxes: mainland and Corsica, Guadeloupe, Martinique, Guyane, Réunion, Mayotte, Saint-Pierre-et-Miquelon,
    // Saint-Martin/Saint-Barthélemy, Polynésie, Nouvelle-Calédonie, Wallis-et-Futuna.
    static const QString inside = QStringLiteral(
        "(p.lon BETWEEN -5.8 AND 10.0 AND p.lat BETWEEN 41.2 AND 51.3) OR "
        "(p.lon BETWEEN -62.0 AND -60.7 AND p.lat BETWEEN 15.7 AND 16.6) OR "
        "(p.lon BETWEEN -61.3 AND -60.7 AND p.lat BETWEEN 14.3 AND 15.0) OR "
        "(p.lon BETWEEN -54.7 AND -51.5 AND p.lat BETWEEN 2.0 AND 6.0) OR "
        "(p.lon BETWEEN 55.1 AND 55.9 AND p.lat BETWEEN -21.5 AND -20.8) OR "
        "(p.lon BETWEEN 44.9 AND 45.4 AND p.lat BETWEEN -13.1 AND -12.5) OR "
        "(p.lon BETWEEN -56.5 AND -56.0 AND p.lat BETWEEN 46.7 AND 47.2) OR "
        "(p.lon BETWEEN -63.2 AND -62.7 AND p.lat BETWEEN 17.8 AND 18.2) OR "
        "(p.lon BETWEEN -155.0 AND -134.0 AND p.lat BETWEEN -28.0 AND -7.0) OR "
        "(p.lon BETWEEN 163.5 AND 168.5 AND p.lat BETWEEN -23.0 AND -19.5) OR "
        "(p.lon BETWEEN -178.5 AND -175.9 AND p.lat BETWEEN -14.5 AND -13.0)");
    return QStringLiteral("(p.lon IS NULL OR p.lat IS NULL OR p.postcode = '' OR p.name = '' OR NOT (%1))")
        .arg(inside);
}

SqlCondition condition(const PlaceFilter& f)
{
    QStringList parts;
    QVariantList values;
    const QString fts = ftsQuery(f.text);
    if (!fts.isEmpty()) {
        parts << QStringLiteral("p.id IN (SELECT rowid FROM place_fts WHERE place_fts MATCH ?)");
        values << fts;
    }
    if (f.type) {
        parts << QStringLiteral("p.type = ?");
        values << int(*f.type);
    }
    QStringList departements;
    if (!f.departement.isEmpty())
        departements << f.departement;
    else if (!f.region.isEmpty())
        departements = geo::departementsOfRegion(f.region);
    if (!departements.isEmpty()) {
        QStringList ranges;
        for (const QString& code : std::as_const(departements)) {
            for (const geo::PostcodeRange& r : geo::postcodeRanges(code)) {
                ranges << QStringLiteral("(p.postcode >= ? AND p.postcode < ?)");
                values << r.low << r.high;
            }
        }
        parts << QLatin1Char('(') + ranges.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (f.sourceId > 0) {
        parts << QStringLiteral("p.id IN (SELECT pr.place_id FROM place_record pr JOIN raw_record r "
                                "ON r.id = pr.raw_record_id WHERE r.source_id = ?)");
        values << f.sourceId;
    }
    if (f.candidateDuplicates)
        parts << candidateDuplicatesCondition();
    if (f.problems)
        parts << problemsCondition();
    if (parts.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND ")), values};
}

} // namespace filter
} // namespace recoupe
