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
    return QStringLiteral("p.id IN (%1)").arg(candidatePlacesQuery());
}

QString candidatePlacesQuery()
{
    // Kept in step with candidate_pair by queries::replaceCandidates and queries::dropCandidatePair.
    return QStringLiteral("SELECT place_id FROM candidate_place");
}

QString problemsCondition()
{
    // A computed, indexed column of place (schema 2 → 3 gives the rule).
    return QStringLiteral("p.has_problem = 1");
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
    // A place absorbed by a merge lives on in the place that absorbed it (its records are there).
    if (!f.includeMerged)
        parts << QStringLiteral("p.status <> 'merged'");
    if (parts.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND ")), values};
}

} // namespace filter
} // namespace recoupe
