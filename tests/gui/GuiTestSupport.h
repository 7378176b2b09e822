// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace recoupe::test {

// Settings in Qt's test folders, never the user's; no network for map tiles.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("recoupe-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("recoupe-gui-tests"));
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("map/onlineTiles"), false);
    qputenv("RECOUPE_DEFAULT_PROJECT", QByteArray()); // never the user's default project
}

// A project holding the 1512 places of the CGET 2019 file, imported with its profile.
inline void importCget(const TemporaryProject& project)
{
    auto store = project.open();
    Importer(*store).run(dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                         {QString(), QStringLiteral("cget-2019")});
}

} // namespace recoupe::test
