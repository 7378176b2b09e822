// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace recoupe {

// A row imported with a field left empty because its value could not be used.
struct ImportProblem
{
    qint64 line = 0;
    QString sourceKey;
    QString column;
    QString value;
    QString message;
};

// What an import did, for the person who ran it and for the project's history.
struct ImportReport
{
    QString sourceName;
    QString profileId;
    QString fileName;
    QString layerName;
    QString rowWord; // "line", "row" or "feature": how problems are located
    qint64 importId = 0;
    qint64 rows = 0;
    qint64 added = 0;
    qint64 changed = 0;
    qint64 removed = 0;
    qint64 unchanged = 0;
    QList<ImportProblem> problems;
    QStringList notes; // about the whole file (read as Latin-1, far fewer records than lines...)

    QJsonArray problemsJson() const;
    // The problems, then the notes (at line 0), as the compact JSON array import_run.problems keeps:
    // written out directly, as a QJsonArray of a million-row import's problems was a tenth of its peak
    // memory.
    QByteArray storedProblemsJson() const;
    // A few lines for a terminal or a dialog, translated.
    QString summary() const;
};

} // namespace recoupe
