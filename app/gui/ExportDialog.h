// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkProgress.h"
#include "export/ExportOptions.h"
#include "store/PlaceFilter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace recoupe {

// Fichier ▸ Exporter un instantané: format, layout, public (the default, saying what it leaves out), the
// current filter; the export runs in a worker with progress and cancel. Below, the earlier snapshots and
// the differences between two of them, as a report and as CSV.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(QString projectPath, const PlaceFilter& filter, qint64 filteredPlaces,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Starts the export to the file in the file box (tests and the Export button).
    void startExport();
    void cancelExport();
    bool isRunning() const { return m_watcher.isRunning(); }
    void reject() override;

signals:
    void exported(qint64 snapshotId);

private:
    struct Outcome
    {
        exporting::ExportResult result;
        QString error;
        bool cancelled = false;
    };
    exporting::ExportOptions options() const;
    void browse();
    void updateLeftOut();
    void updateSuggestedName();
    void finished();
    void setRunning(bool running);
    void loadSnapshots();
    void compare();
    void saveDifferences();

    QString m_projectPath;
    PlaceFilter m_filter;
    QComboBox* m_format;
    QComboBox* m_layout;
    QCheckBox* m_public;
    QLabel* m_leftOut;
    QCheckBox* m_useFilter;
    QLineEdit* m_file;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_result;
    QTableWidget* m_snapshots;
    QComboBox* m_from;
    QComboBox* m_to;
    QPlainTextEdit* m_report;
    QPushButton* m_saveDiff;
    WorkProgress m_work;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_timer;
};

} // namespace recoupe
