// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ Guide: README.md's guide is built in, in French and English, and shown in the window's language.
#include "GuideDialog.h"

#include <QAction>
#include <QLocale>
#include <QTest>
#include <QTextBrowser>
#include <QWidget>

using namespace recoupe;

class TestGuideDialog : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English)); }

    void bothLanguagesCoverEveryStep_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("headings");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("Guide d'utilisation"),
                                           QStringLiteral("Importer"),
                                           QStringLiteral("Trouver les doublons"),
                                           QStringLiteral("Revoir et fusionner"),
                                           QStringLiteral("Classer"),
                                           QStringLiteral("Contrôler"),
                                           QStringLiteral("Exporter"),
                                           QStringLiteral("Raccourcis clavier")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{
                                   QStringLiteral("User guide"),      QStringLiteral("Import"),
                                   QStringLiteral("Find duplicates"), QStringLiteral("Review and merge"),
                                   QStringLiteral("Classify"),        QStringLiteral("Check"),
                                   QStringLiteral("Export"),          QStringLiteral("Keyboard shortcuts")};
    }
    void bothLanguagesCoverEveryStep()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, headings);
        const QString guide = GuideDialog::markdown(language);
        QVERIFY2(!guide.isEmpty(), "the guide is not built in");
        for (const QString& heading : headings)
            QVERIFY2(guide.contains(QLatin1Char(' ') + heading + QLatin1Char('\n')), qPrintable(heading));
        // The markers of README.md stay outside.
        QVERIFY(!guide.contains(QLatin1String("<!--")));
        QVERIFY(guide.contains(QLatin1String("Alt+1")));
    }

    void showsTheGuideOfTheWindowsLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::French));
        QWidget window;
        QCOMPARE(GuideDialog::title(), QStringLiteral("Guide d'utilisation"));
        GuideDialog* dialog = GuideDialog::showFor(&window);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Guide d'utilisation"));
        QVERIFY(dialog->browser()->toPlainText().contains(QStringLiteral("Revoir et fusionner")));
        // Markdown is rendered, not shown as source: the table has no pipes left.
        QVERIFY(!dialog->browser()->toPlainText().contains(QLatin1String("|---|")));
        // Asked again, the same window comes forward.
        QCOMPARE(GuideDialog::showFor(&window), dialog);

        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(GuideDialog::title(), QStringLiteral("User guide"));
    }
};

QTEST_MAIN(TestGuideDialog)
#include "tst_guide_dialog.moc"
