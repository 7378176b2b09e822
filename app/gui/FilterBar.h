// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PlaceFilter.h"
#include "store/PlaceQueries.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLineEdit;

namespace recoupe {

// The filter shared by the table and the map: free text, type, région, département, source, and the two
// work lists ("has candidate duplicates", "has problems"). Typing is debounced; other changes apply at once.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    PlaceFilter filter() const;
    void setSources(const QList<SourceSummary>& sources);
    // The métropoles to choose from: (SIREN, name).
    void setMetropoles(const QList<std::pair<QString, QString>>& metropoles);
    void focusText();
    void clear();
    // Ticks "has candidate duplicates" (the filter changes when it was not ticked).
    void setCandidateDuplicates(bool on);
    // Shows this filter (a new window takes over the previous one's); one filterChanged at the end.
    void setFilter(const PlaceFilter& filter);

    // One row when the window is wide enough, two on a narrower screen (1366 pixels): the bar never
    // makes the window wider than the screen.
    QSize minimumSizeHint() const override;
    bool isOneRow() const { return m_oneRow; }

signals:
    void filterChanged(const recoupe::PlaceFilter& filter);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(bool oneRow);
    int oneRowWidth() const;

    void fillDepartements();
    void emitChanged();

    QLineEdit* m_text;
    QComboBox* m_type;
    QComboBox* m_region;
    QComboBox* m_departement;
    QComboBox* m_source;
    QComboBox* m_metropole;
    QComboBox* m_zoneClass;
    QCheckBox* m_duplicates;
    QCheckBox* m_problems;
    QCheckBox* m_suggestion;
    QList<QWidget*> m_secondRow; // the work-list check boxes and Clear
    QHBoxLayout* m_row1 = nullptr;
    QHBoxLayout* m_row2 = nullptr;
    bool m_oneRow = true;
    QTimer m_typing;
    PlaceFilter m_last;
};

} // namespace recoupe
