// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/TileSourceSettings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace recoupe {

// View ▸ Map tile server: the URL template, attribution and deepest zoom of the online tiles, kept in the
// settings (key map/tileSource, JSON). OpenStreetMap unless changed.
class TileSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TileSourceDialog(const map::TileSourceSettings& current, QWidget* parent = nullptr);
    map::TileSourceSettings source() const;

    // The source in the settings, or OpenStreetMap when none (or an invalid one) is set.
    static map::TileSourceSettings fromSettings();
    static void saveToSettings(const map::TileSourceSettings& source);

private:
    void show(const map::TileSourceSettings& source);
    void check();

    QLineEdit* m_url;
    QLineEdit* m_attribution;
    QSpinBox* m_maxZoom;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace recoupe
