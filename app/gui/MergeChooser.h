// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/MergeProposal.h"
#include "store/PlaceQueries.h"

#include <QList>
#include <QTableWidget>

class QButtonGroup;
class QLineEdit;

namespace recoupe {

// The places of a group side by side: one row per curated field (the position is one row), one column per
// place (its source and key in the header), values that differ highlighted; in each row one radio per
// place, pre-selected by the merge rule (see review::proposeMerge), and a last column to type a value.
// Optionally, the records' original attributes below.
class MergeChooser : public QTableWidget
{
    Q_OBJECT
public:
    explicit MergeChooser(QWidget* parent = nullptr);

    // Shows the places of `proposal` (kept first); `records[i]` are the raw records of place i.
    void setProposal(const review::MergeProposal& proposal, const QList<QList<PlaceRecord>>& records);
    void clearProposal();
    void setShowAttributes(bool show);
    bool hasProposal() const { return m_hasProposal; }

    // The merge as chosen (the proposal with the curator's choices); `error` says what typed value is wrong.
    std::optional<MergePlan> chosenPlan(QString* error) const;
    const review::MergeProposal& proposal() const { return m_proposal; }

private:
    struct Row
    {
        QList<Field> fields; // one, or lon and lat for the position
        QButtonGroup* buttons = nullptr;
        QLineEdit* manual = nullptr;
    };
    void rebuild();
    static QString valueText(Field field, const QVariant& value);

    review::MergeProposal m_proposal;
    QList<QList<PlaceRecord>> m_records;
    QList<Row> m_rows;
    bool m_showAttributes = false;
    bool m_hasProposal = false;
};

} // namespace recoupe
