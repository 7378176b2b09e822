// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassifyActions.h"

#include "Error.h"
#include "classify/Suggestions.h"
#include "edit/Edit.h"
#include "map/BackgroundPool.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QWidget>
#include <QtConcurrent>

namespace recoupe {

ClassifyActions::ClassifyActions(edit::Session& session, std::function<QList<qint64>()> selection,
                                 QWidget* window)
    : QObject(window), m_session(session), m_selection(std::move(selection)), m_window(window)
{
    const std::pair<PlaceType, QString> keys[] = {{PlaceType::Coworking, tr("Alt+1")},
                                                  {PlaceType::Fablab, tr("Alt+2")},
                                                  {PlaceType::Excluded, tr("Alt+3")},
                                                  {PlaceType::Unknown, tr("Alt+0")}};
    for (const auto& [type, key] : keys) {
        const QString text = type == PlaceType::Excluded  ? tr("&Excluded…")
                             : type == PlaceType::Unknown ? tr("&Unknown")
                                                          : placeTypeLabel(type);
        auto* action = new QAction(text, this);
        action->setObjectName(QStringLiteral("actionClassify_") + placeTypeKey(type));
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setStatusTip(tr("Give the selected places this type (one undoable step)"));
        connect(action, &QAction::triggered, this, [this, type = type] { classify(m_selection(), type); });
        m_typeActions.append(action);
    }
    m_accept = new QAction(tr("Accept the &suggested type"), this);
    m_accept->setObjectName(QStringLiteral("actionAcceptSuggestions"));
    m_accept->setShortcut(QKeySequence(tr("Alt+S")));
    m_accept->setStatusTip(tr("Give each selected place its suggested type (one undoable step)"));
    connect(m_accept, &QAction::triggered, this, [this] { acceptSuggestions(m_selection()); });
    m_refresh = new QAction(tr("&Compute the suggestions again"), this);
    m_refresh->setObjectName(QStringLiteral("actionRefreshSuggestions"));
    connect(m_refresh, &QAction::triggered, this, [this] { refreshSuggestions(true); });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_refresh->setEnabled(true);
        const QString error = m_watcher.result();
        if (!error.isEmpty())
            emit message(error);
        else if (!m_progress.isCancelled() && m_announce)
            emit message(tr("Suggested types computed."));
        emit suggestionsChanged();
    });
}

ClassifyActions::~ClassifyActions()
{
    m_progress.cancel();
    m_watcher.waitForFinished();
}

void ClassifyActions::populate(QMenu* menu)
{
    menu->addActions(m_typeActions);
    menu->addSeparator();
    menu->addAction(m_accept);
    menu->addAction(m_refresh);
}

bool ClassifyActions::askExclusion(QWidget* parent, ExclusionReason* reason, QString* note)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Exclude places"));
    auto* reasons = new QComboBox(&dialog);
    reasons->setObjectName(QStringLiteral("exclusionReason"));
    for (ExclusionReason r : exclusionReasons())
        reasons->addItem(exclusionReasonLabel(r), exclusionReasonKey(r));
    auto* noteEdit = new QLineEdit(&dialog);
    noteEdit->setObjectName(QStringLiteral("exclusionNote"));
    noteEdit->setPlaceholderText(tr("Needed for “other”"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Exclude"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Reason:"), reasons);
    form->addRow(tr("Note:"), noteEdit);
    form->addRow(buttons);
    auto update = [&] {
        const bool other =
            exclusionReasonFromKey(reasons->currentData().toString()) == ExclusionReason::Other;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!other || !noteEdit->text().trimmed().isEmpty());
    };
    connect(reasons, &QComboBox::currentIndexChanged, &dialog, update);
    connect(noteEdit, &QLineEdit::textChanged, &dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *reason = exclusionReasonFromKey(reasons->currentData().toString());
    *note = noteEdit->text().trimmed();
    return true;
}

void ClassifyActions::classify(const QList<qint64>& placeIds, PlaceType type)
{
    if (placeIds.isEmpty()) {
        emit message(tr("Select places first (table, map or review panel)."));
        return;
    }
    ExclusionReason reason = ExclusionReason::None;
    QString note;
    if (type == PlaceType::Excluded && !askExclusion(m_window, &reason, &note))
        return;
    QString error;
    const int changed = edit::classifyPlaces(m_session, placeIds, type, reason, note, &error);
    if (changed < 0)
        emit message(error);
    else
        emit message(tr("%n place(s) classified as %1.", nullptr, changed).arg(placeTypeLabel(type)));
}

void ClassifyActions::acceptSuggestions(const QList<qint64>& placeIds)
{
    if (placeIds.isEmpty()) {
        emit message(tr("Select places first (table, map or review panel)."));
        return;
    }
    QString error;
    const int changed = edit::acceptSuggestions(m_session, placeIds, &error);
    if (changed < 0)
        emit message(error);
    else
        emit message(tr("%n place(s) took their suggested type.", nullptr, changed));
}

void ClassifyActions::refreshSuggestions(bool announce)
{
    start(announce, false);
}

void ClassifyActions::refreshSuggestionsIfMissing()
{
    start(false, true);
}

void ClassifyActions::start(bool announce, bool onlyIfMissing)
{
    if (m_watcher.isRunning())
        return;
    m_announce = announce;
    m_refresh->setEnabled(false);
    m_progress.restart();
    if (announce)
        emit message(tr("Computing the suggested types…"));
    const QString path = m_session.store.path();
    auto progress = m_progress.callback();
    // Its own connection, so the window's stays free, and one transaction, so the window never sees half
    // of it; even the count of places without a suggestion is made there, not while the window opens.
    m_watcher.setFuture(QtConcurrent::run(backgroundPool(), [path, progress, onlyIfMissing]() -> QString {
        try {
            Store store(path, Store::Access::Write);
            if (onlyIfMissing && classify::placesWithoutSuggestion(store.database()) == 0)
                return {};
            classify::refreshAllSuggestions(store.database(), classify::TypeModel::bundled(), progress);
            return {};
        } catch (const Error& e) {
            return e.message();
        }
    }));
}

} // namespace recoupe
