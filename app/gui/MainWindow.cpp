// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "NoticeBar.h"
#include "map/BackgroundPool.h"

#include "AuditView.h"
#include "CandidateList.h"
#include "ClassifyActions.h"
#include "DuplicateSearch.h"
#include "Error.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "GuideDialog.h"
#include "ImportDialog.h"
#include "ImportProblemsDialog.h"
#include "NoticeBar.h"
#include "PlaceTableModel.h"
#include "PlaceTableView.h"
#include "ProblemsPanel.h"
#include "RecordDetails.h"
#include "RecordEditor.h"
#include "ReviewPanel.h"
#include "SourcesPanel.h"
#include "TileSourceDialog.h"
#include "check/Checker.h"
#include "i18n/Translations.h"
#include "map/MapView.h"
#include "store/CandidateQueries.h"
#include "store/GeographyStore.h"
#include "store/PlaceQueries.h"
#include "store/SortIndexes.h"
#include "store/Store.h"
#include "store/TextIndex.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace recoupe {

namespace {

constexpr int maxRecentProjects = 8;
// Beyond this many places, a selection made elsewhere is not mirrored row by row in the table.
constexpr int maxMirroredRows = 500;
// Beyond this many rows, a table selection is passed on truncated (Ctrl+A on a million places).
constexpr int maxSelectedRows = 20000;
constexpr double maxSelectionZoom = 14.0;

// Links drawn between candidate duplicates at most (the best scores first), and their longest: pairs
// farther apart (branches of one network sharing a website) would cross the country and hide the map.
constexpr qsizetype maxCandidateLinks = 20000;
constexpr double maxCandidateLinkMetres = 50000;

struct MapData
{
    std::vector<map::MapPoint> points;
    QList<map::CandidateLink> links;
};

MapData loadMapData(const QString& path, const PlaceFilter& filter)
{
    MapData result;
    try {
        Store store(path); // this worker's own connection
        const std::vector<PlacePoint> points = placeQueries::points(store.database(), filter);
        result.points.reserve(points.size());
        for (const PlacePoint& p : points) {
            map::MapPoint m;
            m.id = p.id;
            m.lon = p.lon;
            m.lat = p.lat;
            m.kind = quint8(p.type);
            m.hasCandidates = p.hasCandidates;
            result.points.push_back(m);
        }
        for (const auto& [from, to] :
             queries::candidateLinks(store.database(), filter, maxCandidateLinkMetres, maxCandidateLinks))
            result.links.append(map::CandidateLink{from, to});
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
    }
    return result;
}

} // namespace

MainWindow::MainWindow(const QString& projectPath, QWidget* parent)
    : MainWindow(std::make_shared<OpenProject>(projectPath), parent)
{
}

MainWindow::MainWindow(std::shared_ptr<OpenProject> project, QWidget* parent)
    : QMainWindow(parent), m_project(std::move(project)), m_store(m_project->store.get()),
      m_undo(m_project->undo), m_notifier(m_project->notifier), m_session(m_project->session)
{
    const QString projectPath = m_store->path();
    setObjectName(QStringLiteral("mainWindow"));
    // The application's display name ("Recoupe") is added by Qt after the file name.
    setWindowTitle(QFileInfo(projectPath).fileName());
    m_undo.setObjectName(QStringLiteral("undoStack"));
    addRecentProject(projectPath);
    createWidgets();
    createActions();
    restoreLayout();
    m_noticeBar->setNotices(m_project->notices());
    if (m_project->readOnly())
        setWindowTitle(tr("%1 (read-only)").arg(QFileInfo(projectPath).fileName()));
    else {
        m_classify->refreshSuggestionsIfMissing(); // suggestions are written to the project
        finishImportsInBackground();
    }
    // The import of a first start (the bundled CGET file) has unusable values: say so, and where to read.
    if (const int problems = ImportProblemsDialog::count(m_store->database()); problems > 0)
        statusBar()->showMessage(tr("The latest imports found %n value(s) they could not use: File ▸ Import "
                                    "problems.",
                                    nullptr, problems),
                                 30000);

    connect(&m_notifier, &edit::Notifier::placesChanged, this, &MainWindow::onPlacesChanged);
    connect(&m_notifier, &edit::Notifier::projectChanged, this, &MainWindow::onProjectChanged);
    // A merge or a split changes which places are listed: everything follows, the kept place selected.
    connect(&m_notifier, &edit::Notifier::placesMerged, this, [this](qint64 kept, const QList<qint64>&) {
        onProjectChanged();
        select({kept}, Origin::Program, kept);
    });
    connect(&m_notifier, &edit::Notifier::placeSplit, this,
            [this](qint64 kept, const QList<qint64>& restored) {
                onProjectChanged();
                select(QList<qint64>{kept} + restored, Origin::Program, kept);
            });
    connect(&m_notifier, &edit::Notifier::decisionsChanged, this, [this] {
        m_candidates->setPlace(m_candidates->placeId());
        reloadMapPoints();
    });
    connect(&m_notifier, &edit::Notifier::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Recoupe"), message); });
    updateCounts();
    reloadMapPoints();
}

MainWindow::~MainWindow()
{
    // Child widgets outlive the members: the editor must not write to the closing project when its
    // field loses the focus as the window goes.
    m_editor->setPlace(0);
    m_editor->blockSignals(true);
    delete m_duplicateSearch; // cancels and waits for a running search
    // The docks hide as the window goes, and their handlers would reach the deleted map.
    m_reviewDock->disconnect(this);
    m_review->disconnect(this);
    delete m_map;
    delete m_network;
    *m_closing = true; // background checks stop at once (they stay pending)
    for (auto& f : m_workers)
        f.waitForFinished();
}

void MainWindow::createWidgets()
{
    // The network outlives the map: MapView's tile loader aborts its requests when it goes (and a network
    // made by MapView itself would be deleted before its loader).
    m_network = new QNetworkAccessManager;
    m_map = new map::MapView(m_network, this);
    m_map->setTileCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                 QStringLiteral("/tiles"));
    m_map->setObjectName(QStringLiteral("mapView"));
    m_map->setTileSource(TileSourceDialog::fromSettings());
    // The notices of the opening (a migration, read-only, open elsewhere) stand above the map.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_noticeBar = new NoticeBar(central);
    centralLayout->addWidget(m_noticeBar);
    centralLayout->addWidget(m_map, 1);
    setCentralWidget(central);

    m_model = new PlaceTableModel(*m_store, this);
    m_model->setObjectName(QStringLiteral("placeModel"));
    m_table = new PlaceTableView(this);
    m_table->setModel(m_model);
    m_table->sortByColumn(int(PlaceColumn::Name), Qt::AscendingOrder);
    m_table->setColumnHidden(int(PlaceColumn::Id), true);
    m_table->setColumnHidden(int(PlaceColumn::Status), true);
    m_table->horizontalHeader()->resizeSection(int(PlaceColumn::Name), 260);
    m_table->horizontalHeader()->resizeSection(int(PlaceColumn::Address), 260);
    m_table->horizontalHeader()->resizeSection(int(PlaceColumn::Commune), 160);

    m_tableDock = new QDockWidget(tr("Places"), this);
    m_tableDock->setObjectName(QStringLiteral("tableDock"));
    m_tableDock->setWidget(m_table);
    addDockWidget(Qt::BottomDockWidgetArea, m_tableDock);

    m_editor = new RecordEditor(m_session, this);
    m_editorDock = new QDockWidget(tr("Place"), this);
    m_editorDock->setObjectName(QStringLiteral("editorDock"));
    m_editorDock->setWidget(m_editor);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);

    m_details = new RecordDetails(*m_store, this);
    m_detailsDock = new QDockWidget(tr("Records"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_candidates = new CandidateList(*m_store, this);
    m_candidatesDock = new QDockWidget(tr("Candidate duplicates"), this);
    m_candidatesDock->setObjectName(QStringLiteral("candidatesDock"));
    m_candidatesDock->setWidget(m_candidates);
    addDockWidget(Qt::RightDockWidgetArea, m_candidatesDock);
    connect(m_candidates, &CandidateList::pairActivated, this, [this](qint64 place, qint64 other) {
        select({place, other}, Origin::Program, place);
        m_map->zoomToSelection();
    });

    m_review = new ReviewPanel(m_session, this);
    m_reviewDock = new QDockWidget(tr("Review duplicates"), this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setWidget(m_review);
    addDockWidget(Qt::LeftDockWidgetArea, m_reviewDock);
    m_reviewDock->hide();
    connect(m_review, &ReviewPanel::groupShown, this,
            [this](const QList<qint64>& places, const QList<map::CandidateLink>& links) {
                if (!m_reviewDock->isVisible())
                    return;
                m_map->setReviewLinks(links);
                if (places.isEmpty())
                    return;
                select(places, Origin::Program, places.first());
                m_map->zoomToSelection();
            });
    connect(m_reviewDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            m_map->setReviewLinks({});
    });

    auto* history = new QUndoView(&m_undo, this);
    history->setObjectName(QStringLiteral("historyView"));
    history->setEmptyLabel(tr("<project opened>"));
    // The undo steps above (click one to go back to it), the audit log's entries with their values, time
    // and user below.
    auto* audit = new AuditView(*m_store, this);
    connect(&m_undo, &QUndoStack::indexChanged, audit, &AuditView::reload);
    connect(&m_notifier, &edit::Notifier::projectChanged, audit, &AuditView::reload);
    auto* historySplit = new QSplitter(Qt::Vertical, this);
    historySplit->addWidget(history);
    historySplit->addWidget(audit);
    historySplit->setStretchFactor(1, 2);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(historySplit);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_detailsDock, m_candidatesDock);
    tabifyDockWidget(m_detailsDock, m_historyDock);
    // The checker's problems (filled by its Check button), beside the places table.
    // Quality per source, tabbed with the record details.
    m_sources = new SourcesPanel(m_session, this);
    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourcesDock->setWidget(m_sources);
    addDockWidget(Qt::RightDockWidgetArea, m_sourcesDock);
    tabifyDockWidget(m_detailsDock, m_sourcesDock);
    connect(&m_notifier, &edit::Notifier::projectChanged, m_sources, &SourcesPanel::reload);
    connect(m_sources, &SourcesPanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_sources, &SourcesPanel::geographyRecomputed, this, [this] {
        // Written outside the undo stack by another connection: the steps before it could no longer be
        // undone exactly, so the stack starts again (the audit log keeps every step).
        m_undo.clear();
        emit m_notifier.projectChanged();
    });
    auto* problems = new ProblemsPanel(m_session, this);
    auto* problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    tabifyDockWidget(m_tableDock, problemsDock);
    m_tableDock->raise();
    connect(problems, &ProblemsPanel::placeActivated, this, [this](qint64 id) { selectPlaces({id}); });
    // The list follows every edit, fix, merge and split, and their undo: a solved problem leaves it.
    connect(&m_notifier, &edit::Notifier::placesChanged, problems,
            [problems](const QList<qint64>& ids, edit::FieldMask) { problems->recheckPlaces(ids); });
    connect(&m_notifier, &edit::Notifier::placesMerged, problems,
            [problems](qint64 kept, const QList<qint64>& others) {
                problems->recheckPlaces(QList<qint64>{kept} + others);
            });
    connect(&m_notifier, &edit::Notifier::placeSplit, problems,
            [problems](qint64 kept, const QList<qint64>& others) {
                problems->recheckPlaces(QList<qint64>{kept} + others);
            });
    connect(problems, &ProblemsPanel::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_detailsDock->raise();
    m_historyDock->hide();
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_tableDock}, {320}, Qt::Vertical);
    resizeDocks({m_editorDock}, {420}, Qt::Horizontal);

    m_filterBar = new FilterBar(this);
    try {
        m_filterBar->setSources(placeQueries::sources(m_store->database()));
        m_filterBar->setMetropoles(geography::metropoles(m_store->database()));
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
    }

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("statusCount"));
    m_cursorLabel = new QLabel(this);
    m_cursorLabel->setObjectName(QStringLiteral("statusCursor"));
    m_cursorLabel->setMinimumWidth(
        m_cursorLabel->fontMetrics().horizontalAdvance(QStringLiteral("-00.00000, -00.00000 ")));
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onTableSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (m_syncing || !index.isValid())
                    return;
                const qint64 id = m_model->placeId(index.row());
                if (id > 0 && m_selection.contains(id) && m_editor->placeId() != id) {
                    m_editor->setPlace(id);
                    m_details->setPlace(id);
                    m_candidates->setPlace(id);
                }
            });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] { selectTableRows(m_selection); });
    connect(m_model, &PlaceTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_table, &PlaceTableView::activatedForEditing, this, &MainWindow::openEditor);
    connect(m_map, &map::MapView::selectionChanged, this, [this](const QList<qint64>& ids) {
        select(ids, Origin::Map);
        // A rectangle (Shift+drag) may catch many: say how many.
        if (ids.size() > 1)
            statusBar()->showMessage(tr("%n place(s) selected", nullptr, int(ids.size())), 8000);
    });
    connect(m_map, &map::MapView::pointMoveRequested, this, [this](qint64 id, double lon, double lat) {
        QString error;
        if (!edit::movePlace(m_session, id, lon, lat, &error))
            statusBar()->showMessage(error, 5000);
    });
    connect(m_map, &map::MapView::cursorPositionChanged, this, [this](double lon, double lat) {
        m_cursorLabel->setText(
            QStringLiteral("%1, %2").arg(QLocale().toString(lon, 'f', 5), QLocale().toString(lat, 'f', 5)));
    });
    connect(m_editor, &RecordEditor::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });

    m_duplicateSearch = new DuplicateSearch(m_store->path(), this);
    connect(m_duplicateSearch, &DuplicateSearch::finished, this,
            [this](const DuplicateSearch::Outcome& outcome) {
                statusBar()->showMessage(DuplicateSearch::describe(outcome), 15000);
                if (!outcome.error.isEmpty())
                    QMessageBox::warning(this, tr("Recoupe"), DuplicateSearch::describe(outcome));
                if (!outcome.cancelled && outcome.error.isEmpty()) {
                    emit m_notifier.projectChanged();
                    emit m_notifier.candidatesChanged();
                }
                emit duplicateSearchFinished();
            });
}

void MainWindow::createActions()
{
    auto makeAction = [this](const QString& name, const QString& text, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };

    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newProject = makeAction(QStringLiteral("actionNew"), tr("&New project…"), QKeySequence::New);
    connect(newProject, &QAction::triggered, this, &MainWindow::newProject);
    QAction* open = makeAction(QStringLiteral("actionOpen"), tr("&Open project…"), QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openProject);
    m_recentMenu = new QMenu(tr("Open &recent"), this);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        for (const QString& path : recentProjects()) {
            QAction* a = m_recentMenu->addAction(QFileInfo(path).fileName());
            a->setToolTip(path);
            a->setStatusTip(path);
            connect(a, &QAction::triggered, this, [this, path] { openProjectFile(path); });
        }
        if (m_recentMenu->isEmpty())
            m_recentMenu->addAction(tr("No recent project"))->setEnabled(false);
    });
    QAction* import =
        makeAction(QStringLiteral("actionImport"), tr("&Import a source…"), QKeySequence(tr("Ctrl+I")));
    import->setToolTip(tr("Import a source file into this project (Ctrl+I)"));
    connect(import, &QAction::triggered, this, &MainWindow::showImportDialog);
    QAction* exportSnapshot = makeAction(QStringLiteral("actionExportSnapshot"), tr("&Export a snapshot…"),
                                         QKeySequence(tr("Ctrl+Shift+S")));
    exportSnapshot->setToolTip(
        tr("Write the places shown to a dated file for publication, with its metadata, "
           "and compare snapshots (Ctrl+Shift+S)"));
    connect(exportSnapshot, &QAction::triggered, this, &MainWindow::showExportDialog);
    QAction* quit = makeAction(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(newProject);
    file->addAction(open);
    file->addMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(import);
    QAction* importProblems = makeAction(QStringLiteral("actionImportProblems"), tr("Import &problems…"));
    importProblems->setStatusTip(tr("The values the latest import of each source could not use"));
    connect(importProblems, &QAction::triggered, this, [this] {
        auto* dialog = new ImportProblemsDialog(m_store->database(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addAction(importProblems);
    file->addAction(exportSnapshot);
    file->addSeparator();
    file->addAction(quit);

    // Edit
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    QAction* historyAction = m_historyDock->toggleViewAction();
    historyAction->setObjectName(QStringLiteral("actionHistory"));
    historyAction->setText(tr("&History"));
    historyAction->setShortcut(QKeySequence(tr("Ctrl+H")));
    // Tabbed behind the record details: showing it must also bring it to the front.
    connect(historyAction, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_historyDock->raise();
    });
    QAction* editPlace =
        makeAction(QStringLiteral("actionEdit"), tr("&Edit the place"), QKeySequence(Qt::Key_F2));
    connect(editPlace, &QAction::triggered, this, &MainWindow::openEditor);
    QAction* copy = makeAction(QStringLiteral("actionCopyRows"), tr("&Copy selected rows as CSV"));
    copy->setToolTip(tr("Ctrl+C in the table"));
    connect(copy, &QAction::triggered, this, [this] { m_table->copySelectedRows(); });
    QAction* findAction = makeAction(QStringLiteral("actionFind"), tr("&Filter…"), QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] { m_filterBar->focusText(); });
    QAction* clearFilter = makeAction(QStringLiteral("actionClearFilter"), tr("Show &all places"),
                                      QKeySequence(tr("Ctrl+Shift+F")));
    connect(clearFilter, &QAction::triggered, this, [this] { m_filterBar->clear(); });
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addAction(historyAction);
    editMenu->addSeparator();
    editMenu->addAction(editPlace);
    editMenu->addAction(copy);
    editMenu->addSeparator();
    QAction* geographyAction =
        makeAction(QStringLiteral("actionRecomputeGeography"), tr("Recompute the &geography…"));
    geographyAction->setStatusTip(
        tr("Compute the région, département, EPCI, métropole and zones d'emploi of every "
           "place again from the bundled layers"));
    connect(geographyAction, &QAction::triggered, this, [this] {
        if (QMessageBox::question(
                this, tr("Recompute the geography"),
                tr("Compute the geography of every place again, in the background? The undo "
                   "history starts again afterwards (the audit log keeps every step).")) == QMessageBox::Yes)
            m_sources->recomputeGeography();
    });
    editMenu->addAction(geographyAction);
    editMenu->addSeparator();
    editMenu->addAction(findAction);
    editMenu->addAction(clearFilter);

    // View
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomSelection = makeAction(QStringLiteral("actionZoomToSelection"), tr("&Zoom to selection"),
                                        QKeySequence(tr("Ctrl+E")));
    connect(zoomSelection, &QAction::triggered, this, [this] {
        m_map->zoomToSelection();
        // One place alone: its street, not its doorstep (offline, deeper levels show nothing around it).
        map::Viewport viewport = m_map->viewport();
        if (viewport.zoom() > maxSelectionZoom) {
            viewport.setZoom(maxSelectionZoom);
            m_map->setViewport(viewport);
        }
    });
    QAction* zoomAll = makeAction(QStringLiteral("actionZoomToAll"), tr("Zoom to &all places"),
                                  QKeySequence(tr("Ctrl+Shift+E")));
    connect(zoomAll, &QAction::triggered, this, [this] { m_map->zoomToAll(); });
    QAction* moveMode = makeAction(QStringLiteral("actionMoveMode"), tr("&Move places on the map"),
                                   QKeySequence(tr("Ctrl+M")));
    moveMode->setCheckable(true);
    moveMode->setToolTip(tr("Drag a selected place to move it (or Alt+drag at any time)"));
    connect(moveMode, &QAction::toggled, this, [this](bool on) { m_map->setMoveMode(on); });
    QAction* tiles = makeAction(QStringLiteral("actionOnlineTiles"), tr("&Online map tiles"));
    tiles->setCheckable(true);
    tiles->setToolTip(tr("OpenStreetMap tiles under the places; the bundled boundaries are always drawn"));
    tiles->setChecked(QSettings().value(QStringLiteral("map/onlineTiles"), true).toBool());
    m_map->setOnlineTilesEnabled(tiles->isChecked());
    connect(tiles, &QAction::toggled, this, [this](bool on) {
        m_map->setOnlineTilesEnabled(on);
        QSettings().setValue(QStringLiteral("map/onlineTiles"), on);
    });
    QAction* tileServer = makeAction(QStringLiteral("actionTileServer"), tr("Map tile &server…"));
    connect(tileServer, &QAction::triggered, this, [this] {
        TileSourceDialog dialog(TileSourceDialog::fromSettings(), this);
        if (dialog.exec() == QDialog::Accepted) {
            TileSourceDialog::saveToSettings(dialog.source());
            m_map->setTileSource(dialog.source());
        }
    });
    QAction* focusTable =
        makeAction(QStringLiteral("actionFocusTable"), tr("Go to the &table"), QKeySequence(tr("Ctrl+1")));
    connect(focusTable, &QAction::triggered, this, [this] {
        m_tableDock->show();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    QAction* focusMap =
        makeAction(QStringLiteral("actionFocusMap"), tr("Go to the &map"), QKeySequence(tr("Ctrl+2")));
    connect(focusMap, &QAction::triggered, this, [this] { m_map->setFocus(Qt::ShortcutFocusReason); });
    QAction* focusCandidates = makeAction(QStringLiteral("actionFocusCandidates"),
                                          tr("Go to the &candidate duplicates"), QKeySequence(tr("Ctrl+3")));
    connect(focusCandidates, &QAction::triggered, this, [this] {
        m_candidatesDock->show();
        m_candidatesDock->raise();
        m_candidates->focusList();
    });
    view->addAction(zoomSelection);
    view->addAction(zoomAll);
    view->addAction(moveMode);
    view->addAction(tiles);
    view->addAction(tileServer);
    view->addSeparator();
    view->addAction(focusTable);
    view->addAction(focusMap);
    view->addAction(focusCandidates);
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    for (QDockWidget* dock : {m_tableDock, m_editorDock, m_detailsDock, m_candidatesDock, m_reviewDock,
                              m_historyDock, m_sourcesDock})
        panels->addAction(dock->toggleViewAction());
    QMenu* language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> choices{{QString(), tr("Follow the system")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")},
                                                 {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : choices) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    // Duplicates
    QMenu* duplicates = menuBar()->addMenu(tr("&Duplicates"));
    QAction* findDuplicatesAction = makeAction(QStringLiteral("actionFindDuplicates"),
                                               tr("&Find candidate duplicates"), QKeySequence(tr("Ctrl+D")));
    findDuplicatesAction->setStatusTip(tr("Compare every record of the project, within and across sources, "
                                          "and mark the places that may be the same"));
    connect(findDuplicatesAction, &QAction::triggered, this, &MainWindow::findDuplicates);
    QAction* showDuplicates =
        makeAction(QStringLiteral("actionShowDuplicates"), tr("&Show places with candidate duplicates"),
                   QKeySequence(tr("Ctrl+Shift+D")));
    connect(showDuplicates, &QAction::triggered, this, [this] { m_filterBar->setCandidateDuplicates(true); });
    QAction* review = makeAction(QStringLiteral("actionReview"), tr("&Review candidate duplicates"),
                                 QKeySequence(tr("Ctrl+R")));
    review->setStatusTip(tr("Decide the candidate groups of the last search one by one, and merge them"));
    connect(review, &QAction::triggered, this, [this] {
        if (!m_reviewDock->isVisible() && !m_reviewDock->isFloating())
            resizeDocks({m_reviewDock}, {int(width() * 0.42)},
                        Qt::Horizontal); // room for the places side by side
        m_reviewDock->show();
        m_reviewDock->raise();
        m_review->focusQueue();
        m_review->reload();
    });
    QAction* batchAccept = makeAction(QStringLiteral("actionBatchAccept"), tr("&Accept merges in batch…"));
    connect(batchAccept, &QAction::triggered, m_review, &ReviewPanel::acceptBatch);
    duplicates->addAction(findDuplicatesAction);
    duplicates->addAction(showDuplicates);
    duplicates->addSeparator();
    duplicates->addAction(review);
    duplicates->addAction(batchAccept);

    // Classify: the selection's type in one keystroke, wherever the focus is (table, map, review panel).
    m_classify = new ClassifyActions(
        m_session,
        [this] {
            // In the review panel the keys classify the group shown; elsewhere the shared selection.
            if (m_review->isVisible() && m_review->isAncestorOf(QApplication::focusWidget()) &&
                !m_review->currentPlaces().isEmpty())
                return m_review->currentPlaces();
            return m_selection;
        },
        this);
    connect(m_classify, &ClassifyActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_classify, &ClassifyActions::suggestionsChanged, this, [this] {
        if (m_filterBar->filter().suggestionDiffers)
            m_model->refresh();
        m_editor->reload();
    });
    m_classify->populate(menuBar()->addMenu(tr("C&lassify")));

    // Help
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = makeAction(QStringLiteral("actionAbout"), tr("&About Recoupe"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* licences = makeAction(QStringLiteral("actionLicences"), tr("Data &licences and attributions"));
    connect(licences, &QAction::triggered, this, &MainWindow::showLicences);
    // The guide's title is its first heading, translated with the guide itself (README.md).
    QAction* guide =
        makeAction(QStringLiteral("actionGuide"),
                   QLatin1Char('&') + GuideDialog::title().replace(QLatin1Char('&'), QLatin1String("&&")),
                   QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { GuideDialog::showFor(this); });
    help->addAction(guide);
    help->addSeparator();
    help->addAction(about);
    help->addAction(licences);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Tool bars: the frequent actions, then the filter on its own line.
    QToolBar* tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(import);
    tools->addSeparator();
    // Short fixed texts in the tool bar, the command's name in the tooltip: the menu's "Undo Rename …"
    // would widen the bar with every edit.
    for (QAction* full : {undo, redo}) {
        auto* shortAction = new QAction(full == undo ? tr("Undo") : tr("Redo"), tools);
        shortAction->setObjectName(full->objectName() + QStringLiteral("Tool"));
        shortAction->setEnabled(full->isEnabled());
        shortAction->setToolTip(full->text().remove(QLatin1Char('&')));
        connect(shortAction, &QAction::triggered, full, &QAction::trigger);
        connect(full, &QAction::changed, shortAction, [full, shortAction] {
            shortAction->setEnabled(full->isEnabled());
            shortAction->setToolTip(full->text().remove(QLatin1Char('&')));
        });
        tools->addAction(shortAction);
    }
    tools->addSeparator();
    tools->addAction(editPlace);
    tools->addAction(findDuplicatesAction);
    tools->addAction(review);
    tools->addAction(zoomSelection);
    tools->addAction(moveMode);
    tools->addAction(tiles);
    addToolBarBreak();
    QToolBar* filterTools = addToolBar(tr("Filter"));
    filterTools->setObjectName(QStringLiteral("filterToolBar"));
    filterTools->addWidget(m_filterBar);
    for (QAction* a :
         {undo, redo, editPlace, zoomSelection, import, moveMode, findAction, findDuplicatesAction, review}) {
        if (!a->shortcut().isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                                        a->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(available.size() * 0.92);
        move(available.center() - rect().center());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/tableHeader")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tableHeader"), m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::selectPlaces(const QList<qint64>& ids)
{
    select(ids, Origin::Program);
}

void MainWindow::select(const QList<qint64>& ids, Origin origin, qint64 current)
{
    m_selection = ids;
    if (origin != Origin::Map) {
        m_map->setSelection(ids);
        m_map->followSelection();
    }
    if (origin != Origin::Table)
        selectTableRows(ids);
    const qint64 shown = current > 0 ? current : ids.isEmpty() ? 0 : ids.first();
    m_editor->setPlace(shown);
    m_details->setPlace(shown);
    m_candidates->setPlace(shown);
}

void MainWindow::selectTableRows(const QList<qint64>& ids)
{
    m_syncing = true;
    QItemSelection selection;
    int first = -1;
    for (qint64 id : ids.mid(0, maxMirroredRows)) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
        if (first < 0)
            first = row;
    }
    QItemSelectionModel* model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0) {
        const int column = qMax(0, m_table->horizontalHeader()->logicalIndexAt(0));
        model->setCurrentIndex(m_model->index(first, column), QItemSelectionModel::NoUpdate);
        m_table->scrollTo(m_model->index(first, column));
    } else {
        model->clearCurrentIndex(); // no row may look chosen while the editor shows nothing of it
    }
    m_syncing = false;
}

void MainWindow::onTableSelectionChanged()
{
    if (m_syncing)
        return;
    QList<qint64> ids;
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection()) {
        for (int r = range.top(); r <= range.bottom() && ids.size() < maxSelectedRows; ++r) {
            const qint64 id = m_model->placeId(r);
            if (id > 0 && !ids.contains(id))
                ids << id;
        }
    }
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 currentId = current.isValid() ? m_model->placeId(current.row()) : 0;
    select(ids, Origin::Table, ids.contains(currentId) ? currentId : 0);
}

void MainWindow::onFilterChanged(const PlaceFilter& filter)
{
    m_model->setFilter(filter);
    // The selection keeps only the places the filter still shows, so that the table, the map and the
    // editor agree on what is chosen (a place filtered out is no longer edited unseen).
    QList<qint64> shown;
    for (qint64 id : m_selection.mid(0, maxMirroredRows))
        if (m_model->rowOf(id) >= 0)
            shown.append(id);
    if (shown != m_selection)
        select(shown, Origin::Program);
    else
        selectTableRows(m_selection);
    reloadMapPoints();
    updateCounts();
}

void MainWindow::onPlacesChanged(const QList<qint64>& ids, edit::FieldMask fields)
{
    m_model->refresh();
    selectTableRows(m_selection);
    for (qint64 id : ids) {
        if (m_editor->placeId() == id)
            m_editor->reload();
        if (m_details->placeId() == id)
            m_details->setPlace(id);
    }
    if (fields & (edit::fieldBit(Field::Lon) | edit::fieldBit(Field::Lat) | edit::fieldBit(Field::Type)))
        reloadMapPoints();
    updateCounts();
}

void MainWindow::onProjectChanged()
{
    try {
        m_filterBar->setSources(placeQueries::sources(m_store->database()));
        m_filterBar->setMetropoles(geography::metropoles(m_store->database()));
    } catch (const Error& e) {
        qWarning().noquote() << e.message();
    }
    m_model->refresh();
    selectTableRows(m_selection);
    m_editor->reload();
    m_details->setPlace(m_details->placeId());
    m_candidates->setPlace(m_candidates->placeId());
    reloadMapPoints();
    updateCounts();
}

void MainWindow::reloadMapPoints()
{
    const int generation = ++m_pointsGeneration;
    auto* watcher = new QFutureWatcher<MapData>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        // A newer filter or change has asked for other points: drop these.
        if (generation == m_pointsGeneration) {
            MapData data = watcher->result();
            m_map->setPoints(std::move(data.points));
            m_map->setCandidateLinks(data.links);
        }
        watcher->deleteLater();
    });
    QFuture<MapData> future =
        QtConcurrent::run(backgroundPool(), loadMapData, m_store->path(), m_model->filter());
    m_workers.removeIf([](const auto& f) { return f.isFinished(); });
    m_workers << QFuture<void>(future);
    watcher->setFuture(future);
}

void MainWindow::finishImportsInBackground()
{
    // What an import leaves for later is done here, on a connection of its own, while the curator browses:
    // the indexes of the places' columns (so that the first sort or filter by one does not pause the window),
    // the text index (so that the first search does not wait for it) and the checks of a large import (the
    // "has problems" filter reads them). Whatever cannot be done now (another process writing) is done the
    // next time, or, for an index, by the sort that needs it.
    auto* watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher->result() > 0) {
            m_model->refresh();
            updateCounts();
            statusBar()->showMessage(
                tr("The imported places are checked: the “Has problems” filter now takes them "
                   "into account."),
                10000);
        }
        watcher->deleteLater();
    });
    QFuture<int> future = QtConcurrent::run(backgroundPool(), [path = m_store->path(), closing = m_closing] {
        int checked = 0;
        try {
            Store store(path, Store::Access::Write);
            // The indexes first: the places table is sorted by one as soon as it shows.
            sortIndexes::ensureAll(store.database(), 10000);
            // Then the text index, which a search waits for (textIndex::ensureForSearch).
            textIndex::build(store.database(), 10000);
            checked = check::checkPending(store.database(), [closing](qint64, qint64) { return !*closing; });
        } catch (const Cancelled&) {
            // The window closes: the checks stay pending for the next opening.
        } catch (const Error& e) {
            qWarning().noquote() << e.message();
        }
        return checked;
    });
    m_workers.removeIf([](const auto& f) { return f.isFinished(); });
    m_workers << QFuture<void>(future);
    watcher->setFuture(future);
}

void MainWindow::findDuplicates()
{
    m_duplicateSearch->start();
}

void MainWindow::updateCounts()
{
    const qint64 shown = m_model->rowCount();
    m_countLabel->setText(
        tr("%Ln place(s) shown of %1", nullptr, int(shown)).arg(QLocale().toString(m_model->totalCount())));
}

void MainWindow::openEditor()
{
    m_editorDock->show();
    m_editorDock->raise();
    m_editor->startEditing();
}

void MainWindow::showImportDialog()
{
    auto* dialog = new ImportDialog(m_store->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        emit m_notifier.projectChanged();
        m_classify->refreshSuggestionsIfMissing();
        finishImportsInBackground();
        // The kept candidates are those of the last search: the new records are not in them yet.
        statusBar()->showMessage(tr("Source imported: Duplicates ▸ Find (Ctrl+D) compares its records with "
                                    "the others."),
                                 15000);
    });
    dialog->open();
}

void MainWindow::showExportDialog()
{
    const PlaceFilter filter = m_filterBar->filter();
    auto* dialog =
        new ExportDialog(m_store->path(), filter, placeQueries::count(m_store->database(), filter), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](qint64 snapshot) {
        statusBar()->showMessage(tr("Snapshot %1 exported.").arg(snapshot), 15000);
    });
    dialog->open();
}

QStringList MainWindow::recentProjects()
{
    return QSettings().value(QStringLiteral("recentProjects")).toStringList();
}

void MainWindow::addRecentProject(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentProjects();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(QStringLiteral("recentProjects"), recent.mid(0, maxRecentProjects));
}

void MainWindow::newProject()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New project"), QString(), tr("Recoupe projects (*.recoupe)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".recoupe")))
        path += QStringLiteral(".recoupe");
    openProjectFile(path);
}

void MainWindow::openProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a project"), QString(),
                                                      tr("Recoupe projects (*.recoupe);;All files (*)"));
    if (!path.isEmpty())
        openProjectFile(path);
}

void MainWindow::openProjectFile(const QString& path)
{
    // One window per open project: its undo history ends when it closes.
    try {
        auto* window = new MainWindow(path);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    } catch (const Error& e) {
        QMessageBox::critical(this, tr("Recoupe"), e.message());
        return;
    }
    close();
}

void MainWindow::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    if (m_duplicateSearch->isRunning()) {
        QMessageBox::information(
            this, tr("Language"),
            tr("A search for duplicates is running: the new language will apply at the next "
               "start, or choose it again once the search has ended."));
        return;
    }
    // Every text of the window is set when it is built: a new window on the same open project (same
    // undo history, filter, selection and layout) takes the place of this one.
    i18n::install(language);
    saveLayout();
    auto* next = new MainWindow(m_project);
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->m_filterBar->setFilter(m_filterBar->filter());
    next->selectPlaces(m_selection);
    next->m_map->setViewport(m_map->viewport());
    next->show();
    emit replacedBy(next);
    close();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Recoupe"),
        tr("<h3>Recoupe %1</h3><p>Cross-checks and curates the national database of tiers lieux "
           "(coworkings, fablabs) for the ANCT.</p><p>Licence: GPL 3.0 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::showLicences()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("licencesDialog"));
    dialog.setWindowTitle(tr("Data licences and attributions"));
    auto* text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    text->setHtml(tr(
        "<h3>Data</h3><ul>"
        "<li><b>Base des tiers lieux 2019</b> — CGET (now ANCT), Mission Coworking: Territoires, "
        "Travail, Numérique. Licence Ouverte / Open Licence 2.0 (Etalab).</li>"
        "<li><b>Carte des fablabs de Bretagne</b> — MapLabBZH, licence CC BY 4.0.</li>"
        "<li><b>fablabs.io</b> — the list of fablabs of the Fab Foundation's fablabs.io, with its terms.</li>"
        "<li><b>OpenStreetMap</b> — © OpenStreetMap contributors, Open Database Licence (ODbL) 1.0; "
        "map tiles from openstreetmap.org under its tile usage policy.</li>"
        "<li><b>Boundaries of régions and départements</b> — IGN Admin Express, Licence Ouverte 2.0, "
        "simplified.</li></ul>"
        "<p>Each imported source keeps its licence and attribution in the project; exports carry them.</p>"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    dialog.exec();
}

} // namespace recoupe
