// SPDX-License-Identifier: GPL-3.0-or-later
// The review façade: merges, splits, decisions and batches, each one undoable command recorded as a
// changeset (see ChangesetCommand) and one audit_log entry.
#include "check/Checker.h"
#include "classify/Suggestions.h"
#include "edit/ChangesetCommand.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "edit/PlaceCommands.h"
#include "edit/RecordedEdit.h"
#include "store/GeographyStore.h"

#include "Error.h"
#include "review/MergeProposal.h"
#include "store/AuditLog.h"
#include "store/CandidateQueries.h"
#include "store/Changeset.h"
#include "store/PlaceWriter.h"
#include "store/ReviewQueries.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUndoStack>
#include <memory>

namespace recoupe::edit {

namespace {

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(double(id));
    return a;
}

QJsonObject describePair(const PairKey& p)
{
    return QJsonObject{{QStringLiteral("source_a"), p.sourceA},
                       {QStringLiteral("key_a"), p.keyA},
                       {QStringLiteral("source_b"), p.sourceB},
                       {QStringLiteral("key_b"), p.keyB}};
}

QJsonObject describeFields(const QList<FieldChoice>& fields)
{
    QJsonObject o;
    for (const FieldChoice& c : fields) {
        o.insert(fieldKey(c.field),
                 QJsonObject{{QStringLiteral("value"), QJsonValue::fromVariant(c.value)},
                             {QStringLiteral("origin"), c.originRecordId > 0
                                                            ? QJsonValue(double(c.originRecordId))
                                                            : QJsonValue(QStringLiteral("manual"))}});
    }
    return o;
}

// Geography and problems after a merge or split (inside the recorded step). Only the kept places can
// move (their position may come from another place): the others' rows are as they were, so their
// geography is too; the problems of all of them are checked again (their records changed places).
void refreshDerived(QSqlDatabase& db, const QList<qint64>& keptPlaces, const QList<qint64>& placeIds)
{
    geography::updatePlaces(db, keptPlaces);
    check::savePlaces(db, placeIds, check::runFor(db, placeIds));
    classify::refreshSuggestions(db, placeIds); // their records changed places
}

ChangesetCommand::Notify mergeNotify(qint64 kept, const QList<qint64>& absorbed)
{
    return [kept, absorbed](Notifier& n, bool forward) {
        if (forward)
            emit n.placesMerged(kept, absorbed);
        else
            emit n.placeSplit(kept, absorbed);
        emit n.decisionsChanged(); // placesMerged / placeSplit also say that the kept place changed
    };
}

} // namespace

bool mergePlaces(Session& session, const MergePlan& plan, QString* error)
{
    AuditEntry entry;
    entry.action = QStringLiteral("merge");
    entry.entity = QStringLiteral("place");
    entry.entityId = plan.kept;
    entry.details = QJsonObject{{QStringLiteral("absorbed"), idArray(plan.absorbed)},
                                {QStringLiteral("fields"), describeFields(plan.fields)}};
    const QString text =
        QCoreApplication::translate("Edit", "Merge %n place(s) into “%1”", nullptr, int(plan.absorbed.size()))
            .arg(placeName(session.store, plan.kept));
    return record(
        session, entry, text, mergeNotify(plan.kept, plan.absorbed),
        [&](AuditEntry&) {
            placeWriter::merge(session.store.database(), plan);
            refreshDerived(session.store.database(), {plan.kept}, QList<qint64>{plan.kept} + plan.absorbed);
        },
        error);
}

QList<qint64> splitPlace(Session& session, qint64 placeId, std::optional<Decision> pairsBecome,
                         QString* error)
{
    AuditEntry entry;
    entry.action = QStringLiteral("split");
    entry.entity = QStringLiteral("place");
    entry.entityId = placeId;
    const QString text =
        QCoreApplication::translate("Edit", "Split “%1”").arg(placeName(session.store, placeId));
    // The restored ids are known once the split ran; the command keeps them for its notifications.
    auto restored = std::make_shared<QList<qint64>>();
    auto notify = [placeId, restored](Notifier& n, bool forward) {
        mergeNotify(placeId, restored->mid(1))(n, !forward);
    };
    const bool ok = record(
        session, entry, text, notify,
        [&](AuditEntry& e) {
            *restored = placeWriter::split(session.store.database(), placeId, pairsBecome);
            refreshDerived(session.store.database(), {placeId}, *restored);
            e.details = QJsonObject{{QStringLiteral("restored"), idArray(restored->mid(1))},
                                    {QStringLiteral("pairs_become"),
                                     pairsBecome ? decisionKey(*pairsBecome) : QStringLiteral("none")}};
        },
        error);
    return ok ? *restored : QList<qint64>{};
}

bool decidePair(Session& session, const PairKey& pair, std::optional<Decision> decision, const QString& note,
                QString* error)
{
    const PairKey p = pair.canonical();
    AuditEntry entry;
    entry.action = decision ? QStringLiteral("decide") : QStringLiteral("undecide");
    entry.entity = QStringLiteral("pair");
    entry.field = QStringLiteral("decision");
    entry.newValue = decision ? QVariant(decisionKey(*decision)) : QVariant();
    QJsonObject details = describePair(p);
    if (!note.isEmpty())
        details.insert(QStringLiteral("note"), note);
    entry.details = details;
    const QString text = decision
                             ? QCoreApplication::translate("Edit", "Decide “%1”: %2 %3 / %4 %5")
                                   .arg(decisionLabel(*decision), p.sourceA, p.keyA, p.sourceB, p.keyB)
                             : QCoreApplication::translate("Edit", "Forget the decision on %1 %2 / %3 %4")
                                   .arg(p.sourceA, p.keyA, p.sourceB, p.keyB);
    auto notify = [](Notifier& n, bool) { emit n.decisionsChanged(); };
    return record(
        session, entry, text, notify,
        [&](AuditEntry& e) {
            QSqlDatabase& db = session.store.database();
            const auto previous = placeWriter::decide(db, p, decision, note);
            if (!decision && !previous)
                throw Error(QCoreApplication::translate("Edit", "No decision on this pair to undo"));
            e.oldValue = previous ? QVariant(decisionKey(*previous)) : QVariant();
            e.entityId =
                sql::scalar(db,
                            QStringLiteral("SELECT id FROM pair_decision WHERE source_a = ? AND key_a = ? "
                                           "AND source_b = ? AND key_b = ?"),
                            {p.sourceA, p.keyA, p.sourceB, p.keyB})
                    .toLongLong();
        },
        error);
}

int acceptBatch(Session& session, double minScore, const QList<qint64>& groups, QString* error)
{
    AuditEntry entry;
    entry.action = QStringLiteral("batch_merge");
    entry.entity = QStringLiteral("match_run");
    const QString text =
        QCoreApplication::translate("Edit", "Accept the merges scoring at least %1").arg(minScore, 0, 'f', 2);
    using Merges = QList<QPair<qint64, QList<qint64>>>; // kept, absorbed
    auto merges = std::make_shared<Merges>();
    // Thousands of merges: one "reload everything" for the views, not a signal (and a reload) per merge.
    auto notify = [](Notifier& n, bool) {
        emit n.projectChanged();
        emit n.decisionsChanged();
    };
    const bool ok = record(
        session, entry, text, notify,
        [&](AuditEntry& e) {
            QSqlDatabase& db = session.store.database();
            const QSet<qint64> wanted(groups.cbegin(), groups.cend());
            QJsonArray done;
            QList<qint64> touched;
            for (qint64 group : queries::batchGroups(db, minScore)) {
                if (!wanted.isEmpty() && !wanted.contains(group))
                    continue;
                QList<qint64> places;
                for (const queries::ReviewPair& p : queries::groupPairs(db, group)) {
                    for (qint64 id : {p.placeA, p.placeB}) {
                        if (id > 0 && !places.contains(id))
                            places << id;
                    }
                }
                if (places.size() < 2)
                    continue;
                const qint64 kept = review::proposedKeptPlace(db, places);
                const review::MergeProposal proposal = review::proposeMerge(db, kept, places);
                placeWriter::merge(db, proposal.plan);
                touched << kept << proposal.plan.absorbed;
                merges->append({kept, proposal.plan.absorbed});
                done.append(QJsonObject{{QStringLiteral("group"), double(group)},
                                        {QStringLiteral("kept"), double(kept)},
                                        {QStringLiteral("absorbed"), idArray(proposal.plan.absorbed)}});
            }
            if (merges->isEmpty())
                throw Error(QCoreApplication::translate("Edit", "No group to accept at this score"));
            // Geography and problems once for every place of the batch (the layers and checks are set up
            // once).
            QList<qint64> keptPlaces;
            for (const auto& [kept, absorbed] : std::as_const(*merges))
                keptPlaces << kept;
            refreshDerived(db, keptPlaces, touched);
            e.entityId = queries::lastMatchRun(db).id;
            e.field = QStringLiteral("groups");
            e.newValue = qint64(merges->size());
            e.details = QJsonObject{{QStringLiteral("count"), double(merges->size())},
                                    {QStringLiteral("min_score"), minScore},
                                    {QStringLiteral("merges"), done}};
        },
        error);
    return ok ? int(merges->size()) : -1;
}

} // namespace recoupe::edit
