// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableWidget;

namespace recoupe {

class Store;

// The latest entries of the project's audit log, newest first: when, who, what, on which place, which
// field, the old and new values. Beside the undo list (which says only what each step was), so that the
// history a curator reads has the values, the time and the user.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(Store& store, QWidget* parent = nullptr);
    static constexpr int Shown = 300;

public slots:
    void reload();

private:
    Store& m_store;
    QTableWidget* m_table;
};

} // namespace recoupe
