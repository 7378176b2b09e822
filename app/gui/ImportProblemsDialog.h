// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

namespace recoupe {

// File ▸ Import problems: the unusable values of the latest import of each source, whole and wrapped.
class ImportProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    ImportProblemsDialog(QSqlDatabase& db, QWidget* parent = nullptr);
    // How many problems the latest imports have (0: nothing to tell).
    static int count(QSqlDatabase& db);
};

} // namespace recoupe
