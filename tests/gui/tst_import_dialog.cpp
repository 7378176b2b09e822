// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import end to end on a real file (the Breton fablab map, GeoJSON): preview, detected profile,
// import in a worker, report, refreshed window; and a cancelled import leaves the project unchanged.
#include "GuiTestSupport.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "PlaceTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QtTest>

using namespace recoupe;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void importsFromTheWindow()
    {
        test::TemporaryProject project;
        test::importCget(project);
        MainWindow window(project.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.placeModel()->rowCount(), 1512);

        window.findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
        auto* dialog = window.findChild<ImportDialog*>(QStringLiteral("importDialog"));
        QVERIFY(dialog);
        dialog->setFile(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")));
        auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("importPreview"));
        QVERIFY(preview->rowCount() > 0);
        QVERIFY(preview->columnCount() > 3);
        auto* start = dialog->findChild<QPushButton*>(QStringLiteral("importStart"));
        QVERIFY(start->isEnabled());
        auto* mapping = dialog->findChild<QTableWidget*>(QStringLiteral("importMapping"));
        QCOMPARE(mapping->rowCount(), 10);
        auto* nameColumn = qobject_cast<QComboBox*>(mapping->cellWidget(0, 1));
        QVERIFY(nameColumn && nameColumn->currentIndex() > 0); // the profile maps the name

        QSignalSpy imported(dialog, &ImportDialog::imported);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        const ImportReport report = dialog->report();
        QVERIFY(report.added > 0);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text().isEmpty());
        QCOMPARE(window.placeModel()->rowCount(), int(1512 + report.added));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusCount"))
                    ->text()
                    .startsWith(QLocale().toString(1512 + report.added)));
        auto* sources = window.findChild<QComboBox*>(QStringLiteral("filterSource"));
        QCOMPARE(sources->count(), 3); // all, CGET, the new one
        // The new records are not among the kept candidates yet: the status bar says how to compare them.
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Ctrl+D")));
        dialog->reject();
    }

    void cancelLeavesProjectUnchanged()
    {
        test::TemporaryProject project;
        test::importCget(project);
        auto store = project.open();
        const qint64 records = test::rowCount(*store, QStringLiteral("raw_record"));
        const qint64 places = test::rowCount(*store, QStringLiteral("place"));
        const qint64 audit = test::rowCount(*store, QStringLiteral("audit_log"));

        ImportDialog dialog(project.path());
        dialog.show();
        dialog.setFile(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(dialog.isRunning());
        dialog.cancelImport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        QCOMPARE(imported.size(), 0);
        const QString message = dialog.findChild<QLabel*>(QStringLiteral("importMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("cancelled")), qPrintable(message));
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record")), records);
        QCOMPARE(test::rowCount(*store, QStringLiteral("place")), places);
        QCOMPARE(test::rowCount(*store, QStringLiteral("audit_log")), audit);
        QCOMPARE(test::rowCount(*store, QStringLiteral("source")), qint64(1));
    }

    // Enter in the file field previews the file; it never imports: that is a press of the Import button.
    void enterInTheFileFieldDoesNotImport()
    {
        test::TemporaryProject project;
        test::importCget(project);
        ImportDialog dialog(project.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("importFile"));
        QVERIFY(file);
        file->setFocus();
        file->setText(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")));
        QTest::keyClick(file, Qt::Key_Return);
        QVERIFY(dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"))->rowCount() > 0);
        QTest::keyClick(file, Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(imported.size(), 0);
        QVERIFY(dialog.isVisible());
        auto store = project.open();
        QCOMPARE(test::rowCount(*store, QStringLiteral("source")), qint64(1));
    }

    // The preview of fablabs.io opens on the name, and the profile box says which profile it found.
    void previewShowsMappedColumnsFirst()
    {
        test::TemporaryProject project;
        ImportDialog dialog(project.path());
        dialog.setFile(test::dataPath(QStringLiteral("sources/fablabs_io_france_2017.json")));
        auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"));
        QVERIFY(preview->columnCount() > 3);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), QStringLiteral("name"));
        auto* profile = dialog.findChild<QComboBox*>(QStringLiteral("importProfile"));
        QVERIFY(profile->currentText().contains(QStringLiteral("fablabs.io"), Qt::CaseInsensitive));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("importSaveReport")));
    }

    void unreadableFileIsExplained()
    {
        test::TemporaryProject project;
        ImportDialog dialog(project.path());
        dialog.setFile(test::dataPath(QStringLiteral("bad/no_coordinates.csv")));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importStart"))->isEnabled());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("importMessage"))->text().isEmpty());
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
