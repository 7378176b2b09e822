// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/Edit.h"
#include "map/MapScene.h"
#include "review/MergeProposal.h"
#include "store/ReviewQueries.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace recoupe {

class MergeChooser;
class ReviewQueueModel;

// The review panel: the queue of candidate groups of the last search (best first, filtered), one group at
// a time side by side, and the decisions, each with its key: M merge as chosen, Enter merge as proposed,
// D different, U unsure, S skip, J / K next / previous. After an action the next open group opens at
// once. Every action goes through the edit façade (undoable, audited); progress lives in the project.
class ReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(edit::Session& session, QWidget* parent = nullptr);

    ReviewQueueModel* queue() const { return m_queue; }
    // Reads the queue again and opens its first open group (a new search, a project opened).
    void reload();
    // The group shown (0: none) and its places (the proposed kept place first).
    qint64 currentGroup() const { return m_group; }
    QList<qint64> currentPlaces() const { return m_places; }
    MergeChooser* chooser() const { return m_chooser; }
    void setBlind(bool blind);
    void focusQueue();

public slots:
    void mergeChosen();
    void mergeProposed();
    void decideDifferent();
    void decideUnsure();
    void skip();
    void next();
    void previous();
    void splitCurrent();
    void acceptBatch();

signals:
    // A group is shown: select its places and show the links between them (lon/lat, labelled).
    void groupShown(const QList<qint64>& placeIds, const QList<map::CandidateLink>& links);

private:
    void openRow(int row);
    void showGroup();
    void applyFilter();
    void updateCounter();
    void afterAction();
    void decide(Decision decision);
    // The pairs an action applies to: the pair chosen in the pair list (when it has the focus), or all.
    std::vector<queries::ReviewPair> targetPairs() const;
    void onDecisionsChanged();
    void warn(const QString& message);

    edit::Session& m_session;
    ReviewQueueModel* m_queue = nullptr;
    QTreeView* m_queueView = nullptr;
    QComboBox* m_verdict = nullptr;
    QDoubleSpinBox* m_minScore = nullptr;
    QDoubleSpinBox* m_maxScore = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_region = nullptr;
    QCheckBox* m_undecidedOnly = nullptr;
    QCheckBox* m_blind = nullptr;
    QCheckBox* m_attributes = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_throughput = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_explanation = nullptr;
    QTreeWidget* m_pairs = nullptr;
    MergeChooser* m_chooser = nullptr;
    QPushButton* m_split = nullptr;

    int m_row = -1;
    qint64 m_group = 0;
    std::vector<queries::ReviewPair> m_groupPairs;
    QList<qint64> m_places;
    QSet<qint64> m_actedGroups;
    QElapsedTimer m_sitting;
    int m_sittingActions = 0;
    bool m_acting = false;
};

} // namespace recoupe
