// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/Edit.h"

#include <QDialog>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace recoupe {

// Batch accept: every undecided group of the last search whose pairs are all "very likely the same" at or
// above a score the curator sets, previewed (how many groups, which places) before anything is merged;
// then merged as proposed in one undo step, audited as one action with its count.
class BatchAcceptDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BatchAcceptDialog(edit::Session& session, QWidget* parent = nullptr);
    int mergedGroups() const { return m_merged; }
    void setMinScore(double score);

private:
    void preview();
    void acceptGroups();

    edit::Session& m_session;
    QDoubleSpinBox* m_score = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_accept = nullptr;
    std::vector<qint64> m_groups;
    int m_merged = 0;
};

} // namespace recoupe
