// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkProgress.h"
#include "match/Matcher.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QProgressDialog;
class QWidget;

namespace recoupe {

// Finds the candidate duplicates of a project in a worker thread (the same MatchRunner as
// `recoupe-cli match`), with a progress dialog and a cancel button, then keeps them in the project.
// A cancelled or failed run leaves the previous candidates in place.
class DuplicateSearch : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool cancelled = false;
        QString error;
        qint64 keptPairs = 0;
        match::MatchStatistics statistics;
    };

    DuplicateSearch(QString projectPath, QWidget* dialogParent);
    ~DuplicateSearch() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel() { m_progress.cancel(); }
    // The figures of an outcome in one sentence for the status bar.
    static QString describe(const Outcome& outcome);

signals:
    void finished(const recoupe::DuplicateSearch::Outcome& outcome);

private:
    QString m_projectPath;
    QPointer<QWidget> m_dialogParent;
    QProgressDialog* m_dialog = nullptr;
    QTimer m_progressTimer;
    QFutureWatcher<Outcome> m_watcher;
    WorkProgress m_progress;
};

} // namespace recoupe
