// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace recoupe {

// Help ▸ Guide: the user guide of README.md, built into the program (offline), in the language of the
// window (French unless the window speaks English). A window of its own, so that it stays open beside
// the work; one per main window.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    // The guide in Markdown for "fr" or "en" (empty if the build has none).
    static QString markdown(const QString& language);
    // The language of the guide matching the current locale: "fr" or "en".
    static QString currentLanguage();
    // The guide's own title (its first heading), in the current language: the menu entry and the
    // window title, so that they are translated with the guide itself.
    static QString title();
    // Shows parent's guide window, opening it the first time.
    static GuideDialog* showFor(QWidget* parent);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace recoupe
