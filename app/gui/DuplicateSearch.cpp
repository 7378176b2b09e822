// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateSearch.h"

#include "Error.h"
#include "map/BackgroundPool.h"
#include "match/MatchRunner.h"

#include <QLocale>
#include <QProgressDialog>
#include <QWidget>
#include <QtConcurrent>

namespace recoupe {

DuplicateSearch::DuplicateSearch(QString projectPath, QWidget* dialogParent)
    : QObject(dialogParent), m_projectPath(std::move(projectPath)), m_dialogParent(dialogParent)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        const int permille = m_progress.permille();
        if (m_dialog && permille >= 0) {
            m_dialog->setMaximum(1000);
            m_dialog->setValue(qMin(999, permille)); // 1000 would close it before the candidates are kept
        }
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_progressTimer.stop();
        if (m_dialog) {
            m_dialog->reset();
            m_dialog->deleteLater();
            m_dialog = nullptr;
        }
        emit finished(m_watcher.result());
    });
}

DuplicateSearch::~DuplicateSearch()
{
    m_progress.cancel();
    m_watcher.waitForFinished();
}

void DuplicateSearch::start()
{
    if (isRunning())
        return;
    m_progress.restart();
    m_dialog =
        new QProgressDialog(tr("Looking for candidate duplicates…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("matchProgress"));
    m_dialog->setWindowTitle(tr("Candidate duplicates"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_progress.cancel();
        if (m_dialog)
            m_dialog->setLabelText(tr("Cancelling…"));
    });
    m_progressTimer.start();

    const QString project = m_projectPath;
    const auto progress = m_progress.callback();
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [project, progress]() -> Outcome {
        Outcome outcome;
        try {
            match::MatchRunner runner(project);
            runner.setFreeMatchOnlyFields(true); // only saved: no address or website read afterwards
            const match::MatchResult result = runner.run(progress);
            if (!progress(1000, 1000)) // cancelled at the very end: nothing kept
                throw Cancelled();
            outcome.statistics = result.statistics;
            outcome.keptPairs = runner.save(result);
        } catch (const Cancelled&) {
            outcome.cancelled = true;
        } catch (const Error& e) {
            outcome.error = e.message();
        }
        return outcome;
    }));
}

QString DuplicateSearch::describe(const Outcome& outcome)
{
    if (outcome.cancelled)
        return tr("Search for duplicates cancelled: the previous candidates are kept.");
    if (!outcome.error.isEmpty())
        return tr("Search for duplicates failed: %1").arg(outcome.error);
    const auto& s = outcome.statistics;
    return tr("%Ln candidate pair(s) among %1 records: %2 very likely, %3 to review (%4 s).", nullptr,
              int(outcome.keptPairs))
        .arg(QLocale().toString(s.records), QLocale().toString(s.samePairs),
             QLocale().toString(s.reviewPairs), QLocale().toString(s.seconds, 'f', 1));
}

} // namespace recoupe
