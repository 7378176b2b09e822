// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "store/ProjectQueries.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QSqlQueryModel>
#include <QStatusBar>
#include <QTableView>

namespace recoupe {

MainWindow::MainWindow(const QString& projectPath, QWidget* parent)
    : QMainWindow(parent), m_store(std::make_unique<Store>(projectPath))
{
    setWindowTitle(tr("Recoupe — %1").arg(QFileInfo(projectPath).fileName()));
    auto* model = new QSqlQueryModel(this);
    model->setQuery(QStringLiteral("SELECT id, name, address, postcode, commune, website FROM place ORDER BY id"),
                    m_store->database());
    auto* table = new QTableView(this);
    table->setObjectName(QStringLiteral("placeTable"));
    table->setModel(model);
    setCentralWidget(table);
    statusBar()->showMessage(tr("%n place(s)", nullptr, int(queries::placeCount(m_store->database()))));
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

} // namespace recoupe
