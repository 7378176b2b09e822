// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/PlaceFilter.h"
#include "store/PlaceQueries.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
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

signals:
    void filterChanged(const recoupe::PlaceFilter& filter);

private:
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
    QTimer m_typing;
    PlaceFilter m_last;
};

} // namespace recoupe
