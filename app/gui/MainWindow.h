// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

namespace recoupe {

class Store;

// The window agency staff work in: for now the places of the open project in a table.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString& projectPath, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<Store> m_store;
};

} // namespace recoupe
