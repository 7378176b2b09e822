// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions on pairs: stored with who, when and note, audited, and never proposed again, also after
// a re-import of the source.
#include "Error.h"
#include "TestSupport.h"
#include "import/Importer.h"
#include "match/MatchRunner.h"
#include "store/DecisionQueries.h"
#include "store/Store.h"

#include <QTest>

using namespace recoupe;
using namespace recoupe::match;

namespace {

bool proposed(const QString& projectPath, const PairKey& pair)
{
    MatchRunner runner(projectPath);
    const MatchResult result = runner.run();
    for (const CandidatePair& p : result.pairs) {
        if (runner.pairKey(p) == pair.canonical())
            return true;
    }
    return false;
}

void importCget(Store& store)
{
    ImportOptions options;
    options.profile = QStringLiteral("cget-2019");
    Importer(store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), options);
}

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT
private slots:
    void canonicalOrder()
    {
        const PairKey p{QStringLiteral("CGET 2019"), QStringLiteral("1499"), QStringLiteral("CGET 2019"),
                        QStringLiteral("540")};
        const PairKey c = p.canonical();
        QCOMPARE(c.keyA, QStringLiteral("540")); // numerically, not "1499" < "540"
        QCOMPARE(c.keyB, QStringLiteral("1499"));
        QCOMPARE(c.canonical(), c);
    }

    void decisionSurvivesReimport()
    {
        test::TemporaryProject project;
        const PairKey pair{QStringLiteral("CGET 2019"), QStringLiteral("1499"), QStringLiteral("CGET 2019"),
                           QStringLiteral("540")};
        {
            auto store = project.open();
            importCget(*store);
        }
        QVERIFY(proposed(project.path(), pair));
        {
            auto store = project.open();
            test::decide(*store, pair, Decision::Different, QStringLiteral("checked"));
            const auto row = queries::pairDecision(store->database(), pair.canonical()).value();
            QCOMPARE(row.decidedBy, QStringLiteral("test"));
            QVERIFY(!row.decidedAt.isEmpty());
            QCOMPARE(test::rowCount(*store, QStringLiteral("pair_decision")), qint64(1));
            QCOMPARE(test::rowCount(*store, QStringLiteral("audit_log"), QStringLiteral("action = 'decide'")),
                     qint64(1));
            // Deciding again changes the decision, audited with the old value.
            test::decide(*store, pair, Decision::Same, QStringLiteral("checked twice"));
            QCOMPARE(test::rowCount(*store, QStringLiteral("pair_decision")), qint64(1));
            QCOMPARE(
                test::rowCount(
                    *store, QStringLiteral("audit_log"),
                    QStringLiteral("action = 'decide' AND old_value = 'different' AND new_value = 'same'")),
                qint64(1));
            const auto found = queries::pairDecision(store->database(), pair.canonical());
            QVERIFY(found);
            QCOMPARE(found->decision, Decision::Same);
            QCOMPARE(found->note, QStringLiteral("checked twice"));
        }
        QVERIFY(!proposed(project.path(), pair));
        {
            auto store = project.open();
            importCget(*store); // the same file again: records keep their keys
        }
        QVERIFY(!proposed(project.path(), pair));
        {
            auto store = project.open();
            test::decide(*store, pair, std::nullopt);
            QVERIFY_THROWS_EXCEPTION(Error, test::decide(*store, pair, std::nullopt));
            QCOMPARE(
                test::rowCount(*store, QStringLiteral("audit_log"), QStringLiteral("action = 'undecide'")),
                qint64(1));
        }
        QVERIFY(proposed(project.path(), pair));
    }

    void unknownRecordIsRefused()
    {
        test::TemporaryProject project;
        auto store = project.open();
        importCget(*store);
        const PairKey pair{QStringLiteral("CGET 2019"), QStringLiteral("540"), QStringLiteral("CGET 2019"),
                           QStringLiteral("999999")};
        QVERIFY_THROWS_EXCEPTION(Error, test::decide(*store, pair, Decision::Same));
        const PairKey self{QStringLiteral("CGET 2019"), QStringLiteral("540"), QStringLiteral("CGET 2019"),
                           QStringLiteral("540")};
        QVERIFY_THROWS_EXCEPTION(Error, test::decide(*store, self, Decision::Same));
        QCOMPARE(test::rowCount(*store, QStringLiteral("pair_decision")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
