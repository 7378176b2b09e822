// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace recoupe {

QString GuideDialog::markdown(const QString& language)
{
    // Written at configure time from README.md (app/gui/CMakeLists.txt).
    QFile file(QStringLiteral(":/recoupe/guide/guide_%1.md").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString GuideDialog::currentLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

QString GuideDialog::title()
{
    static const QRegularExpression heading(QStringLiteral("^#+\\s+(.+?)\\s*$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = heading.match(markdown(currentLanguage()));
    return match.hasMatch() ? match.captured(1) : QStringLiteral("Recoupe");
}

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(title());
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(markdown(currentLanguage()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

GuideDialog* GuideDialog::showFor(QWidget* parent)
{
    auto* dialog = parent ? parent->findChild<GuideDialog*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog)
        dialog = new GuideDialog(parent);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace recoupe
