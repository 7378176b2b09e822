// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportReport.h"
#include "import/MappingProfile.h"

#include "WorkProgress.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTemporaryFile;

namespace recoupe {

// File ▸ Import: choose a file, see its first rows as the profile reads them, pick the profile or adjust the
// column mapping, name the source, then import in a worker (its own Store on the project's path) with
// progress and cancel; the import report ends it. Same core as `recoupe-cli import`.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString& projectPath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Selects a file and previews it (also used by tests).
    void setFile(const QString& path);
    // True from the start of an import until its outcome is shown.
    bool isRunning() const { return m_running; }
    const ImportReport& report() const { return m_report; }

public slots:
    void startImport();
    void cancelImport();
    void reject() override;

signals:
    // The project changed: a source was imported.
    void imported(const recoupe::ImportReport& report);

private:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        ImportReport report;
    };

    void browse();
    void preview();
    void fillMapping(const QStringList& columns, const MappingProfile& resolved, bool geometry);
    QString profileForImport();
    void finished();
    void showReport(const ImportReport& report);
    void saveReport();
    void setRunning(bool running);

    QString m_projectPath;
    QLineEdit* m_file;
    QComboBox* m_profile;
    QLineEdit* m_sourceName;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QTableWidget* m_preview;
    QTableWidget* m_mapping;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QProgressBar* m_progress;
    QPushButton* m_start;
    QPushButton* m_cancel;

    MappingProfile m_previewProfile;
    QString m_previewedPath;
    QStringList m_initialMapping;
    bool m_previewOk = false;
    bool m_running = false;
    std::unique_ptr<QTemporaryFile> m_customProfile;
    WorkProgress m_work;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_progressTimer;
    ImportReport m_report;
};

} // namespace recoupe
