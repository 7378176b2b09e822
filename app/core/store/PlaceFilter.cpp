// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/PlaceFilter.h"

#include "geo/AdminCodes.h"
#include "store/SortIndexes.h"
#include "store/TextIndex.h"

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
    for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
        // A word typed joined also finds its parts written apart: "humanlab" finds "Human Lab" (the
        // phrase "human lab"* of two consecutive tokens), "fablab" finds "Fab Lab". Parts of at least two
        // characters; each split is one more phrase of the same FTS5 query, so it stays indexed.
        QStringList forms{QLatin1Char('"') + word + QStringLiteral("\"*")};
        if (word.size() >= 5 && word.size() <= 24)
            for (qsizetype i = 2; i + 2 <= word.size(); ++i)
                forms << QLatin1Char('"') + word.left(i) + QLatin1Char(' ') + word.mid(i) +
                             QStringLiteral("\"*");
        terms << (forms.size() == 1
                      ? forms.first()
                      : QLatin1Char('(') + forms.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    // An explicit AND: FTS5 takes two phrases side by side as both required, but a phrase next to a
    // bracket ("la" ("cantine" OR …)) is a syntax error, which any search of two words, one of them of
    // five letters or more, hit.
    return terms.join(QStringLiteral(" AND "));
}

QString suggestionDiffersCondition()
{
    return QStringLiteral(
        "p.id IN (SELECT s.place_id FROM place_suggestion s JOIN place q ON q.id = s.place_id "
        "WHERE s.type <> q.type OR s.disputed = 1)");
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
    return QStringLiteral(
        "(p.has_problem = 1 OR p.id IN (SELECT place_id FROM place_problem WHERE severity IN "
        "('error', 'warning')))");
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
    // Geography: where the point lies (place_geography, schema 4 → 5), not what the postcode says.
    if (!f.departement.isEmpty()) {
        parts << QStringLiteral("p.id IN (SELECT place_id FROM place_geography WHERE departement_code = ?)");
        values << f.departement;
    } else if (!f.region.isEmpty()) {
        parts << QStringLiteral("p.id IN (SELECT place_id FROM place_geography WHERE region_code = ?)");
        values << f.region;
    }
    if (f.metropole == QLatin1String(PlaceFilter::anyMetropole)) {
        parts << QStringLiteral(
            "p.id IN (SELECT place_id FROM place_geography WHERE metropole_code IS NOT NULL)");
    } else if (!f.metropole.isEmpty()) {
        parts << QStringLiteral("p.id IN (SELECT place_id FROM place_geography WHERE metropole_code = ?)");
        values << f.metropole;
    }
    if (!f.zoneClass.isEmpty()) {
        parts << QStringLiteral("p.id IN (SELECT place_id FROM place_geography WHERE ze2020_class = ?)");
        values << f.zoneClass;
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
    if (f.suggestionDiffers)
        parts << suggestionDiffersCondition();
    // A place absorbed by a merge lives on in the place that absorbed it (its records are there).
    if (!f.includeMerged)
        parts << QStringLiteral("p.status <> 'merged'");
    if (parts.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND ")), values};
}

SqlCondition condition(QSqlDatabase& db, const PlaceFilter& f)
{
    if (!ftsQuery(f.text).isEmpty())
        textIndex::ensureForSearch(db);
    sortIndexes::ensureForFilter(db, f);
    return condition(f);
}

} // namespace filter
} // namespace recoupe
