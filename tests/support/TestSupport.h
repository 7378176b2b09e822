// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PairKey.h"

#include <optional>

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace recoupe {
class Store;
}

namespace recoupe::test {

// Path of a fixture under tests/data ("cget/CGET_TiersLieux_2019.csv").
QString dataPath(const QString& relative);

// A project file in a fresh temporary folder, removed with the object.
class TemporaryProject
{
public:
    TemporaryProject();
    QString path() const;
    QString folder() const { return m_dir.path(); }
    // Opens (and creates) the project.
    std::unique_ptr<Store> open() const;

private:
    QTemporaryDir m_dir;
};

// Writes the CGET file's rows `copies` times under new IDs (1, 2, ...), one name in ten changed when
// `changed`: a large import of real rows, or a re-import of it. Fails the test if a file cannot be used.
void writeCgetCopies(const QString& path, int copies, bool changed = false);

// Counts rows of a table (for assertions on what changed).
qint64 rowCount(Store& store, const QString& table, const QString& where = QString());
// Decides (or, with no decision, forgets) a pair through the edit façade, as the CLI does; throws Error.
void decide(Store& store, const PairKey& pair, std::optional<Decision> decision,
            const QString& note = QString());

} // namespace recoupe::test
