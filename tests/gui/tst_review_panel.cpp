// SPDX-License-Identifier: GPL-3.0-or-later
// The review workflow driven by the keyboard on the real CGET file: open the queue (Ctrl+R), go to a
// labelled "same" pair (J), take a field from the second record, merge (M), check the place, its field
// origins and its records, undo and redo, split after reopening the project, mark a pair different (D)
// and search again (it does not come back), and batch-accept with one undo step.
#include "BatchAcceptDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MergeChooser.h"
#include "ReviewPanel.h"
#include "ReviewQueueModel.h"
#include "match/MatchRunner.h"
#include "store/PlaceWriter.h"
#include "store/ReviewQueries.h"
#include "store/SqlUtil.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace recoupe;

namespace {

qint64 scalar(MainWindow& w, const QString& statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(w.store().database(), statement, values).toLongLong();
}

qint64 placeOfKey(MainWindow& w, const QString& key)
{
    return scalar(w,
                  QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON r.id = "
                                 "pr.raw_record_id WHERE r.source_key = ?"),
                  {key});
}

} // namespace

class TestReviewPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TemporaryProject> m_project;
    std::unique_ptr<MainWindow> m_window;

    ReviewPanel* openPanel()
    {
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("reviewDock"));
        auto* panel = m_window->findChild<ReviewPanel*>(QStringLiteral("reviewPanel"));
        if (!dock || !panel || !dock->isVisible())
            return nullptr;
        return panel;
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_project->path());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
    }

    // Presses J until the panel shows the group holding the pair of these two keys.
    bool goToPair(ReviewPanel* panel, const QString& keyA, const QString& keyB)
    {
        const qint64 a = placeOfKey(*m_window, keyA);
        const qint64 b = placeOfKey(*m_window, keyB);
        for (int i = 0; i < 2000; ++i) {
            const QList<qint64> places = panel->currentPlaces();
            if (places.contains(a) && (places.contains(b) || a == b))
                return true;
            if (panel->queue()->rowOfGroup(panel->currentGroup()) + 1 >= panel->queue()->groupCount())
                return false;
            QTest::keyClick(panel, Qt::Key_J);
        }
        return false;
    }

private slots:
    void initTestCase() { test::isolateSettings(); }

    void init()
    {
        m_project = std::make_unique<test::TemporaryProject>();
        test::importCget(*m_project);
        match::MatchRunner runner(m_project->path());
        runner.save(runner.run());
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_project.reset();
    }

    void reviewMergeUndoSplitByKeyboard()
    {
        ReviewPanel* panel = openPanel();
        QVERIFY(panel);
        auto* counter = m_window->findChild<QLabel*>(QStringLiteral("reviewCounter"));
        QVERIFY(counter->text().startsWith(QStringLiteral("0 ")));
        // 1188 "Fablab Vannes - Makerspace56" and 1430 "FabLabVannes" are labelled the same lab.
        QVERIFY(goToPair(panel, QStringLiteral("1188"), QStringLiteral("1430")));
        const QList<qint64> places = panel->currentPlaces();
        QCOMPARE(places.size(), 2);
        const qint64 kept = places.at(0);
        const qint64 other = places.at(1);
        QCOMPARE(m_window->selection().size(), 2); // the map and table show the group

        // Take the website of the second record: its radio in the website row, second column.
        MergeChooser* chooser = panel->chooser();
        int websiteRow = -1;
        for (int row = 0; row < chooser->rowCount(); ++row) {
            if (chooser->verticalHeaderItem(row) &&
                chooser->verticalHeaderItem(row)->text() == fieldLabel(Field::Website))
                websiteRow = row;
        }
        QVERIFY(websiteRow >= 0);
        auto* radio = chooser->cellWidget(websiteRow, 1)->findChild<QRadioButton*>();
        QVERIFY(radio);
        radio->click();
        const QString otherWebsite =
            sql::scalar(m_window->store().database(),
                        QStringLiteral("SELECT website FROM place WHERE id = ?"), {other})
                .toString();
        const qint64 otherRecord =
            scalar(*m_window, QStringLiteral("SELECT primary_record_id FROM place WHERE id = ?"), {other});

        panel->setFocus();
        QTest::keyClick(panel, Qt::Key_M);
        QCOMPARE(
            scalar(*m_window, QStringLiteral("SELECT count(*) FROM place_record WHERE place_id = ?"), {kept}),
            qint64(2));
        QCOMPARE(sql::scalar(m_window->store().database(),
                             QStringLiteral("SELECT status FROM place WHERE id = ?"), {other})
                     .toString(),
                 QStringLiteral("merged"));
        QCOMPARE(sql::scalar(m_window->store().database(),
                             QStringLiteral("SELECT website FROM place WHERE id = ?"), {kept})
                     .toString(),
                 otherWebsite);
        QCOMPARE(
            scalar(*m_window,
                   QStringLiteral(
                       "SELECT raw_record_id FROM field_origin WHERE place_id = ? AND field = 'website'"),
                   {kept}),
            otherRecord);
        QVERIFY(counter->text().startsWith(QStringLiteral("1 ")));
        QVERIFY(panel->currentGroup() != 0); // the next group opened at once
        // The next group is shown; the merged place, once selected, offers its split in the editor.
        QVERIFY(!m_window->selection().contains(other));
        m_window->selectPlaces({kept});
        QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("editorSplit"))->isHidden());
        m_window->selectPlaces({places.value(0)});

        // Undo and redo with the keys of the window.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(sql::scalar(m_window->store().database(),
                             QStringLiteral("SELECT status FROM place WHERE id = ?"), {other})
                     .toString(),
                 QStringLiteral("active"));
        QCOMPARE(
            scalar(*m_window, QStringLiteral("SELECT count(*) FROM place_record WHERE place_id = ?"), {kept}),
            qint64(1));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(
            scalar(*m_window, QStringLiteral("SELECT count(*) FROM place_record WHERE place_id = ?"), {kept}),
            qint64(2));

        // Close, reopen, and split from the review panel: the group shows one merged place.
        m_window.reset();
        openWindow();
        panel = openPanel();
        QVERIFY(panel);
        QVERIFY(counter = m_window->findChild<QLabel*>(QStringLiteral("reviewCounter")));
        QVERIFY(counter->text().startsWith(QStringLiteral("1 "))); // progress survived
        QVERIFY(goToPair(panel, QStringLiteral("1188"), QStringLiteral("1188")));
        auto* split = m_window->findChild<QPushButton*>(QStringLiteral("reviewSplit"));
        QVERIFY(split->isEnabled());
        split->click();
        QCOMPARE(
            scalar(*m_window, QStringLiteral("SELECT count(*) FROM place_record WHERE place_id = ?"), {kept}),
            qint64(1));
        QCOMPARE(sql::scalar(m_window->store().database(),
                             QStringLiteral("SELECT status FROM place WHERE id = ?"), {other})
                     .toString(),
                 QStringLiteral("active"));
        QCOMPARE(
            sql::scalar(
                m_window->store().database(),
                QStringLiteral("SELECT decision FROM pair_decision WHERE key_a = '1188' AND key_b = '1430'"))
                .toString(),
            QStringLiteral("different"));
    }

    void differentPairStaysOutOfTheNextSearch()
    {
        ReviewPanel* panel = openPanel();
        QVERIFY(panel);
        const auto pairs = queries::groupPairs(m_window->store().database(), panel->currentGroup());
        QCOMPARE(pairs.size(), size_t(1));
        const queries::ReviewPair pair = pairs.front();
        QTest::keyClick(panel, Qt::Key_D);
        QCOMPARE(sql::scalar(
                     m_window->store().database(),
                     QStringLiteral("SELECT decision FROM pair_decision WHERE source_a = ? AND key_a = ? AND "
                                    "source_b = ? AND key_b = ?"),
                     {pair.sourceA, pair.keyA, pair.sourceB, pair.keyB})
                     .toString(),
                 QStringLiteral("different"));
        QSignalSpy finished(m_window.get(), &MainWindow::duplicateSearchFinished);
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(finished.wait(60000));
        QCOMPARE(scalar(*m_window,
                        QStringLiteral(
                            "SELECT count(*) FROM candidate_pair WHERE (record_a = ? AND record_b = ?) OR "
                            "(record_a = ? AND record_b = ?)"),
                        {pair.recordA, pair.recordB, pair.recordB, pair.recordA}),
                 qint64(0));
        // The queue follows the new search.
        QCOMPARE(panel->queue()->groupCount(),
                 int(queries::reviewGroups(m_window->store().database()).size()));
    }

    void batchAcceptIsOneUndoStep()
    {
        ReviewPanel* panel = openPanel();
        QVERIFY(panel);
        const qint64 listed =
            scalar(*m_window, QStringLiteral("SELECT count(*) FROM place WHERE status <> 'merged'"));
        const int steps = m_window->undoStack().count();
        const qsizetype groups = qsizetype(queries::batchGroups(m_window->store().database(), 0.95).size());
        QVERIFY(groups > 0);
        QTimer::singleShot(0, this, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<BatchAcceptDialog*>(w)) {
                    dialog->setMinScore(0.95);
                    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("batchSummary"));
                    QVERIFY(summary->text().contains(QString::number(
                        queries::batchGroups(
                            static_cast<MainWindow*>(dialog->parentWidget()->window())->store().database(),
                            0.95)
                            .size())));
                    dialog->findChild<QPushButton*>(QStringLiteral("batchAccept"))->click();
                }
            }
        });
        m_window->findChild<QPushButton*>(QStringLiteral("reviewBatch"))->click();
        QCOMPARE(m_window->undoStack().count(), steps + 1);
        QVERIFY(scalar(*m_window, QStringLiteral("SELECT count(*) FROM place WHERE status <> 'merged'")) <=
                listed - groups);
        QApplication::setActiveWindow(m_window.get()); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_window->undoStack().index(), steps);
        QCOMPARE(scalar(*m_window, QStringLiteral("SELECT count(*) FROM place WHERE status <> 'merged'")),
                 listed);
    }

    void blindHidesScores()
    {
        ReviewPanel* panel = openPanel();
        QVERIFY(panel);
        auto* header = m_window->findChild<QLabel*>(QStringLiteral("reviewGroupHeader"));
        QVERIFY(header->text().contains(QStringLiteral("score")));
        panel->setBlind(true);
        QVERIFY(!header->text().contains(QStringLiteral("score")));
        QVERIFY(panel->queue()
                    ->data(panel->queue()->index(0, ReviewQueueModel::Score), Qt::DisplayRole)
                    .toString()
                    .isEmpty());
    }
};

QTEST_MAIN(TestReviewPanel)
#include "tst_review_panel.moc"
