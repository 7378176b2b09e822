// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlaceFields.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace recoupe::edit {
struct Session;
}

namespace recoupe::check {

enum class Severity
{
    Info,
    Warning,
    Error
};
QString severityKey(Severity severity); // "info", "warning", "error"

// A fix: new values for fields of the place, applied through the edit façade (undoable, audited).
struct Fix
{
    QList<std::pair<Field, QString>> changes;
    QString description; // what it does, for a person ("website: http://a.fr")
    bool isEmpty() const { return changes.isEmpty(); }
};

// One problem of one place, found in its curated fields or in one of its records as imported.
struct Problem
{
    QString source; // the record's source (the place's primary record when the problem is the place's)
    QString sourceKey;
    qint64 placeId = 0;
    QString code; // see codes()
    Severity severity = Severity::Warning;
    QString message;
    Fix fix;
};

// Every code with its meaning, in the order listed by `check --help` and the Problems filter:
// no_coordinates, outside_france, swapped_coordinates, departement_mismatch, source_departement_mismatch,
// postcode_lost_zero, postcode_placeholder, geocoding_precision_low, geocoding_precision_scale,
// url_invalid, url_glued, url_text_around, email_in_website, social_in_website, handle_malformed,
// handle_wrong_column, same_coordinates, status_in_name, name_empty, name_truncated, mojibake,
// personal_data.
const QStringList& codes();

// Checks every place not merged into another. `progress` (done, total) may cancel by returning false.
// Above `splitAbove` places, outside a transaction, the two halves of the places are read and checked at
// once on two connections (a million places: 2 cores); the problems are the same either way, by place.
std::vector<Problem> run(QSqlDatabase& db, const std::function<bool(qint64, qint64)>& progress = {},
                         qint64 splitAbove = 20000);
// The same for some places only.
std::vector<Problem> runFor(QSqlDatabase& db, const QList<qint64>& placeIds);

// Keeps problems in place_problem (for the "has problems" filter), inside the caller's transaction: every
// place's (after run()), or only those of `placeIds` (after runFor()).
void save(QSqlDatabase& db, const std::vector<Problem>& problems);
void savePlaces(QSqlDatabase& db, const QList<qint64>& placeIds, const std::vector<Problem>& problems);
// Checks the places holding a record of this import and keeps their problems.
void checkImport(QSqlDatabase& db, qint64 importId);
// Checks the places of the imports that left their checks for later (ImportOptions::checkInlineUpTo) and
// keeps their problems. Reads outside a transaction (both cores when they are most of the project), then
// writes in a short one, leaving alone the places changed meanwhile (an edit rechecks its place itself).
// Returns how many imports were checked; `progress` may cancel (nothing is then kept).
int checkPending(QSqlDatabase& db, const std::function<bool(qint64, qint64)>& progress = {});

// Columns of `check --format csv|json` (a contract): source, source_key, place_id, code, severity,
// message, fix.
QStringList columns();
QVariantList row(const Problem& problem);

// Applies the fixes of these problems as one undoable step (a macro of field edits, each audited).
// Returns how many problems were fixed; `error` tells the first failure (then nothing is kept).
int applyFixes(edit::Session& session, const std::vector<Problem>& problems, QString* error = nullptr);

} // namespace recoupe::check
