// SPDX-License-Identifier: GPL-3.0-or-later
// Fichier ▸ Exporter un instantané on the real CGET project: public by default and saying what it leaves
// out, the export in a worker, the snapshot listed, and the differences of two snapshots as a report.
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace recoupe;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateSettings(); }

    void exportsAndCompares()
    {
        test::TemporaryProject project;
        test::importCget(project);
        MainWindow window(project.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionExportSnapshot"))->trigger();
        auto* dialog = window.findChild<ExportDialog*>(QStringLiteral("exportDialog"));
        QVERIFY(dialog);
        auto* isPublic = dialog->findChild<QCheckBox*>(QStringLiteral("exportPublic"));
        QVERIFY(isPublic->isChecked());
        auto* leftOut = dialog->findChild<QLabel*>(QStringLiteral("exportLeftOut"));
        QVERIFY(leftOut->text().contains(QStringLiteral("CONTACT, MAIL")));
        auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("exportFile"));
        QVERIFY(file->text().endsWith(QStringLiteral("_recoupe_tiers-lieux.csv")));
        // The extension follows the format.
        dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"))->setCurrentIndex(3);
        QVERIFY(file->text().endsWith(QStringLiteral(".gpkg")));

        QSignalSpy exported(dialog, &ExportDialog::exported);
        for (int i = 0; i < 2; ++i) {
            file->setText(QDir(project.folder()).filePath(QStringLiteral("snap%1.gpkg").arg(i)));
            dialog->findChild<QPushButton*>(QStringLiteral("exportStart"))->click();
            QVERIFY(exported.wait(30000));
            QVERIFY(QFile::exists(file->text()));
        }
        auto* list = dialog->findChild<QTableWidget*>(QStringLiteral("snapshotList"));
        QCOMPARE(list->rowCount(), 2);
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("exportResult"));
        QVERIFY2(result->text().contains(QStringLiteral("1512")), qPrintable(result->text()));
        auto* report = dialog->findChild<QPlainTextEdit*>(QStringLiteral("diffReport"));
        QVERIFY2(report->toPlainText().contains(QStringLiteral("No difference")),
                 qPrintable(report->toPlainText()));

        // The project itself is refused, nothing runs.
        file->setText(project.path());
        dialog->startExport();
        QVERIFY(!dialog->isRunning());
        QVERIFY(result->text().contains(QStringLiteral("project")));
        dialog->close();
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
