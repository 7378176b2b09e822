// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace recoupe::i18n {

namespace {
// Strings of Qt itself that Qt's own French catalogue (qtbase_fr) leaves in English: listed here so that
// lupdate keeps them in recoupe_*.ts under Qt's context, and our catalogue answers when Qt's has nothing.
[[maybe_unused]] const char* const qtStringsMissingInFrench[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};
} // namespace

QString install(const QString& language)
{
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
    // Source strings are English; French is the primary language of the product, so it is the default
    // for every locale but English.
    auto* app = QCoreApplication::instance();
    static QTranslator* recoupe = nullptr;
    static QTranslator* qt = nullptr;
    if (!recoupe) {
        recoupe = new QTranslator(app);
        qt = new QTranslator(app);
    } else {
        QCoreApplication::removeTranslator(recoupe);
        QCoreApplication::removeTranslator(qt);
    }
    // The catalogue installed beside the program (/usr/share/recoupe/translations for /usr/bin/recoupe)
    // first, so that a corrected one can be dropped in without a rebuild; else the one built in.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/recoupe/translations");
    if (recoupe->load(QStringLiteral("recoupe_%1.qm").arg(chosen), installed) ||
        recoupe->load(QStringLiteral(":/i18n/recoupe_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(recoupe);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(chosen == QLatin1String("fr") ? QLocale::French : QLocale::English));
    return chosen;
}

} // namespace recoupe::i18n
