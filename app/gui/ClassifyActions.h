// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkProgress.h"
#include "domain/PlaceType.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace recoupe {

namespace edit {
struct Session;
}

// The Classify menu: the type of the selected places in one keystroke (Alt+1 coworking, Alt+2 fablab,
// Alt+3 excluded with a reason, Alt+0 unknown), their suggestions accepted in one step (Alt+S), and the
// suggestions computed again in the background. The selection is whatever the window says it is (table,
// map or review panel), so the keys work wherever the focus is.
class ClassifyActions : public QObject
{
    Q_OBJECT
public:
    ClassifyActions(edit::Session& session, std::function<QList<qint64>()> selection, QWidget* window);
    ~ClassifyActions() override;

    // Fills `menu` with the actions.
    void populate(QMenu* menu);
    QList<QAction*> typeActions() const { return m_typeActions; }

    // Asks why places are excluded; false when the curator cancels.
    static bool askExclusion(QWidget* parent, ExclusionReason* reason, QString* note);

    // Sets the type of the places (asking the reason for "excluded"); reports failures by message().
    void classify(const QList<qint64>& placeIds, PlaceType type);
    void acceptSuggestions(const QList<qint64>& placeIds);
    // Computes the suggestions of every place in the background (progress in the status bar, cancel).
    // `announce` false (on opening, after an import): silent unless it fails, so that the status bar keeps
    // what matters more.
    void refreshSuggestions(bool announce = true);
    // Computes them when some places have none (a first start, after an import).
    void refreshSuggestionsIfMissing();
    bool isRefreshing() const { return m_watcher.isRunning(); }
signals:
    void message(const QString& text);
    // The suggestions were computed again: views showing them reload.
    void suggestionsChanged();

private:
    void start(bool announce, bool onlyIfMissing);

    edit::Session& m_session;
    std::function<QList<qint64>()> m_selection;
    QWidget* m_window;
    QList<QAction*> m_typeActions;
    QAction* m_accept = nullptr;
    QAction* m_refresh = nullptr;
    WorkProgress m_progress;
    QFutureWatcher<QString> m_watcher;
    bool m_announce = true;
};

} // namespace recoupe
