// SPDX-License-Identifier: GPL-3.0-or-later
#include "CandidateList.h"

#include "Error.h"
#include "store/CandidateQueries.h"
#include "store/Store.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace recoupe {

namespace {
constexpr int PlaceIdRole = Qt::UserRole;
}

CandidateList::CandidateList(Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("candidateList"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("candidateSummary"));
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("candidateTree"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Place"), tr("Source"), tr("Score"), tr("Verdict"), tr("Why")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true); // the explanation wraps instead of running off screen
    m_list->setToolTip(tr("Enter or double-click: show the two places together"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("candidateWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_why);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_why->setText(item ? item->text(4) : QString()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit pairActivated(m_placeId, item->data(0, PlaceIdRole).toLongLong());
    });
    setPlace(0);
}

void CandidateList::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void CandidateList::setPlace(qint64 placeId)
{
    m_placeId = placeId;
    m_list->clear();
    m_why->clear();
    if (placeId <= 0) {
        m_summary->setText(tr("No place selected"));
        return;
    }
    std::vector<queries::PlaceCandidate> candidates;
    try {
        candidates = queries::candidatesOfPlace(m_store.database(), placeId);
    } catch (const Error& e) {
        m_summary->setText(e.message());
        return;
    }
    for (const queries::PlaceCandidate& c : candidates) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, c.otherName);
        // The source alone in the column (a key can be a whole URL that pushes Score and Verdict away);
        // the key in the tooltip.
        item->setText(1, c.otherSource);
        item->setToolTip(1, tr("%1, key %2").arg(c.otherSource, c.otherKey));
        item->setText(2, QLocale().toString(c.score, 'f', 2));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, c.verdict == Verdict::Same ? tr("very likely the same") : tr("to review"));
        item->setText(4, c.explanation);
        item->setToolTip(4, c.explanation);
        item->setData(0, PlaceIdRole, c.otherPlaceId);
    }
    m_summary->setText(
        candidates.empty()
            ? tr("No candidate duplicate for this place in the last search (Duplicates ▸ Find).")
            : tr("%n candidate duplicate(s) from the last search.", nullptr, int(candidates.size())));
}

} // namespace recoupe
