// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPanel.h"

#include "BatchAcceptDialog.h"
#include "Error.h"
#include "MergeChooser.h"
#include "ReviewQueueModel.h"
#include "edit/EditNotifier.h"
#include "geo/AdminCodes.h"
#include "store/PlaceQueries.h"
#include "store/PlaceWriter.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace recoupe {

namespace {

QString distanceText(double metres)
{
    if (metres < 0)
        return QString();
    if (metres < 1000)
        return QCoreApplication::translate("ReviewPanel", "%1 m").arg(qRound(metres));
    return QCoreApplication::translate("ReviewPanel", "%1 km")
        .arg(QLocale().toString(metres / 1000.0, 'f', 1));
}

} // namespace

ReviewPanel::ReviewPanel(edit::Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_queue = new ReviewQueueModel(session.store, this);

    // Filters of the queue.
    m_verdict = new QComboBox(this);
    m_verdict->setObjectName(QStringLiteral("reviewVerdict"));
    m_verdict->addItem(tr("Every verdict"));
    m_verdict->addItem(tr("Very likely the same"), verdictKey(Verdict::Same));
    m_verdict->addItem(tr("To review"), verdictKey(Verdict::Review));
    m_minScore = new QDoubleSpinBox(this);
    m_minScore->setObjectName(QStringLiteral("reviewMinScore"));
    m_maxScore = new QDoubleSpinBox(this);
    m_maxScore->setObjectName(QStringLiteral("reviewMaxScore"));
    for (QDoubleSpinBox* box : {m_minScore, m_maxScore}) {
        box->setRange(0, 1);
        box->setSingleStep(0.05);
        box->setDecimals(2);
    }
    m_minScore->setPrefix(tr("score ≥ "));
    m_maxScore->setPrefix(tr("≤ "));
    m_maxScore->setValue(1);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("reviewSource"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("reviewRegion"));
    m_region->addItem(tr("All régions"));
    QList<geo::Region> regions = geo::regions();
    std::sort(regions.begin(), regions.end(), [](const geo::Region& a, const geo::Region& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const geo::Region& r : std::as_const(regions))
        m_region->addItem(r.name, r.code);
    m_undecidedOnly = new QCheckBox(tr("Still to review"), this);
    m_undecidedOnly->setObjectName(QStringLiteral("reviewUndecidedOnly"));
    m_blind = new QCheckBox(tr("Blind (hide score and verdict)"), this);
    m_blind->setObjectName(QStringLiteral("reviewBlind"));
    m_blind->setToolTip(tr("Review without the machine's opinion, so as not to be anchored by it"));

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("reviewCounter"));
    m_throughput = new QLabel(this);
    m_throughput->setObjectName(QStringLiteral("reviewThroughput"));

    m_queueView = new QTreeView(this);
    m_queueView->setObjectName(QStringLiteral("reviewQueue"));
    m_queueView->setModel(m_queue);
    m_queueView->setRootIsDecorated(false);
    m_queueView->setUniformRowHeights(true);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queueView->header()->setStretchLastSection(true);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("reviewGroupHeader"));
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("reviewExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pairs = new QTreeWidget(this);
    m_pairs->setObjectName(QStringLiteral("reviewPairs"));
    m_pairs->setRootIsDecorated(false);
    m_pairs->setHeaderLabels({tr("Pair"), tr("Distance"), tr("Score"), tr("Decision"), tr("Why")});
    m_pairs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pairs->header()->setStretchLastSection(true);
    m_pairs->setToolTip(tr("With a pair chosen here, D, U and M apply to that pair only"));

    m_chooser = new MergeChooser(this);
    m_attributes = new QCheckBox(tr("Original attributes"), this);
    m_attributes->setObjectName(QStringLiteral("reviewAttributes"));

    // Actions, each with its key on the button.
    auto button = [this](const QString& text, const QString& key, const QString& name, auto slot) {
        auto* b = new QPushButton(QStringLiteral("%1 (%2)").arg(text, key), this);
        b->setObjectName(name);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, slot);
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        return b;
    };
    QPushButton* merge =
        button(tr("Same place: merge"), tr("M"), QStringLiteral("reviewMerge"), &ReviewPanel::mergeChosen);
    QPushButton* proposed = button(tr("Merge as proposed"), tr("Enter"), QStringLiteral("reviewAccept"),
                                   &ReviewPanel::mergeProposed);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Enter), this);
    enter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enter, &QShortcut::activated, this, &ReviewPanel::mergeProposed);
    QPushButton* different = button(tr("Different places"), tr("D"), QStringLiteral("reviewDifferent"),
                                    &ReviewPanel::decideDifferent);
    QPushButton* unsure =
        button(tr("Unsure"), tr("U"), QStringLiteral("reviewUnsure"), &ReviewPanel::decideUnsure);
    QPushButton* skipButton = button(tr("Skip"), tr("S"), QStringLiteral("reviewSkip"), &ReviewPanel::skip);
    QPushButton* previousButton =
        button(tr("Previous"), tr("K"), QStringLiteral("reviewPrevious"), &ReviewPanel::previous);
    QPushButton* nextButton = button(tr("Next"), tr("J"), QStringLiteral("reviewNext"), &ReviewPanel::next);
    m_split = new QPushButton(tr("Split the merged place"), this);
    m_split->setObjectName(QStringLiteral("reviewSplit"));
    connect(m_split, &QPushButton::clicked, this, &ReviewPanel::splitCurrent);
    auto* batch = new QPushButton(tr("Accept in batch…"), this);
    batch->setObjectName(QStringLiteral("reviewBatch"));
    batch->setToolTip(tr("Merge every group whose pairs are all very likely the same above a score you set"));
    connect(batch, &QPushButton::clicked, this, &ReviewPanel::acceptBatch);

    auto* filters = new QGridLayout;
    filters->addWidget(m_verdict, 0, 0);
    filters->addWidget(m_minScore, 0, 1);
    filters->addWidget(m_maxScore, 0, 2);
    filters->addWidget(m_source, 1, 0);
    filters->addWidget(m_region, 1, 1, 1, 2);
    filters->addWidget(m_undecidedOnly, 2, 0);
    filters->addWidget(m_blind, 2, 1, 1, 2);
    auto* counts = new QHBoxLayout;
    counts->addWidget(m_counter, 1);
    counts->addWidget(m_throughput);

    auto* groupBox = new QWidget(this);
    auto* groupLayout = new QVBoxLayout(groupBox);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addWidget(m_header);
    groupLayout->addWidget(m_explanation);
    groupLayout->addWidget(m_pairs);
    groupLayout->addWidget(m_chooser, 1);
    groupLayout->addWidget(m_attributes);
    auto* actions = new QGridLayout;
    actions->addWidget(merge, 0, 0);
    actions->addWidget(proposed, 0, 1);
    actions->addWidget(different, 0, 2);
    actions->addWidget(unsure, 1, 0);
    actions->addWidget(skipButton, 1, 1);
    actions->addWidget(m_split, 1, 2);
    actions->addWidget(previousButton, 2, 0);
    actions->addWidget(nextButton, 2, 1);
    actions->addWidget(batch, 2, 2);
    groupLayout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_queueView);
    splitter->addWidget(groupBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 6);
    splitter->setSizes({90, 640}); // the group side by side needs the room; the queue is a few lines
    m_queueView->setMinimumHeight(60);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addLayout(counts);
    layout->addWidget(splitter, 1);

    connect(m_verdict, &QComboBox::currentIndexChanged, this, &ReviewPanel::applyFilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ReviewPanel::applyFilter);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ReviewPanel::applyFilter);
    connect(m_minScore, &QDoubleSpinBox::editingFinished, this, &ReviewPanel::applyFilter);
    connect(m_maxScore, &QDoubleSpinBox::editingFinished, this, &ReviewPanel::applyFilter);
    connect(m_undecidedOnly, &QCheckBox::toggled, this, &ReviewPanel::applyFilter);
    connect(m_blind, &QCheckBox::toggled, this, &ReviewPanel::setBlind);
    connect(m_attributes, &QCheckBox::toggled, m_chooser, &MergeChooser::setShowAttributes);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.row() != m_row)
                    openRow(current.row());
            });

    connect(&session.notifier, &edit::Notifier::decisionsChanged, this, &ReviewPanel::onDecisionsChanged);
    connect(&session.notifier, &edit::Notifier::candidatesChanged, this, &ReviewPanel::reload);
    connect(&session.notifier, &edit::Notifier::projectChanged, this, [this] {
        if (!m_acting)
            reload();
    });
    reload();
}

void ReviewPanel::reload()
{
    const qint64 sourceId = m_source->currentData().toLongLong();
    {
        QSignalBlocker block(m_source);
        m_source->clear();
        m_source->addItem(tr("Every source"));
        try {
            for (const SourceSummary& s : placeQueries::sources(m_session.store.database()))
                m_source->addItem(s.name, s.id);
        } catch (const Error& e) {
            qWarning().noquote() << e.message();
        }
        m_source->setCurrentIndex(std::max(0, m_source->findData(sourceId)));
    }
    m_queue->reload();
    m_row = -1;
    const int open = m_queue->nextOpenRow(0);
    openRow(open >= 0 ? open : 0);
}

void ReviewPanel::applyFilter()
{
    queries::ReviewFilter f;
    if (m_verdict->currentIndex() > 0)
        f.verdict = m_verdict->currentData().toString() == verdictKey(Verdict::Same) ? Verdict::Same
                                                                                     : Verdict::Review;
    f.minScore = m_minScore->value();
    f.maxScore = m_maxScore->value();
    f.sourceId = m_source->currentData().toLongLong();
    f.region = m_region->currentData().toString();
    f.undecidedOnly = m_undecidedOnly->isChecked();
    if (f == m_queue->filter())
        return;
    m_queue->setFilter(f);
    m_row = -1;
    const int open = m_queue->nextOpenRow(0);
    openRow(open >= 0 ? open : 0);
}

void ReviewPanel::setBlind(bool blind)
{
    if (m_blind->isChecked() != blind)
        m_blind->setChecked(blind);
    m_queue->setBlind(blind);
    m_pairs->setColumnHidden(2, blind);
    m_pairs->setColumnHidden(4, blind);
    m_explanation->setVisible(!blind);
    showGroup();
}

void ReviewPanel::focusQueue()
{
    m_queueView->setFocus(Qt::ShortcutFocusReason);
}

void ReviewPanel::openRow(int row)
{
    if (row < 0 || row >= m_queue->groupCount()) {
        m_row = -1;
        m_group = 0;
    } else {
        m_row = row;
        m_group = m_queue->groupAt(row).group;
        QSignalBlocker block(m_queueView->selectionModel());
        m_queueView->setCurrentIndex(m_queue->index(row, 0));
        m_queueView->scrollTo(m_queue->index(row, 0));
    }
    showGroup();
}

void ReviewPanel::showGroup()
{
    updateCounter();
    m_pairs->clear();
    m_groupPairs.clear();
    m_places.clear();
    if (m_group == 0) {
        m_header->setText(m_queue->groupCount() == 0
                              ? tr("No candidate duplicates to review: run Duplicates ▸ Find (Ctrl+D).")
                              : tr("No group chosen."));
        m_explanation->clear();
        m_chooser->clearProposal();
        m_split->setEnabled(false);
        emit groupShown({}, {});
        return;
    }
    QSqlDatabase& db = m_session.store.database();
    QList<map::CandidateLink> links;
    QHash<qint64, QPointF> positions;
    try {
        m_groupPairs = queries::groupPairs(db, m_group);
        QList<qint64> places;
        for (const queries::ReviewPair& p : m_groupPairs) {
            for (qint64 id : {p.placeA, p.placeB}) {
                if (id > 0 && !places.contains(id))
                    places << id;
            }
        }
        if (places.size() >= 2) {
            const qint64 kept = review::proposedKeptPlace(db, places);
            m_places = {kept};
            for (qint64 id : std::as_const(places)) {
                if (id != kept)
                    m_places << id;
            }
            const review::MergeProposal proposal = review::proposeMerge(db, kept, m_places);
            QList<QList<PlaceRecord>> records;
            for (qint64 id : std::as_const(m_places))
                records << placeQueries::records(db, id);
            m_chooser->setProposal(proposal, records);
            const QList<review::FieldOffer>& lons = proposal.offers.at(int(Field::Lon));
            const QList<review::FieldOffer>& lats = proposal.offers.at(int(Field::Lat));
            for (qsizetype i = 0; i < lons.size(); ++i) {
                if (!lons.at(i).value.isNull() && !lats.at(i).value.isNull())
                    positions.insert(lons.at(i).placeId,
                                     QPointF(lons.at(i).value.toDouble(), lats.at(i).value.toDouble()));
            }
        } else {
            m_places = places;
            m_chooser->clearProposal();
        }
        for (const queries::ReviewPair& p : m_groupPairs) {
            auto* item = new QTreeWidgetItem(m_pairs);
            item->setText(0, QStringLiteral("%1 %2 — %3 %4").arg(p.sourceA, p.keyA, p.sourceB, p.keyB));
            item->setText(1, distanceText(p.distanceMetres));
            item->setText(2, QLocale().toString(p.score, 'f', 2));
            item->setText(3, p.decision ? decisionLabel(*p.decision) : QString());
            item->setText(4, p.explanation);
            item->setToolTip(4, p.explanation);
            // The places' positions are those the proposal just read (one offer per place).
            const auto a = positions.constFind(p.placeA);
            const auto b = positions.constFind(p.placeB);
            if (p.placeA != p.placeB && a != positions.constEnd() && b != positions.constEnd())
                links << map::CandidateLink{*a, *b, distanceText(p.distanceMetres)};
        }
    } catch (const Error& e) {
        m_header->setText(e.message());
        return;
    }
    m_pairs->setVisible(m_groupPairs.size() > 1);
    const queries::ReviewGroup& g = m_queue->groupAt(m_row);
    const queries::ReviewPair& best = m_groupPairs.front();
    QString header = tr("Group %1 · %n place(s)", nullptr, int(m_places.size())).arg(m_group);
    if (m_groupPairs.size() == 1 && best.distanceMetres >= 0)
        header += tr(" · %1 apart").arg(distanceText(best.distanceMetres));
    if (!m_blind->isChecked()) {
        header += tr(" · score %1 · %2")
                      .arg(QLocale().toString(g.bestScore, 'f', 2),
                           g.allSame ? tr("very likely the same") : tr("to review"));
    }
    if (g.examined())
        header += tr(" · examined");
    m_header->setText(header);
    m_explanation->setText(m_groupPairs.size() == 1 ? best.explanation : QString());
    m_split->setEnabled(m_places.size() == 1 && placeWriter::isMerged(db, m_places.first()));
    emit groupShown(m_places, links);
}

void ReviewPanel::updateCounter()
{
    const int total = m_queue->groupCount();
    const int examined = m_queue->examinedCount();
    m_counter->setText(tr("%1 of %n examined", nullptr, total).arg(examined));
    const double hours = m_sitting.isValid() ? std::max(m_sitting.elapsed(), qint64(60000)) / 3600000.0 : 0;
    const QString remaining = tr("%n to go", nullptr, total - examined);
    m_throughput->setText(
        m_sittingActions == 0
            ? remaining
            : tr("%1 decisions per hour · %2").arg(qRound(m_sittingActions / hours)).arg(remaining));
}

std::vector<queries::ReviewPair> ReviewPanel::targetPairs() const
{
    if (m_groupPairs.size() > 1 && m_pairs->hasFocus() && m_pairs->currentItem()) {
        const int index = m_pairs->indexOfTopLevelItem(m_pairs->currentItem());
        if (index >= 0 && index < int(m_groupPairs.size()))
            return {m_groupPairs[size_t(index)]};
    }
    return m_groupPairs;
}

void ReviewPanel::warn(const QString& message)
{
    QMessageBox::warning(this, tr("Review"), message);
}

void ReviewPanel::afterAction()
{
    if (!m_sitting.isValid())
        m_sitting.start();
    ++m_sittingActions;
    m_actedGroups.insert(m_group);
    m_queue->refreshGroup(m_group);
    const int open = m_queue->nextOpenRow(m_row + 1);
    openRow(open >= 0 ? open : std::min(m_row + 1, m_queue->groupCount() - 1));
}

void ReviewPanel::mergeChosen()
{
    if (m_group == 0)
        return;
    const std::vector<queries::ReviewPair> pairs = targetPairs();
    QString error;
    std::optional<MergePlan> plan;
    if (pairs.size() == 1 && m_groupPairs.size() > 1) {
        // One pair of a larger group: its two places, as proposed.
        const queries::ReviewPair& p = pairs.front();
        if (p.placeA == p.placeB)
            return;
        QSqlDatabase& db = m_session.store.database();
        try {
            const qint64 kept = review::proposedKeptPlace(db, {p.placeA, p.placeB});
            plan = review::proposeMerge(db, kept, {p.placeA, p.placeB}).plan;
        } catch (const Error& e) {
            warn(e.message());
            return;
        }
    } else {
        if (m_places.size() < 2) {
            afterAction(); // already one place
            return;
        }
        plan = m_chooser->chosenPlan(&error);
    }
    if (!plan) {
        warn(error);
        return;
    }
    m_acting = true;
    const bool ok = edit::mergePlaces(m_session, *plan, &error);
    m_acting = false;
    if (!ok) {
        warn(error);
        return;
    }
    afterAction();
}

void ReviewPanel::mergeProposed()
{
    // Enter in a typed value means "take what I typed".
    if (m_chooser->isAncestorOf(QApplication::focusWidget())) {
        mergeChosen();
        return;
    }
    if (m_group == 0 || m_places.size() < 2)
        return;
    QString error;
    m_acting = true;
    const bool ok = edit::mergePlaces(m_session, m_chooser->proposal().plan, &error);
    m_acting = false;
    if (!ok) {
        warn(error);
        return;
    }
    afterAction();
}

void ReviewPanel::decide(Decision decision)
{
    if (m_group == 0)
        return;
    const std::vector<queries::ReviewPair> pairs = targetPairs();
    // Every pair of the group in one undo step.
    m_session.stack.beginMacro(tr("%1: group %2").arg(decisionLabel(decision)).arg(m_group));
    QString error;
    bool ok = true;
    m_acting = true;
    for (const queries::ReviewPair& p : pairs) {
        if (p.placeA == p.placeB)
            continue; // already merged
        ok = edit::decidePair(m_session, PairKey{p.sourceA, p.keyA, p.sourceB, p.keyB}, decision, {}, &error);
        if (!ok)
            break;
    }
    m_acting = false;
    m_session.stack.endMacro();
    if (!ok) {
        warn(error);
        return;
    }
    afterAction();
}

void ReviewPanel::decideDifferent()
{
    decide(Decision::Different);
}

void ReviewPanel::decideUnsure()
{
    decide(Decision::Unsure);
}

void ReviewPanel::skip()
{
    if (m_group == 0)
        return;
    const int open = m_queue->nextOpenRow(m_row + 1);
    openRow(open >= 0 ? open : std::min(m_row + 1, m_queue->groupCount() - 1));
}

void ReviewPanel::next()
{
    if (m_row + 1 < m_queue->groupCount())
        openRow(m_row + 1);
}

void ReviewPanel::previous()
{
    if (m_row > 0)
        openRow(m_row - 1);
}

void ReviewPanel::splitCurrent()
{
    if (m_places.size() != 1)
        return;
    QString error;
    m_acting = true;
    const QList<qint64> restored = edit::splitPlace(m_session, m_places.first(), Decision::Different, &error);
    m_acting = false;
    if (restored.isEmpty()) {
        warn(error);
        return;
    }
    m_queue->refreshGroup(m_group);
    showGroup();
}

void ReviewPanel::acceptBatch()
{
    BatchAcceptDialog dialog(m_session, this);
    m_acting = true;
    dialog.exec();
    m_acting = false;
    if (dialog.mergedGroups() > 0) {
        m_sittingActions += dialog.mergedGroups();
        if (!m_sitting.isValid())
            m_sitting.start();
        m_queue->reload();
        const int open = m_queue->nextOpenRow(0);
        openRow(open >= 0 ? open : 0);
    }
}

void ReviewPanel::onDecisionsChanged()
{
    if (m_acting)
        return;
    // Done elsewhere, or undone: the groups acted on in this sitting and the one shown are read again.
    for (qint64 group : std::as_const(m_actedGroups))
        m_queue->refreshGroup(group);
    m_queue->refreshGroup(m_group);
    if (!m_actedGroups.isEmpty() && m_session.stack.canRedo()) {
        // An undo brings back the group it undid.
        for (qint64 group : std::as_const(m_actedGroups)) {
            const int row = m_queue->rowOfGroup(group);
            if (row >= 0 && !m_queue->groupAt(row).examined()) {
                openRow(row);
                return;
            }
        }
    }
    showGroup();
}

} // namespace recoupe
