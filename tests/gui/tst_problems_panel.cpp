// SPDX-License-Identifier: GPL-3.0-or-later
// The Problems panel: runs the checker, filters by code and severity, selects a problem's place, and
// fixes every shown problem in one undo step.
#include "ProblemsPanel.h"
#include "TestSupport.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "import/Importer.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace recoupe;

class TestProblemsPanel : public QObject
{
    Q_OBJECT

private slots:
    void checkFilterSelectFix()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("check/handmade.csv")),
                             {QStringLiteral("handmade"), QStringLiteral("generic")});
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*store, stack, notifier};
        ProblemsPanel panel(session);
        QAbstractItemModelTester tester(panel.model());
        panel.findChild<QPushButton*>(QStringLiteral("problemRun"))->click();
        QVERIFY(panel.model()->rowCount() >= 14);

        auto* code = panel.findChild<QComboBox*>(QStringLiteral("problemCode"));
        code->setCurrentIndex(code->findData(QStringLiteral("status_in_name")));
        QCOMPARE(panel.model()->rowCount(), 1);
        QSignalSpy activated(&panel, &ProblemsPanel::placeActivated);
        auto* view = panel.findChild<QTableView*>(QStringLiteral("problemView"));
        view->setCurrentIndex(panel.model()->index(0, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toLongLong(), panel.model()->problem(0).placeId);
        const qint64 place = panel.model()->problem(0).placeId;

        panel.findChild<QPushButton*>(QStringLiteral("problemFixShown"))->click();
        QCOMPARE(stack.count(), 1);
        QCOMPARE(panel.model()->rowCount(), 0); // checked again: gone
        QCOMPARE(
            sql::scalar(store->database(), QStringLiteral("SELECT name FROM place WHERE id = ?"), {place})
                .toString(),
            QStringLiteral("Atelier partagé"));
        // As in the window: each change of places re-checks them, so the undo brings the problem back
        // without pressing Check.
        connect(&notifier, &edit::Notifier::placesChanged, &panel,
                [&panel](const QList<qint64>& ids, edit::FieldMask) { panel.recheckPlaces(ids); });
        stack.undo();
        QCOMPARE(panel.model()->rowCount(), 1);

        auto* severity = panel.findChild<QComboBox*>(QStringLiteral("problemSeverity"));
        code->setCurrentIndex(0);
        severity->setCurrentIndex(severity->findData(QStringLiteral("error")));
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            QCOMPARE(panel.model()->problem(row).severity, check::Severity::Error);
        QVERIFY(panel.model()->rowCount() >= 2);
    }
};

QTEST_MAIN(TestProblemsPanel)
#include "tst_problems_panel.moc"
