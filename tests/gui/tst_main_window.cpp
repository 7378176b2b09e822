// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven by objectName: one selection shared by table, map and editor; an edit, its undo
// and redo in the store and the audit log; a move from the map; the filter, the table and the status bar.
#include "DuplicateSearch.h"
#include "FilterBar.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NoticeBar.h"
#include "PlaceTableModel.h"
#include "SourcesPanel.h"
#include "TileSourceDialog.h"
#include "map/MapView.h"
#include "store/SqlUtil.h"
#include "store/TextIndex.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <unistd.h>

using namespace recoupe;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_project = std::make_unique<test::TemporaryProject>();
        test::importCget(*m_project);
        m_window = std::make_unique<MainWindow>(m_project->path());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_table = m_window->findChild<QTableView*>(QStringLiteral("placeTable"));
        m_map = m_window->findChild<map::MapView*>(QStringLiteral("mapView"));
        QVERIFY(m_table && m_map);
    }

    void cleanup()
    {
        m_window.reset();
        m_project.reset();
    }

    void tableSelectionReachesMapAndEditor()
    {
        auto* model = m_window->placeModel();
        m_table->setFocus();
        m_table->selectRow(3);
        const qint64 id = model->placeId(3);
        QCOMPARE(m_map->selection(), QList<qint64>{id});
        QCOMPARE(m_window->selection(), QList<qint64>{id});
        const QString name = sql::scalar(m_window->store().database(),
                                         QStringLiteral("SELECT name FROM place WHERE id = ?"), {id})
                                 .toString();
        QCOMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("edit_name"))->text(), name);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("origin_name"))->text(),
                 QStringLiteral("CGET 2019"));
        QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("recordList")) != nullptr);

        // Arrow keys move the selection, and everything follows.
        QTest::keyClick(m_table, Qt::Key_Down);
        QCOMPARE(m_map->selection(), QList<qint64>{model->placeId(4)});

        // Ctrl+C copies the selected rows as CSV with a header.
        QTest::keyClick(m_table, Qt::Key_C, Qt::ControlModifier);
        const QString csv = QApplication::clipboard()->text();
        QCOMPARE(csv.count(QStringLiteral("\r\n")), 2);
        QVERIFY(csv.startsWith(QStringLiteral("Name,")));
    }

    void mapSelectionReachesTable()
    {
        auto* model = m_window->placeModel();
        const qint64 id = model->placeId(1200); // far below the first page
        emit m_map->selectionChanged({id});
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(model->placeId(rows.first().row()), id);
        QCOMPARE(m_table->currentIndex().row(), 1200);
    }

    void editUndoRedo()
    {
        auto& db = m_window->store().database();
        auto* model = m_window->placeModel();
        m_table->selectRow(0);
        const qint64 id = model->placeId(0);
        const QString before =
            sql::scalar(db, QStringLiteral("SELECT name FROM place WHERE id = ?"), {id}).toString();
        auto* name = m_window->findChild<QLineEdit*>(QStringLiteral("edit_name"));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Zzz tiers lieu renomme"));
        QTest::keyClick(name, Qt::Key_Return);
        const auto nameOf = [&] {
            return sql::scalar(db, QStringLiteral("SELECT name FROM place WHERE id = ?"), {id}).toString();
        };
        const auto manualOrigins = [&] {
            return test::rowCount(
                m_window->store(), QStringLiteral("field_origin"),
                QStringLiteral("place_id = %1 AND field = 'name' AND raw_record_id IS NULL").arg(id));
        };
        QCOMPARE(nameOf(), QStringLiteral("Zzz tiers lieu renomme"));
        QCOMPARE(manualOrigins(), qint64(1));
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("origin_name"))->text(),
                 QStringLiteral("manual"));
        QCOMPARE(m_window->undoStack().count(), 1);
        QCOMPARE(test::rowCount(
                     m_window->store(), QStringLiteral("audit_log"),
                     QStringLiteral("action = 'edit' AND entity_id = %1 AND field = 'name' AND user = 'test'")
                         .arg(id)),
                 qint64(1));
        // Sorted by name, the renamed place moved to the end; the selection followed it.
        QCOMPARE(m_window->selection(), QList<qint64>{id});
        QCOMPARE(model->placeId(m_table->selectionModel()->selectedRows().first().row()), id);

        m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(nameOf(), before);
        QCOMPARE(manualOrigins(), qint64(0));
        QCOMPARE(name->text(), before);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("origin_name"))->text(),
                 QStringLiteral("CGET 2019"));
        QCOMPARE(test::rowCount(m_window->store(), QStringLiteral("audit_log"),
                                QStringLiteral("action = 'undo' AND entity_id = %1 AND new_value = '%2'")
                                    .arg(id)
                                    .arg(QString(before).replace(QLatin1Char('\''), QStringLiteral("''")))),
                 qint64(1));

        m_window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
        QCOMPARE(nameOf(), QStringLiteral("Zzz tiers lieu renomme"));
        QCOMPARE(manualOrigins(), qint64(1));
        QCOMPARE(test::rowCount(m_window->store(), QStringLiteral("audit_log"),
                                QStringLiteral("action = 'redo' AND entity_id = %1").arg(id)),
                 qint64(1));
    }

    void invalidValueIsRefused()
    {
        m_table->selectRow(0);
        auto* postcode = m_window->findChild<QLineEdit*>(QStringLiteral("edit_postcode"));
        auto* hint = m_window->findChild<QLabel*>(QStringLiteral("hint_postcode"));
        postcode->setFocus();
        postcode->selectAll();
        QTest::keyClicks(postcode, QStringLiteral("35a"));
        QVERIFY(!hint->isHidden());
        QVERIFY(!hint->text().isEmpty());
        QTest::keyClick(postcode, Qt::Key_Return);
        QCOMPARE(m_window->undoStack().count(), 0);
        QTest::keyClick(postcode, Qt::Key_Backspace);
        QTest::keyClicks(postcode, QStringLiteral("123"));
        QVERIFY(hint->isHidden());
    }

    void typeAndMoveFromMap()
    {
        auto& db = m_window->store().database();
        m_table->selectRow(5);
        const qint64 id = m_window->placeModel()->placeId(5);
        auto* type = m_window->findChild<QComboBox*>(QStringLiteral("edit_type"));
        const int fablab = type->findData(QStringLiteral("fablab"));
        const int coworking = type->findData(QStringLiteral("coworking"));
        const int target = type->currentIndex() == fablab ? coworking : fablab;
        type->setCurrentIndex(target);
        emit type->activated(target);
        QCOMPARE(m_window->undoStack().count(), 1);

        emit m_map->pointMoveRequested(id, -1.5, 47.25);
        QCOMPARE(m_window->undoStack().count(), 2);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT lon FROM place WHERE id = ?"), {id}).toDouble(),
                 -1.5);
        QCOMPARE(test::rowCount(m_window->store(), QStringLiteral("audit_log"),
                                QStringLiteral("action = 'move' AND entity_id = %1").arg(id)),
                 qint64(2)); // lon and lat
        m_window->undoStack().undo();
        QVERIFY(sql::scalar(db, QStringLiteral("SELECT lon FROM place WHERE id = ?"), {id}).toDouble() !=
                -1.5);
    }

    // Alt+2 classifies the whole selection in one undoable step, wherever the focus is; Alt+3 asks why;
    // the filter "suggested type differs" and the editor's suggestion follow.
    void classifySelectionWithOneKey()
    {
        auto& db = m_window->store().database();
        const QList<qint64> ids{m_window->placeModel()->placeId(1), m_window->placeModel()->placeId(2)};
        m_window->selectPlaces(ids);
        m_window->findChild<QLineEdit*>(QStringLiteral("edit_name"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::AltModifier);
        QCOMPARE(m_window->undoStack().count(), 1);
        for (qint64 id : ids)
            QCOMPARE(sql::scalar(db, QStringLiteral("SELECT type FROM place WHERE id = ?"), {id}).toInt(), 2);
        m_window->undoStack().undo();
        // Alt+3: the reason dialog opens; choosing "Télécentre" and OK excludes both.
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("exclusionReason"));
            reason->setCurrentIndex(reason->findData(QStringLiteral("telecentre")));
            dialog->accept();
        });
        QTest::keyClick(m_table, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(m_window->undoStack().count(), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT exclusion_reason FROM place WHERE id = ?"), {ids[0]})
                     .toString(),
                 QStringLiteral("telecentre"));
        // The suggestions were computed when the window opened (in the background).
        QTRY_VERIFY_WITH_TIMEOUT(test::rowCount(m_window->store(), QStringLiteral("place_suggestion")) > 1000,
                                 20000);
        m_window->selectPlaces({ids[0]});
        QTRY_VERIFY(!m_window->findChild<QLabel*>(QStringLiteral("editorClassification"))->text().isEmpty());
        auto* differs = m_window->findChild<QCheckBox*>(QStringLiteral("filterSuggestionDiffers"));
        QVERIFY(differs);
        differs->setChecked(true);
        QTRY_VERIFY(m_window->placeModel()->rowCount() > 0);
        QVERIFY(m_window->placeModel()->rowCount() < 1512);
    }

    // Choosing a place in the table brings it into view: from La Réunion to Rennes.
    void mapFollowsTheSelection()
    {
        auto& db = m_window->store().database();
        const qint64 rennes =
            sql::scalar(db, QStringLiteral("SELECT id FROM place WHERE commune = 'Rennes' AND "
                                           "lon IS NOT NULL LIMIT 1"))
                .toLongLong();
        QVERIFY(rennes > 0);
        m_map->centreOn(QPointF(55.5, -21.1), 10); // La Réunion
        m_window->selectPlaces({rennes});
        QTRY_VERIFY(!m_map->selection().isEmpty());
        const QPointF lonLat(
            sql::scalar(db, QStringLiteral("SELECT lon FROM place WHERE id = ?"), {rennes}).toDouble(),
            sql::scalar(db, QStringLiteral("SELECT lat FROM place WHERE id = ?"), {rennes}).toDouble());
        QTRY_VERIFY(QRectF(m_map->rect()).contains(m_map->viewport().lonLatToScreen(lonLat)));
        // A place already in view does not move the map.
        const map::Viewport before = m_map->viewport();
        m_window->selectPlaces({rennes});
        QCOMPARE(m_map->viewport().centre(), before.centre());
    }

    // After a committed edit, Ctrl+Z in the editor field undoes it (the project's undo); the history tab
    // comes to the front with Ctrl+H; the title names the project once.
    void undoFromTheEditorFieldAndHistory()
    {
        m_table->selectRow(4);
        auto* name = m_window->findChild<QLineEdit*>(QStringLiteral("edit_name"));
        const QString before = name->text();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Nouveau nom"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_window->undoStack().count(), 1);
        QTRY_COMPARE(name->text(), QStringLiteral("Nouveau nom"));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->undoStack().index(), 0);
        QTRY_COMPARE(name->text(), before);

        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        auto* history = m_window->findChild<QDockWidget*>(QStringLiteral("historyDock"));
        QVERIFY(history->isVisible());
        QTRY_VERIFY(!history->visibleRegion().isEmpty());
        // The audit entries show the values, the time and the user.
        auto* audit = history->findChild<QTableWidget*>(QStringLiteral("auditTable"));
        QVERIFY(audit && audit->rowCount() >= 2); // the edit and its undo
        QStringList texts;
        for (int r = 0; r < audit->rowCount(); ++r)
            for (int c = 0; c < audit->columnCount(); ++c)
                texts << audit->item(r, c)->text();
        QVERIFY(texts.contains(QStringLiteral("Nouveau nom")));
        QVERIFY(texts.contains(QStringLiteral("test")));
        QVERIFY(!m_window->windowTitle().contains(QStringLiteral("Recoupe")));
    }

    // A filter that hides the selected place takes it out of the selection: table, map and editor agree.
    void filterAndSelectionAgree()
    {
        auto& db = m_window->store().database();
        const qint64 rennes = sql::scalar(db, QStringLiteral("SELECT id FROM place WHERE commune = 'Rennes' "
                                                             "LIMIT 1"))
                                  .toLongLong();
        m_window->selectPlaces({rennes});
        QCOMPARE(m_window->selection(), QList<qint64>{rennes});
        auto* text = m_window->findChild<QLineEdit*>(QStringLiteral("filterText"));
        QVERIFY(text);
        text->setText(QStringLiteral("Marseille"));
        QTRY_VERIFY(m_window->selection().isEmpty());
        QVERIFY(!m_table->selectionModel()->currentIndex().isValid());
        QVERIFY(!m_window->findChild<QLineEdit*>(QStringLiteral("edit_name"))->isEnabled());
        // Clicking a row loads it.
        m_table->selectRow(0);
        QCOMPARE(m_window->selection().size(), 1);
        QVERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("edit_name"))->isEnabled());
    }

    // The bundled CGET import has unusable values: the status bar says so, File ▸ Import problems lists them.
    void importProblemsAreShown()
    {
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Import problems")));
        auto* action = m_window->findChild<QAction*>(QStringLiteral("actionImportProblems"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("importProblemsDialog"));
        QVERIFY(dialog);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("importProblemsTable"));
        QVERIFY(table->rowCount() > 100);
        dialog->reject();
    }

    // What the person should know on opening: nothing here; a second window on the same project says the
    // project is open elsewhere; a file that cannot be written opens read-only and says so.
    void openingNotices()
    {
        auto* bar = m_window->findChild<NoticeBar*>(QStringLiteral("noticeBar"));
        QVERIFY(bar);
        QVERIFY(bar->isHidden());
        {
            MainWindow second(m_project->path());
            second.show();
            auto* secondBar = second.findChild<NoticeBar*>(QStringLiteral("noticeBar"));
            QVERIFY(secondBar && secondBar->isVisible());
            QCOMPARE(secondBar->notices().size(), 1);
            QVERIFY2(secondBar->notices().first().contains(QStringLiteral("already open in another window")),
                     qPrintable(secondBar->notices().first()));
            QVERIFY(
                secondBar->notices().first().contains(QString::number(QCoreApplication::applicationPid())));
            auto* close = secondBar->findChild<QToolButton*>(QStringLiteral("noticeClose"));
            QTest::mouseClick(close, Qt::LeftButton);
            QVERIFY(secondBar->isHidden());
        }
        // Closed, the first window's lock is gone with it: a window opened now has nothing to say.
        m_window.reset();
        {
            MainWindow again(m_project->path());
            QVERIFY(again.findChild<NoticeBar*>(QStringLiteral("noticeBar"))->notices().isEmpty());
        }
    }

    // A project whose file cannot be written opens read-only and says so. As root every file is writable:
    // this one case then runs again as user nobody (setpriv, util-linux).
    void readOnlyProjectOpensReadOnly()
    {
        if (geteuid() == 0) {
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("running as root without setpriv: a read-only file cannot be made");
            QProcess child;
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QStringLiteral("setpriv"),
                        {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                         QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                         QStringLiteral("readOnlyProjectOpensReadOnly")});
            QVERIFY(child.waitForFinished(120000));
            const QByteArray output = child.readAll();
            if (output.contains("Permission denied") || output.contains("cannot execute"))
                QSKIP("the test program is not open to other users here");
            QVERIFY2(child.exitCode() == 0, output.constData());
            QVERIFY2(output.contains("PASS   : TestMainWindow::readOnlyProjectOpensReadOnly()"),
                     output.constData());
            return;
        }
        m_window.reset();
        QFile::setPermissions(m_project->path(), QFile::ReadOwner | QFile::ReadUser);
        MainWindow readOnly(m_project->path());
        QVERIFY2(readOnly.windowTitle().contains(QStringLiteral("read-only")),
                 qPrintable(readOnly.windowTitle()));
        const QStringList notices = readOnly.findChild<NoticeBar*>(QStringLiteral("noticeBar"))->notices();
        QVERIFY(!notices.isEmpty() && notices.first().contains(QStringLiteral("read-only")));
        // The places are there to browse.
        auto* table = readOnly.findChild<QTableView*>(QStringLiteral("placeTable"));
        QTRY_VERIFY(table->model()->rowCount() > 100);
        QFile::setPermissions(m_project->path(), QFile::ReadOwner | QFile::WriteOwner);
    }

    // What an import leaves for later is done in the background when the window opens: the indexes of rarely
    // sorted columns and the text index (a large import leaves them out), and the checks of a large import,
    // which the "has problems" filter reads.
    void importLeftoversAreDoneInTheBackground()
    {
        m_window.reset();
        auto store = m_project->open();
        QSqlDatabase& db = store->database();
        sql::exec(db, QStringLiteral("DROP INDEX IF EXISTS place_address"));
        sql::exec(db, QStringLiteral("DELETE FROM place_problem"));
        sql::exec(db, QStringLiteral("UPDATE import_run SET checks_pending = 1"));
        textIndex::leaveForLater(db);
        auto indexes = [&] {
            return sql::scalar(db,
                               QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                              "name IN ('place_address', 'place_website', 'place_twitter', "
                                              "'place_facebook')"))
                .toInt();
        };
        auto scalar = [&](const char* statement) {
            return sql::scalar(db, QLatin1String(statement)).toInt();
        };
        QVERIFY(indexes() < 4);
        MainWindow window(m_project->path());
        QTRY_COMPARE(indexes(), 4);
        QTRY_COMPARE(scalar("SELECT count(*) FROM import_run WHERE checks_pending = 1"), 0);
        QVERIFY(scalar("SELECT count(*) FROM place_problem") > 100);
        QTRY_VERIFY(textIndex::isComplete(db));
        QCOMPARE(scalar("SELECT count(*) FROM place_fts WHERE place_fts MATCH 'fablab'"),
                 scalar("SELECT count(*) FROM place p WHERE p.id IN (SELECT rowid FROM place_fts "
                        "WHERE place_fts MATCH 'fablab')"));
        QVERIFY(scalar("SELECT count(*) FROM place_fts WHERE place_fts MATCH 'fablab'") > 10);
    }

    // The window fits a 1366×768 screen: the filter bar goes on two rows rather than widen it.
    void fitsASmallScreen()
    {
        QVERIFY2(m_window->minimumSizeHint().width() <= 1366,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        QVERIFY(m_window->minimumSizeHint().height() <= 768);
        auto* bar = m_window->findChild<FilterBar*>(QStringLiteral("filterBar"));
        QVERIFY(bar);
        m_window->resize(1300, 740);
        QTRY_VERIFY(!bar->isOneRow());
        // The first view shows mainland France whole, Corsica and the Pyrenees included.
        for (const QPointF lonLat : {QPointF(9.45, 41.4), QPointF(-4.7, 48.4), QPointF(3.1, 42.45)})
            QVERIFY(QRectF(m_map->rect()).contains(m_map->viewport().lonLatToScreen(lonLat)));
        m_window->resize(1900, 1000);
        QTRY_VERIFY(bar->isOneRow());
    }

    // A web-address hint never breaks inside the address, and a refused value left behind is said not kept.
    void webAddressHintKeepsTheAddressWhole()
    {
        m_table->selectRow(0);
        auto* website = m_window->findChild<QLineEdit*>(QStringLiteral("edit_website"));
        auto* hint = m_window->findChild<QLabel*>(QStringLiteral("hint_website"));
        website->setFocus();
        website->selectAll();
        QTest::keyClicks(website, QStringLiteral("pas une adresse"));
        QVERIFY(!hint->isHidden());
        QVERIFY(hint->text().contains(QStringLiteral("white-space:nowrap\">https://example.fr</span>")));
        m_table->selectRow(1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("pas une adresse")));
    }

    // The Sources panel shows the quality per source; the geography is recomputed in the background.
    void sourcesPanelAndGeography()
    {
        auto* sources = m_window->findChild<SourcesPanel*>(QStringLiteral("sourcesPanel"));
        QVERIFY(sources);
        auto* table = sources->findChild<QTableWidget*>(QStringLiteral("sourcesTable"));
        // Worked out in the background, once the panel shows.
        QSignalSpy shown(sources, &SourcesPanel::qualityShown);
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("sourcesDock"));
        dock->show();
        dock->raise();
        QTRY_VERIFY_WITH_TIMEOUT(sources->isVisible(), 5000);
        QVERIFY(!shown.isEmpty() || shown.wait(30000));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("CGET 2019"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1512"));
        // A change while the panel is hidden is worked out once it shows again, not before.
        dock->hide();
        shown.clear();
        sources->reload();
        QTest::qWait(300);
        QVERIFY(shown.isEmpty());
        dock->show();
        dock->raise();
        QVERIFY(shown.wait(30000));
        QCOMPARE(table->rowCount(), 1);
        QSignalSpy done(sources, &SourcesPanel::geographyRecomputed);
        sources->recomputeGeography();
        QVERIFY(done.wait(60000));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("1512")) ||
                m_window->statusBar()->currentMessage().contains(QStringLiteral("1,512")));
        QVERIFY(test::rowCount(m_window->store(), QStringLiteral("place_geography")) >= 1500);
    }

    // Escape in an editor field gives back the stored value.
    void escapeRestoresTheField()
    {
        m_table->selectRow(2);
        auto* postcode = m_window->findChild<QLineEdit*>(QStringLiteral("edit_postcode"));
        const QString before = postcode->text();
        postcode->setFocus();
        QTest::keyClicks(postcode, QStringLiteral("9x"));
        QTest::keyClick(postcode, Qt::Key_Escape);
        QCOMPARE(postcode->text(), before);
        QCOMPARE(m_window->undoStack().count(), 0);
    }

    void filterTextAndType()
    {
        auto* model = m_window->placeModel();
        auto* text = m_window->findChild<QLineEdit*>(QStringLiteral("filterText"));
        auto* status = m_window->findChild<QLabel*>(QStringLiteral("statusCount"));
        QCOMPARE(model->rowCount(), 1512);
        QVERIFY2(status->text().endsWith(QStringLiteral(" of ") + QLocale().toString(1512)),
                 qPrintable(status->text()));

        // Ctrl+F puts the keyboard in the filter.
        m_table->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), text);
        QTest::keyClicks(text, QStringLiteral("rennes"));
        const qint64 rennes = test::rowCount(
            m_window->store(), QStringLiteral("place"),
            QStringLiteral("id IN (SELECT rowid FROM place_fts WHERE place_fts MATCH 'rennes*')"));
        QTRY_COMPARE(model->rowCount(), int(rennes));
        QVERIFY2(status->text().startsWith(QLocale().toString(rennes) + QLatin1Char(' ')),
                 qPrintable(status->text()));

        auto* type = m_window->findChild<QComboBox*>(QStringLiteral("filterType"));
        type->setCurrentIndex(type->findData(int(PlaceType::Fablab)));
        const qint64 rennesFablabs = test::rowCount(
            m_window->store(), QStringLiteral("place"),
            QStringLiteral(
                "type = 2 AND id IN (SELECT rowid FROM place_fts WHERE place_fts MATCH 'rennes*')"));
        QCOMPARE(model->rowCount(), int(rennesFablabs));
        QVERIFY(rennesFablabs < rennes);

        // The map shows the same places.
        const qint64 located =
            test::rowCount(m_window->store(), QStringLiteral("place"),
                           QStringLiteral("type = 2 AND lon IS NOT NULL AND id IN (SELECT rowid FROM "
                                          "place_fts WHERE place_fts MATCH 'rennes*')"));
        QTRY_VERIFY(!m_map->isIndexing() && m_map->pointIndex() && m_map->pointIndex()->size() == located);

        m_window->findChild<QAction*>(QStringLiteral("actionClearFilter"))->trigger();
        QCOMPARE(model->rowCount(), 1512);
    }

    // Duplicates ▸ Find runs the matcher in a worker, keeps the candidates in the project, and the
    // "has candidate duplicates" filter, the map's marks and links follow.
    void findDuplicatesMarksPlaces()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::duplicateSearchFinished);
        m_window->findChild<QAction*>(QStringLiteral("actionFindDuplicates"))->trigger();
        QVERIFY(finished.wait(60000));
        const qint64 candidates = test::rowCount(
            m_window->store(), QStringLiteral("place"),
            QStringLiteral("id IN (SELECT place_id FROM place_record WHERE raw_record_id IN (SELECT "
                           "record_a FROM candidate_pair UNION SELECT record_b FROM candidate_pair))"));
        QVERIFY(candidates > 100);
        QVERIFY(candidates < 1512);
        auto* status = m_window->findChild<QLabel*>(QStringLiteral("statusCount"));
        QTRY_VERIFY(m_map->candidateLinkCount() > 0);
        QTRY_VERIFY(!m_map->isIndexing() && m_map->pointIndex());

        m_window->findChild<QAction*>(QStringLiteral("actionShowDuplicates"))->trigger();
        QVERIFY(m_window->findChild<QCheckBox*>(QStringLiteral("filterDuplicates"))->isChecked());
        auto* model = m_window->placeModel();
        QCOMPARE(model->rowCount(), int(candidates));
        QVERIFY2(status->text().startsWith(QLocale().toString(candidates) + QLatin1Char(' ')),
                 qPrintable(status->text()));
        const qint64 located = test::rowCount(
            m_window->store(), QStringLiteral("place"),
            QStringLiteral(
                "lon IS NOT NULL AND id IN (SELECT place_id FROM place_record WHERE raw_record_id IN (SELECT "
                "record_a FROM candidate_pair UNION SELECT record_b FROM candidate_pair))"));
        QTRY_VERIFY(!m_map->isIndexing() && m_map->pointIndex() && m_map->pointIndex()->size() == located);

        // Links join only places the filter shows.
        auto* text = m_window->findChild<QLineEdit*>(QStringLiteral("filterText"));
        text->setText(QStringLiteral("zzqxnothing"));
        QTRY_COMPARE(model->rowCount(), 0);
        QTRY_COMPARE(m_map->candidateLinkCount(), 0);
        text->clear();
        QTRY_COMPARE(model->rowCount(), int(candidates));
        QTRY_VERIFY(m_map->candidateLinkCount() > 0);

        // "Has problems" with it: the computed column, or an error or warning of the checker.
        m_window->findChild<QCheckBox*>(QStringLiteral("filterProblems"))->setChecked(true);
        const qint64 both = test::rowCount(
            m_window->store(), QStringLiteral("place"),
            QStringLiteral(
                "(has_problem = 1 OR id IN (SELECT place_id FROM place_problem WHERE severity <> 'info')) "
                "AND id IN "
                "(SELECT place_id FROM place_record WHERE raw_record_id IN "
                "(SELECT record_a FROM candidate_pair UNION SELECT record_b FROM candidate_pair))"));
        QCOMPARE(model->rowCount(), int(both));
        QVERIFY(both < candidates);
    }

    // The selected place's candidates are listed with their explanation; Enter shows the two together.
    void candidatesOfTheSelectedPlace()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::duplicateSearchFinished);
        m_window->findChild<QAction*>(QStringLiteral("actionFindDuplicates"))->trigger();
        QVERIFY(finished.wait(60000));
        // CGET 540 and 1499 are one place (BeeoTop), a labelled "same" pair.
        const qint64 a =
            sql::scalar(m_window->store().database(),
                        QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON "
                                       "r.id = pr.raw_record_id WHERE r.source_key = '540'"))
                .toLongLong();
        const qint64 b =
            sql::scalar(m_window->store().database(),
                        QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON "
                                       "r.id = pr.raw_record_id WHERE r.source_key = '1499'"))
                .toLongLong();
        m_window->selectPlaces({a});
        auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("candidateTree"));
        QVERIFY(tree->topLevelItemCount() >= 1);
        QTreeWidgetItem* item = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == b)
                item = tree->topLevelItem(i);
        QVERIFY(item);
        QVERIFY(!item->text(4).isEmpty());
        tree->setCurrentItem(item);
        QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("candidateWhy"))->text(), item->text(4));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), tree);
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(m_window->selection(), (QList<qint64>{a, b}));
        QCOMPARE(m_map->selection(), (QList<qint64>{a, b}));

        // A decision drops the pair from the list.
        QVERIFY(edit::decidePair(m_window->session(),
                                 {QStringLiteral("CGET 2019"), QStringLiteral("540"),
                                  QStringLiteral("CGET 2019"), QStringLiteral("1499")},
                                 Decision::Same, QStringLiteral("BeeoTop")));
        m_window->selectPlaces({b});
        m_window->selectPlaces({a});
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            QVERIFY(tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() != b);
    }

    // View ▸ Language applies at once: a new window on the same open project takes over, in the other
    // language, with the same undo history, filter and selection.
    void languageChangeKeepsTheProject()
    {
        const qint64 id = m_window->placeModel()->placeId(2);
        QString error;
        QVERIFY(edit::setPlaceField(m_window->session(), id, Field::Name,
                                    QStringLiteral("Renamed before the switch"), &error));
        m_window->findChild<QComboBox*>(QStringLiteral("filterType"))->setCurrentIndex(1);
        m_window->selectPlaces({id});

        MainWindow* next = nullptr;
        connect(m_window.get(), &MainWindow::replacedBy, this, [&next](MainWindow* w) { next = w; });
        QAction* french = nullptr;
        for (QAction* a : m_window->findChild<QMenu*>(QStringLiteral("languageMenu"))->actions())
            if (a->data().toString() == QLatin1String("fr"))
                french = a;
        QVERIFY(french);
        french->trigger();
        QVERIFY(next);
        QVERIFY(!m_window->isVisible());
        QCOMPARE(next->findChild<QAction*>(QStringLiteral("actionFindDuplicates"))->text(),
                 QStringLiteral("&Rechercher les doublons possibles"));
        QCOMPARE(&next->undoStack(), &m_window->undoStack());
        QCOMPARE(next->undoStack().count(), 1);
        QCOMPARE(next->selection(), QList<qint64>{id});
        QCOMPARE(next->findChild<QComboBox*>(QStringLiteral("filterType"))->currentIndex(), 1);
        QCOMPARE(next->placeModel()->filter().type.has_value(), true);
        next->undoStack().undo();
        QVERIFY(
            sql::scalar(next->store().database(), QStringLiteral("SELECT name FROM place WHERE id = ?"), {id})
                .toString() != QStringLiteral("Renamed before the switch"));

        // And back to English, for the other tests.
        MainWindow* again = nullptr;
        connect(next, &MainWindow::replacedBy, this, [&again](MainWindow* w) { again = w; });
        for (QAction* a : next->findChild<QMenu*>(QStringLiteral("languageMenu"))->actions())
            if (a->data().toString() == QLatin1String("en"))
                a->trigger();
        QVERIFY(again);
        QCOMPARE(again->findChild<QAction*>(QStringLiteral("actionFindDuplicates"))->text(),
                 QStringLiteral("&Find candidate duplicates"));
        delete next;
        delete again;
    }

    // A cancelled search keeps the previous candidates and says so.
    void cancelledDuplicateSearchChangesNothing()
    {
        QWidget parent;
        DuplicateSearch search(m_project->path(), &parent);
        QSignalSpy finished(&search, &DuplicateSearch::finished);
        search.start();
        search.cancel();
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().first().value<DuplicateSearch::Outcome>();
        QVERIFY(outcome.cancelled);
        QVERIFY(DuplicateSearch::describe(outcome).contains(QStringLiteral("cancelled")));
        QCOMPARE(test::rowCount(m_window->store(), QStringLiteral("candidate_pair")), 0);
        QCOMPARE(test::rowCount(m_window->store(), QStringLiteral("match_run")), 0);
    }

    // View ▸ Map tile server: the URL template is checked, kept in the settings and used by the map.
    void tileServerSetting()
    {
        TileSourceDialog dialog(TileSourceDialog::fromSettings());
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("tileUrl"));
        QCOMPARE(url->text(), map::TileSourceSettings::openStreetMap().urlTemplate);
        url->setText(QStringLiteral("https://tiles.example.fr/{z}/{x}.png"));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("tileProblem"))->text().isEmpty());
        url->setText(QStringLiteral("https://tiles.example.fr/{z}/{x}/{y}.png"));
        dialog.findChild<QLineEdit*>(QStringLiteral("tileAttribution"))->setText(QStringLiteral("© Example"));
        dialog.findChild<QSpinBox*>(QStringLiteral("tileMaxZoom"))->setValue(17);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("tileProblem"))->text().isEmpty());
        TileSourceDialog::saveToSettings(dialog.source());
        const map::TileSourceSettings saved = TileSourceDialog::fromSettings();
        QCOMPARE(saved.urlTemplate, QStringLiteral("https://tiles.example.fr/{z}/{x}/{y}.png"));
        QCOMPARE(saved.attribution, QStringLiteral("© Example"));
        QCOMPARE(saved.maxZoom, 17);

        // A new window uses it.
        MainWindow other(m_project->path());
        QCOMPARE(other.findChild<map::MapView*>(QStringLiteral("mapView"))->tileSource().urlTemplate,
                 saved.urlTemplate);
        TileSourceDialog::saveToSettings(map::TileSourceSettings::openStreetMap());
    }

private:
    std::unique_ptr<test::TemporaryProject> m_project;
    std::unique_ptr<MainWindow> m_window;
    QTableView* m_table = nullptr;
    map::MapView* m_map = nullptr;
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
