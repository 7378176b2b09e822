// SPDX-License-Identifier: GPL-3.0-or-later
// recoupe: the desktop application.
#include "Error.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "project/DefaultProject.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ANCT"));
    QApplication::setApplicationName(QStringLiteral("recoupe"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recoupe"));
    // The installed desktop entry and icon (packaging/): lets the desktop tie the window to them.
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.anct.Recoupe"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("fr.anct.Recoupe")));
#ifdef RECOUPE_VERSION
    QApplication::setApplicationVersion(QStringLiteral(RECOUPE_VERSION));
#endif
    // $RECOUPE_LANG, else the choice in View ▸ Language, else the system locale.
    QString language = qEnvironmentVariable("RECOUPE_LANG");
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("language")).toString();
    recoupe::i18n::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Curate the national database of tiers lieux."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project file to open (default: the default project)."));
    parser.process(app);

    try {
        const QString path = parser.positionalArguments().isEmpty() ? recoupe::defaultProject::ensure()
                                                                    : parser.positionalArguments().first();
        auto* window = new recoupe::MainWindow(path);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return app.exec();
    } catch (const recoupe::Error& e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Recoupe"), e.message());
        return 1;
    }
}
