// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpenProject.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "map/MapPoint.h"
#include "store/PlaceFilter.h"

#include <QFuture>
#include <QList>
#include <QMainWindow>
#include <QUndoStack>
#include <atomic>
#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QNetworkAccessManager;

namespace recoupe {

namespace map {
class MapView;
}

class CandidateList;
class DuplicateSearch;
class FilterBar;
class PlaceTableModel;
class PlaceTableView;
class RecordDetails;
class RecordEditor;
class ReviewPanel;
class Store;

// The window agency staff work in all day, on one project: the map in the middle, the places table below,
// the record editor and the record details on the right (docks, layout remembered), a filter shared by
// table and map, one selection shared by table, map and editor, and an undo stack that lives as long as
// the project is open.
class ClassifyActions;
class SourcesPanel;

class NoticeBar;
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Opens the project (throws Error when it cannot be opened).
    explicit MainWindow(const QString& projectPath, QWidget* parent = nullptr);
    // A window on a project already open (its undo history goes on).
    explicit MainWindow(std::shared_ptr<OpenProject> project, QWidget* parent = nullptr);
    ~MainWindow() override;

    Store& store() { return *m_store; }
    QUndoStack& undoStack() { return m_undo; }
    edit::Notifier& notifier() { return m_notifier; }
    edit::Session& session() { return m_session; }
    PlaceTableModel* placeModel() const { return m_model; }
    QList<qint64> selection() const { return m_selection; }
    // Selects places everywhere (table, map, editor), as if the user had.
    void selectPlaces(const QList<qint64>& ids);
    // The import dialog for this project (opened by File ▸ Import).
    void showImportDialog();
    void showExportDialog();

    // Recent projects, most recent first, kept in the settings.
    static QStringList recentProjects();
    static void addRecentProject(const QString& path);

signals:
    // A search for candidate duplicates has ended (done, cancelled or failed) and its outcome is shown.
    void duplicateSearchFinished();
    // After a change of language, this window gives way to `next`, on the same open project.
    void replacedBy(recoupe::MainWindow* next);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Origin
    {
        Table,
        Map,
        Program
    };

    void createWidgets();
    void createActions();
    void restoreLayout();
    void saveLayout();
    void select(const QList<qint64>& ids, Origin origin, qint64 current = 0);
    void selectTableRows(const QList<qint64>& ids);
    void onTableSelectionChanged();
    void onFilterChanged(const PlaceFilter& filter);
    void onPlacesChanged(const QList<qint64>& ids, edit::FieldMask fields);
    void onProjectChanged();
    void reloadMapPoints();
    void finishImportsInBackground();
    void findDuplicates();
    void updateCounts();
    void openEditor();
    void newProject();
    void openProject();
    void openProjectFile(const QString& path);
    void showAbout();
    void showLicences();
    void setLanguage(const QString& language);

    std::shared_ptr<OpenProject> m_project;
    NoticeBar* m_noticeBar = nullptr;
    Store* m_store;
    QUndoStack& m_undo;
    edit::Notifier& m_notifier;
    edit::Session& m_session;

    PlaceTableModel* m_model = nullptr;
    PlaceTableView* m_table = nullptr;
    QNetworkAccessManager* m_network = nullptr; // deleted after the map
    map::MapView* m_map = nullptr;
    FilterBar* m_filterBar = nullptr;
    RecordEditor* m_editor = nullptr;
    RecordDetails* m_details = nullptr;
    QDockWidget* m_tableDock = nullptr;
    QDockWidget* m_editorDock = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QDockWidget* m_candidatesDock = nullptr;
    CandidateList* m_candidates = nullptr;
    QDockWidget* m_reviewDock = nullptr;
    ReviewPanel* m_review = nullptr;
    ClassifyActions* m_classify = nullptr;
    SourcesPanel* m_sources = nullptr;
    QDockWidget* m_sourcesDock = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QMenu* m_recentMenu = nullptr;

    QList<qint64> m_selection;
    bool m_syncing = false;
    int m_pointsGeneration = 0;
    QList<QFuture<void>> m_workers;
    // Set when the window closes: background work that can stop, stops.
    std::shared_ptr<std::atomic<bool>> m_closing = std::make_shared<std::atomic<bool>>(false);
    DuplicateSearch* m_duplicateSearch = nullptr;
};

} // namespace recoupe
