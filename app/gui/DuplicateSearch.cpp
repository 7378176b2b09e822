// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateSearch.h"

#include "Error.h"
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
        const qint64 total = m_total->load();
        if (m_dialog && total > 0) {
            m_dialog->setMaximum(1000);
            m_dialog->setValue(int(qMin<qint64>(999, m_done->load() * 1000 / total)));
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
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void DuplicateSearch::start()
{
    if (isRunning())
        return;
    m_cancel->store(false);
    m_done->store(0);
    m_total->store(0);
    m_dialog =
        new QProgressDialog(tr("Looking for candidate duplicates…"), tr("Cancel"), 0, 0, m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("matchProgress"));
    m_dialog->setWindowTitle(tr("Candidate duplicates"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_cancel->store(true);
        if (m_dialog)
            m_dialog->setLabelText(tr("Cancelling…"));
    });
    m_progressTimer.start();

    const QString project = m_projectPath;
    auto cancel = m_cancel;
    auto done = m_done;
    auto total = m_total;
    m_watcher.setFuture(QtConcurrent::run([project, cancel, done, total]() -> Outcome {
        Outcome outcome;
        try {
            match::MatchRunner runner(project);
            const match::MatchResult result = runner.run([&](qint64 d, qint64 t) {
                done->store(d);
                total->store(t);
                return !cancel->load();
            });
            if (cancel->load())
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
