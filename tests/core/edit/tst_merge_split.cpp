// SPDX-License-Identifier: GPL-3.0-or-later
// Review and merge in the store: a merge keeps every record and place row, records where each field came
// from, and is undone, redone and split back exactly; a failed merge changes nothing; a re-import after a
// merge updates the fields taken from the re-imported record and never a field typed by hand; a batch is
// one undo step.
#include "Error.h"
#include "TestSupport.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "import/Importer.h"
#include "match/MatchRunner.h"
#include "review/MergeProposal.h"
#include "store/DecisionQueries.h"
#include "store/PlaceWriter.h"
#include "store/ReviewQueries.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTextStream>
#include <QUndoStack>
#include <QtTest>

using namespace recoupe;

namespace {

const QString cget = QStringLiteral("CGET 2019");

// A table's rows in id order, as text: two dumps are equal when the rows are.
QString dump(Store& store, const QString& table, const QString& order = QStringLiteral("rowid"))
{
    QSqlQuery q =
        sql::exec(store.database(), QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

// The curated tables a merge and its split must leave as they were.
QString curated(Store& store)
{
    return dump(store, QStringLiteral("place")) + QStringLiteral("\n--\n") +
           dump(store, QStringLiteral("place_record"), QStringLiteral("raw_record_id")) +
           QStringLiteral("\n--\n") +
           dump(store, QStringLiteral("field_origin"), QStringLiteral("place_id, field"));
}

// Everything a command may write but the audit log (and the merge history a split keeps).
QString undoable(Store& store)
{
    return curated(store) + QStringLiteral("\n--\n") + dump(store, QStringLiteral("pair_decision")) +
           QStringLiteral("\n--\n") + dump(store, QStringLiteral("candidate_pair")) +
           QStringLiteral("\n--\n") + dump(store, QStringLiteral("candidate_place"));
}

qint64 placeOf(Store& store, const QString& key)
{
    return sql::scalar(store.database(),
                       QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON r.id = "
                                      "pr.raw_record_id WHERE r.source_key = ?"),
                       {key})
        .toLongLong();
}

qint64 recordOf(Store& store, const QString& key)
{
    return sql::scalar(store.database(), QStringLiteral("SELECT id FROM raw_record WHERE source_key = ?"),
                       {key})
        .toLongLong();
}

QString placeField(Store& store, qint64 place, const QString& field)
{
    return sql::scalar(store.database(), QStringLiteral("SELECT %1 FROM place WHERE id = ?").arg(field),
                       {place})
        .toString();
}

struct Session
{
    explicit Session(Store& store) : session{store, stack, notifier} {}
    QUndoStack stack;
    edit::Notifier notifier;
    edit::Session session;
};

} // namespace

class TestMergeSplit : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TemporaryProject> m_project;
    std::unique_ptr<Store> m_store;
    qint64 m_a = 0; // 1188 "Fablab Vannes - Makerspace56"
    qint64 m_b = 0; // 1430 "FabLabVannes": labelled the same lab

private slots:
    void init()
    {
        m_project = std::make_unique<test::TemporaryProject>();
        {
            auto store = m_project->open();
            Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                                 {QString(), QStringLiteral("cget-2019")});
        }
        match::MatchRunner runner(m_project->path());
        runner.save(runner.run());
        m_store = m_project->open();
        m_a = placeOf(*m_store, QStringLiteral("1188"));
        m_b = placeOf(*m_store, QStringLiteral("1430"));
        QVERIFY(m_a > 0 && m_b > 0 && m_a != m_b);
    }

    void cleanup()
    {
        m_store.reset();
        m_project.reset();
    }

    void mergeKeepsRecordsAndRecordsOrigins()
    {
        Session s(*m_store);
        const qint64 records = test::rowCount(*m_store, QStringLiteral("raw_record"));
        const qint64 places = test::rowCount(*m_store, QStringLiteral("place"));
        review::MergeProposal proposal = review::proposeMerge(m_store->database(), m_a, {m_a, m_b});
        // The website of the second place, as a curator would pick it.
        const qint64 recordB = recordOf(*m_store, QStringLiteral("1430"));
        for (FieldChoice& c : proposal.plan.fields) {
            if (c.field == Field::Website) {
                c.value = placeField(*m_store, m_b, QStringLiteral("website"));
                c.originRecordId = recordB;
            }
            if (c.field == Field::Commune) {
                c.value = QStringLiteral("Vannes (Morbihan)");
                c.originRecordId = 0; // typed by hand
            }
        }
        QSignalSpy merged(&s.notifier, &edit::Notifier::placesMerged);
        QString error;
        QVERIFY2(edit::mergePlaces(s.session, proposal.plan, &error), qPrintable(error));
        QCOMPARE(merged.count(), 1);
        QCOMPARE(s.stack.count(), 1);

        QCOMPARE(test::rowCount(*m_store, QStringLiteral("raw_record")), records); // nothing deleted
        QCOMPARE(test::rowCount(*m_store, QStringLiteral("place")), places);
        QCOMPARE(test::rowCount(*m_store, QStringLiteral("place_record"),
                                QStringLiteral("place_id = %1").arg(m_a)),
                 qint64(2));
        QCOMPARE(placeField(*m_store, m_b, QStringLiteral("status")), QStringLiteral("merged"));
        QCOMPARE(placeField(*m_store, m_b, QStringLiteral("merged_into")).toLongLong(), m_a);
        QCOMPARE(placeField(*m_store, m_a, QStringLiteral("website")),
                 placeField(*m_store, m_b, QStringLiteral("website")));
        QCOMPARE(placeField(*m_store, m_a, QStringLiteral("commune")), QStringLiteral("Vannes (Morbihan)"));
        QCOMPARE(sql::scalar(
                     m_store->database(),
                     QStringLiteral(
                         "SELECT raw_record_id FROM field_origin WHERE place_id = ? AND field = 'website'"),
                     {m_a})
                     .toLongLong(),
                 recordB);
        QVERIFY(sql::scalar(
                    m_store->database(),
                    QStringLiteral(
                        "SELECT raw_record_id FROM field_origin WHERE place_id = ? AND field = 'commune'"),
                    {m_a})
                    .isNull());
        // The pair is decided "same" by source keys, and the kept pair marked.
        const auto decision = queries::pairDecision(
            m_store->database(), PairKey{cget, QStringLiteral("1188"), cget, QStringLiteral("1430")});
        QVERIFY(decision && decision->decision == Decision::Same);
        QCOMPARE(test::rowCount(*m_store, QStringLiteral("audit_log"),
                                QStringLiteral("action = 'merge' AND entity_id = %1").arg(m_a)),
                 qint64(1));
        // The listings and the filter no longer show the absorbed place.
        QCOMPARE(test::rowCount(*m_store, QStringLiteral("place"), QStringLiteral("status <> 'merged'")),
                 places - 1);
        // A new search never proposes the records of one place.
        match::MatchRunner runner(m_project->path());
        const match::MatchResult result = runner.run();
        for (const match::CandidatePair& p : result.pairs)
            QVERIFY(runner.pairKey(p) !=
                    (PairKey{cget, QStringLiteral("1188"), cget, QStringLiteral("1430")}));
    }

    void undoAndRedoAreExact()
    {
        Session s(*m_store);
        const QString before = undoable(*m_store);
        const auto proposal = review::proposeMerge(m_store->database(), m_a, {m_a, m_b});
        QVERIFY(edit::mergePlaces(s.session, proposal.plan));
        const QString after = undoable(*m_store);
        QVERIFY(after != before);
        s.stack.undo();
        QCOMPARE(undoable(*m_store), before);
        s.stack.redo();
        QCOMPARE(undoable(*m_store), after);
        QCOMPARE(test::rowCount(*m_store, QStringLiteral("audit_log"),
                                QStringLiteral("action IN ('undo', 'redo')")),
                 qint64(2));
        QCOMPARE(sql::scalar(m_store->database(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        // The text index followed: the absorbed place is still found by its name.
        QVERIFY(
            sql::scalar(m_store->database(),
                        QStringLiteral("SELECT count(*) FROM place_fts WHERE place_fts MATCH 'FabLabVannes'"))
                .toInt() >= 1);
    }

    // Merge then split, also after closing and reopening the project: the places are as they were.
    void splitRestoresThePlaces()
    {
        const QString before = curated(*m_store);
        {
            Session s(*m_store);
            auto proposal = review::proposeMerge(m_store->database(), m_a, {m_a, m_b});
            QVERIFY(edit::mergePlaces(s.session, proposal.plan));
        }
        m_store = m_project->open(); // a restart
        QVERIFY(placeWriter::isMerged(m_store->database(), m_a));
        Session s(*m_store);
        QString error;
        const QList<qint64> restored = edit::splitPlace(s.session, m_a, Decision::Different, &error);
        QCOMPARE(restored, (QList<qint64>{m_a, m_b}));
        QCOMPARE(curated(*m_store), before);
        const auto decision = queries::pairDecision(
            m_store->database(), PairKey{cget, QStringLiteral("1188"), cget, QStringLiteral("1430")});
        QVERIFY(decision && decision->decision == Decision::Different);
        QVERIFY(!placeWriter::isMerged(m_store->database(), m_a));
        // Undo the split: merged again.
        s.stack.undo();
        QCOMPARE(placeField(*m_store, m_b, QStringLiteral("status")), QStringLiteral("merged"));
        s.stack.redo();
        QCOMPARE(curated(*m_store), before);
        // A place that holds no merge cannot be split.
        QVERIFY(edit::splitPlace(s.session, m_a, Decision::Different, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void failedMergeChangesNothing()
    {
        Session s(*m_store);
        const QString before = undoable(*m_store);
        const qint64 audit = test::rowCount(*m_store, QStringLiteral("audit_log"));
        QString error;
        MergePlan plan;
        plan.kept = m_a;
        plan.absorbed = {m_b, 99999999}; // the second does not exist
        QVERIFY(!edit::mergePlaces(s.session, plan, &error));
        QVERIFY(error.contains(QStringLiteral("99999999")));
        plan.absorbed = {m_b};
        plan.fields = {
            FieldChoice{Field::Name, QStringLiteral("x"), recordOf(*m_store, QStringLiteral("1"))}};
        QVERIFY(!edit::mergePlaces(s.session, plan, &error)); // a value from a record of neither place
        plan.absorbed = {m_a};
        QVERIFY(!edit::mergePlaces(s.session, plan, &error)); // a place with itself
        QCOMPARE(undoable(*m_store), before);
        QCOMPARE(test::rowCount(*m_store, QStringLiteral("audit_log")), audit);
        QCOMPARE(s.stack.count(), 0);
    }

    // A re-import after a merge: the field taken from the absorbed record follows that record, the
    // primary record's fields follow it, a field typed by hand stays.
    void reimportAfterMerge()
    {
        const QString folder = m_project->folder();
        const auto write = [&](const QString& websiteB, const QString& nameA) {
            QFile f(folder + QStringLiteral("/src.csv"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QTextStream out(&f);
            out << "id,nom,adresse,cp,ville,site,lat,lon\n";
            out << "a," << nameA << ",1 rue A,35000,Rennes,https://a.example.fr,48.11,-1.68\n";
            out << "b,La Forge B,1 rue A,35000,Rennes," << websiteB << ",48.1101,-1.6801\n";
        };
        write(QStringLiteral("https://b.example.fr"), QStringLiteral("La Forge"));
        ImportOptions options;
        options.sourceName = QStringLiteral("local");
        options.profile = QStringLiteral("generic");
        Importer(*m_store).run(folder + QStringLiteral("/src.csv"), options);
        const qint64 a = placeOf(*m_store, QStringLiteral("a"));
        const qint64 b = placeOf(*m_store, QStringLiteral("b"));
        Session s(*m_store);
        auto proposal = review::proposeMerge(m_store->database(), a, {a, b});
        for (FieldChoice& c : proposal.plan.fields) {
            if (c.field == Field::Website) {
                c.value = QStringLiteral("https://b.example.fr");
                c.originRecordId = recordOf(*m_store, QStringLiteral("b"));
            }
            if (c.field == Field::Address) {
                c.value = QStringLiteral("1 rue A, bâtiment C");
                c.originRecordId = 0;
            }
        }
        QVERIFY(edit::mergePlaces(s.session, proposal.plan));
        write(QStringLiteral("https://b-nouveau.example.fr"), QStringLiteral("La Forge de Rennes"));
        m_store.reset();
        {
            auto store = m_project->open();
            Importer(*store).run(folder + QStringLiteral("/src.csv"), options);
        }
        m_store = m_project->open();
        QCOMPARE(placeField(*m_store, a, QStringLiteral("website")),
                 QStringLiteral("https://b-nouveau.example.fr"));
        QCOMPARE(placeField(*m_store, a, QStringLiteral("name")), QStringLiteral("La Forge de Rennes"));
        QCOMPARE(placeField(*m_store, a, QStringLiteral("address")), QStringLiteral("1 rue A, bâtiment C"));
        QCOMPARE(
            test::rowCount(*m_store, QStringLiteral("place_record"), QStringLiteral("place_id = %1").arg(a)),
            qint64(2));
        // And a split then brings the places back with their records' current values.
        Session again(*m_store);
        QCOMPARE(edit::splitPlace(again.session, a).size(), 2);
        QCOMPARE(placeField(*m_store, a, QStringLiteral("website")), QStringLiteral("https://a.example.fr"));
        QCOMPARE(placeField(*m_store, b, QStringLiteral("website")),
                 QStringLiteral("https://b-nouveau.example.fr"));
    }

    void batchAcceptIsOneUndoStep()
    {
        Session s(*m_store);
        const QString before = undoable(*m_store);
        const std::vector<qint64> groups = queries::batchGroups(m_store->database(), 0.95);
        QVERIFY(groups.size() >= 5);
        const qint64 listed =
            test::rowCount(*m_store, QStringLiteral("place"), QStringLiteral("status <> 'merged'"));
        QString error;
        const int merged = edit::acceptBatch(s.session, 0.95, {}, &error);
        QCOMPARE(merged, int(groups.size()));
        QCOMPARE(s.stack.count(), 1);
        QVERIFY(test::rowCount(*m_store, QStringLiteral("place"), QStringLiteral("status <> 'merged'")) <=
                listed - merged);
        QCOMPARE(test::rowCount(*m_store, QStringLiteral("audit_log"),
                                QStringLiteral("action = 'batch_merge' AND new_value = %1").arg(merged)),
                 qint64(1));
        QVERIFY(queries::batchGroups(m_store->database(), 0.95).empty());
        s.stack.undo();
        QCOMPARE(undoable(*m_store), before);
    }

    // Review groups on the real file stay small (the goal: none over 10 records).
    void reviewGroupsStaySmall()
    {
        for (const queries::ReviewGroup& g : queries::reviewGroups(m_store->database())) {
            QVERIFY(g.pairs <= 45); // at most 10 records: 45 pairs
            QVERIFY(!g.examined());
        }
        Session s(*m_store);
        const auto groups = queries::reviewGroups(m_store->database());
        QVERIFY(!groups.empty());
        const auto pairs = queries::groupPairs(m_store->database(), groups.front().group);
        QVERIFY(edit::decidePair(
            s.session,
            PairKey{pairs.front().sourceA, pairs.front().keyA, pairs.front().sourceB, pairs.front().keyB},
            Decision::Different));
        QCOMPARE(queries::reviewGroup(m_store->database(), groups.front().group).decided, 1);
        s.stack.undo();
        QCOMPARE(queries::reviewGroup(m_store->database(), groups.front().group).decided, 0);
    }
};

QTEST_GUILESS_MAIN(TestMergeSplit)
#include "tst_merge_split.moc"
