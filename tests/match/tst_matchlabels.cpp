// SPDX-License-Identifier: GPL-3.0-or-later
// The matcher on the hand-labelled CGET pairs: blocking loses none, quality goals, hard cases.
#include "Error.h"
#include "TestSupport.h"
#include "import/Importer.h"
#include "match/Blocker.h"
#include "match/CrossLabelEvaluation.h"
#include "match/LabelEvaluation.h"
#include "match/MatchRunner.h"
#include "match/PreparedRecords.h"
#include "store/Store.h"

#include <QSet>
#include <QTest>

using namespace recoupe;
using namespace recoupe::match;

class TestMatchLabels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto store = m_project.open();
        ImportOptions options;
        options.profile = QStringLiteral("cget-2019");
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), options);
        store.reset();
        m_runner = std::make_unique<MatchRunner>(m_project.path());
        m_result = m_runner->run();
        m_labels = LabelEvaluation::readLabels(test::dataPath(QStringLiteral("labels/cget_intra_pairs.csv")));
        QCOMPARE(m_labels.size(), size_t(262));
        m_evaluation =
            std::make_unique<LabelEvaluation>(*m_runner, m_result, QStringLiteral("CGET 2019"), m_labels);
    }

    // Every labelled `same` pair is among the pairs blocking proposes for scoring.
    void blockingLosesNoLabelledPair()
    {
        const auto& records = m_runner->records();
        MatchSettings settings;
        PreparedRecords prepared(records, settings);
        const std::vector<uint64_t> candidates = Blocker(prepared, settings).candidates();
        QVERIFY(candidates.size() < records.size() * 10); // near-linear, not all pairs
        QHash<QString, uint32_t> byKey;
        for (size_t i = 0; i < records.size(); ++i)
            byKey.insert(records[i].key, uint32_t(i));
        int same = 0;
        for (const auto& label : m_labels) {
            if (label.label != QLatin1String("same"))
                continue;
            ++same;
            const uint64_t pair = Blocker::pack(byKey.value(label.keyA), byKey.value(label.keyB));
            QVERIFY2(std::binary_search(candidates.begin(), candidates.end(), pair),
                     qPrintable(label.keyA + QLatin1Char(',') + label.keyB));
        }
        QCOMPARE(same, 33);
    }

    void quality()
    {
        const auto model = m_evaluation->model();
        const auto candidates = m_evaluation->modelCandidates();
        const auto baseline = m_evaluation->baseline();
        qInfo().noquote() << m_evaluation->report().section(QLatin1Char('\n'), 0, 8);
        // Goals: precision ≥ 0.95 and recall ≥ 0.75 for `same` (measured 26/33, no false positive).
        QVERIFY(model.precision() >= 0.95);
        QVERIFY(model.recall() >= 0.75);
        // Held out: 5-fold cross-validated fit on these labels alone, from the prior. Measured 0.88 / 0.67
        // since missing addresses no longer count for a pair (issue 13): below the goal, known.
        const auto cv = m_evaluation->crossValidated(MatchSettings::priorWeights(), 4.0, 5);
        QVERIFY2(cv.precision() >= 0.85 && cv.recall() >= 0.65,
                 qPrintable(QStringLiteral("%1 / %2").arg(cv.precision()).arg(cv.recall())));
        // Every labelled same pair is proposed (same or review).
        QCOMPARE(candidates.falseNegatives, 0);
        // Better than the mission's baseline at no worse precision than we require.
        QVERIFY(model.truePositives > 2 * baseline.truePositives);
    }

    // Across sources: the Breton map 2018 judged record by record against CGET (issue 13 goals).
    void crossSourceBreton()
    {
        test::TemporaryProject project;
        auto store = project.open();
        ImportOptions cget;
        cget.profile = QStringLiteral("cget-2019");
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), cget);
        ImportOptions bzh;
        bzh.profile = QStringLiteral("maplabbzh");
        Importer(*store).run(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")), bzh);
        store.reset();
        MatchRunner runner(project.path());
        const MatchResult result = runner.run();
        const CrossLabelEvaluation evaluation(
            runner, result, QStringLiteral("CGET 2019"),
            CrossLabelEvaluation::readLabels(test::dataPath(QStringLiteral("labels/cget_x_bzh2018.csv"))));
        QCOMPARE(evaluation.newSource(), QStringLiteral("MapLabBZH"));
        const auto f = evaluation.figures();
        qInfo().noquote() << evaluation.report();
        QCOMPARE(f.sameRecords, 58);
        // Measured 1.000 / 0.983, every duplicate a candidate, 0.09 review pair per record.
        QVERIFY(f.precision() >= 0.97);
        QVERIFY(f.recall() >= 0.95);
        QVERIFY(f.candidateRecall() >= 0.99);
        QVERIFY(f.reviewPerRecord() <= 1.0);
        // Fitted on the CGET labels only, measured on the Breton ones (leave one source out).
        const auto w = LogisticFit::fit(m_evaluation->allExamples(), MatchSettings::priorWeights(), 4.0);
        const auto held = evaluation.with(w, MatchSettings().sameThreshold);
        QVERIFY2(held.precision() >= 0.95 && held.recall() >= 0.85,
                 qPrintable(QStringLiteral("%1 / %2").arg(held.precision()).arg(held.recall())));
        const auto e = evaluation.examples();
        m_fitExamples.insert(m_fitExamples.end(), e.begin(), e.end());
    }

    // The hand labels added for issue 13: city-centre coworkings from OpenStreetMap (dense: chains, shared
    // buildings, neighbours) and the fablabs.io directory, each record judged against CGET. The shipped
    // model was fitted on the CGET, Breton and OSM labels; fablabs.io was kept out of the fit.
    void crossSourceOthers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("labels");
        QTest::addColumn<int>("same");
        QTest::addColumn<double>("minPrecision");
        QTest::addColumn<double>("minRecall");
        QTest::addColumn<double>("minCandidates");
        QTest::addColumn<bool>("heldOut"); // kept out of the shipped model's fit
        // Measured 1.000 / 0.921, candidates 1.000, 0.38 review pair per record.
        QTest::newRow("OSM 2026") << QStringLiteral("sources/osm_coworking_5_cities_2026.geojson")
                                  << QStringLiteral("osm-coworking")
                                  << QStringLiteral("labels/cget_x_osm2026.csv") << 63 << 0.95 << 0.85 << 0.99
                                  << false;
        // Not fitted on: measured 1.000 / 0.864, candidates 0.991 (0.836 / 0.982 before same_website_across
        // and coarse_far), 0.36 review pair per record.
        QTest::newRow("fablabs.io 2017")
            << QStringLiteral("sources/fablabs_io_france_2017.json") << QStringLiteral("fablabs-io")
            << QStringLiteral("labels/cget_x_fablabs2017.csv") << 110 << 0.95 << 0.85 << 0.99 << true;
    }

    void crossSourceOthers()
    {
        QFETCH(QString, file);
        QFETCH(QString, profile);
        QFETCH(QString, labels);
        QFETCH(int, same);
        QFETCH(double, minPrecision);
        QFETCH(double, minRecall);
        QFETCH(double, minCandidates);
        QFETCH(bool, heldOut);
        test::TemporaryProject project;
        auto store = project.open();
        ImportOptions cget;
        cget.profile = QStringLiteral("cget-2019");
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), cget);
        ImportOptions other;
        other.profile = profile;
        Importer(*store).run(test::dataPath(file), other);
        store.reset();
        MatchRunner runner(project.path());
        const MatchResult result = runner.run();
        const CrossLabelEvaluation evaluation(runner, result, QStringLiteral("CGET 2019"),
                                              CrossLabelEvaluation::readLabels(test::dataPath(labels)));
        const auto f = evaluation.figures();
        qInfo().noquote() << evaluation.report();
        QCOMPARE(f.sameRecords, same);
        QVERIFY2(f.precision() >= minPrecision && f.recall() >= minRecall,
                 qPrintable(QStringLiteral("%1 / %2").arg(f.precision()).arg(f.recall())));
        QVERIFY2(f.candidateRecall() >= minCandidates, qPrintable(QString::number(f.candidateRecall())));
        QVERIFY(f.reviewPerRecord() <= 1.0);
        if (heldOut) {
            // Leave one source out: refitted on the CGET, Breton and OSM labels (as the shipped model),
            // measured on this source's candidate pairs.
            QVERIFY(m_fitExamples.size() > 0);
            std::vector<LogisticFit::Example> train = m_evaluation->allExamples();
            train.insert(train.end(), m_fitExamples.begin(), m_fitExamples.end());
            const auto w = LogisticFit::fit(train, MatchSettings::priorWeights(), 4.0);
            const auto held = evaluation.with(w, MatchSettings().sameThreshold);
            qInfo().noquote() << QStringLiteral("left out of the fit: precision %1 recall %2")
                                     .arg(held.precision(), 0, 'f', 3)
                                     .arg(held.recall(), 0, 'f', 3);
            QVERIFY2(held.precision() >= 0.95 && held.recall() >= 0.85,
                     qPrintable(QStringLiteral("%1 / %2").arg(held.precision()).arg(held.recall())));
        } else {
            const auto e = evaluation.examples();
            m_fitExamples.insert(m_fitExamples.end(), e.begin(), e.end());
        }

        // Blocking proposes every labelled duplicate for scoring, those without position or kilometres off
        // included (found by a rare name word, or by name word and postcode).
        const auto& records = runner.records();
        MatchSettings settings;
        PreparedRecords prepared(records, settings);
        const std::vector<uint64_t> candidates = Blocker(prepared, settings).candidates();
        QHash<QString, uint32_t> byKey;
        for (size_t i = 0; i < records.size(); ++i)
            byKey.insert(records[i].source + QLatin1Char('|') + records[i].key, uint32_t(i));
        QStringList lost;
        for (const auto& label : CrossLabelEvaluation::readLabels(test::dataPath(labels))) {
            if (label.label != QLatin1String("same"))
                continue;
            const uint32_t a = byKey.value(evaluation.newSource() + QLatin1Char('|') + label.key);
            bool found = false;
            for (const QString& ref : label.reference) {
                const auto b = byKey.constFind(QStringLiteral("CGET 2019|") + ref);
                found =
                    found || (b != byKey.constEnd() &&
                              std::binary_search(candidates.begin(), candidates.end(), Blocker::pack(a, *b)));
            }
            if (!found)
                lost << label.key;
        }
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char(' '))));
    }

    void hardCases_data()
    {
        QTest::addColumn<QString>("keyA");
        QTest::addColumn<QString>("keyB");
        QTest::addColumn<QString>("expected"); // "same", "candidate" (same or review), "not same"
        // Chains: one website across branches.
        QTest::newRow("chain 917/918")
            << QStringLiteral("917") << QStringLiteral("918") << QStringLiteral("not same");
        QTest::newRow("chain 581/582")
            << QStringLiteral("581") << QStringLiteral("582") << QStringLiteral("not same");
        QTest::newRow("chain 1437/1448")
            << QStringLiteral("1437") << QStringLiteral("1448") << QStringLiteral("not same");
        // Distinct places in one building.
        QTest::newRow("building 319/335")
            << QStringLiteral("319") << QStringLiteral("335") << QStringLiteral("not same");
        QTest::newRow("building 355/369")
            << QStringLiteral("355") << QStringLiteral("369") << QStringLiteral("not same");
        QTest::newRow("building 14/1156")
            << QStringLiteral("14") << QStringLiteral("1156") << QStringLiteral("not same");
        QTest::newRow("building 1128/1387")
            << QStringLiteral("1128") << QStringLiteral("1387") << QStringLiteral("not same");
        // Same place, added again without address.
        QTest::newRow("Beeotop") << QStringLiteral("540") << QStringLiteral("1499") << QStringLiteral("same");
        QTest::newRow("Hotel Pasteur")
            << QStringLiteral("295") << QStringLiteral("1508") << QStringLiteral("same");
        QTest::newRow("Le Cent Sept")
            << QStringLiteral("355") << QStringLiteral("1505") << QStringLiteral("same");
        // Same place geocoded far off: proposed for review at least.
        QTest::newRow("far 134/736 (3.4 km)")
            << QStringLiteral("134") << QStringLiteral("736") << QStringLiteral("candidate");
        QTest::newRow("far 122/753 (2.2 km)")
            << QStringLiteral("122") << QStringLiteral("753") << QStringLiteral("candidate");
        QTest::newRow("far 15/156") << QStringLiteral("15") << QStringLiteral("156")
                                    << QStringLiteral("candidate");
        QTest::newRow("same twitter 1188/1430")
            << QStringLiteral("1188") << QStringLiteral("1430") << QStringLiteral("candidate");
        // One website, two records in one town and a third branch 200 km away: not a chain around here.
        QTest::newRow("one website, other branch far 1272/1436")
            << QStringLiteral("1272") << QStringLiteral("1436") << QStringLiteral("candidate");
        QTest::newRow("garbled name 63/914")
            << QStringLiteral("63") << QStringLiteral("914") << QStringLiteral("candidate");
    }
    void hardCases()
    {
        QFETCH(QString, keyA);
        QFETCH(QString, keyB);
        QFETCH(QString, expected);
        const LabelEvaluation::PairOutcome* outcome = nullptr;
        for (const auto& o : m_evaluation->outcomes()) {
            if (o.label.keyA == keyA && o.label.keyB == keyB)
                outcome = &o;
        }
        QVERIFY(outcome && outcome->found);
        const bool same = outcome->candidate && outcome->verdict == Verdict::Same;
        const QString why = PairScorer::explain(outcome->evidence) + QStringLiteral(" score ") +
                            QString::number(outcome->score);
        if (expected == QLatin1String("same"))
            QVERIFY2(same, qPrintable(why));
        else if (expected == QLatin1String("candidate"))
            QVERIFY2(outcome->candidate, qPrintable(why));
        else
            QVERIFY2(!same, qPrintable(why));
    }

    // Review groups hold together: a group of more than two records is joined by "same" pairs only, every
    // two of its records form a kept pair (complete linkage), and no group exceeds the size a person can
    // review; every other pair is a group of its own.
    void reviewGroupsHoldTogether()
    {
        QHash<uint32_t, QSet<uint32_t>> records;
        QHash<uint32_t, int> pairs;
        QSet<QPair<uint32_t, uint32_t>> kept;
        for (const CandidatePair& p : m_result.pairs) {
            records[p.group] << p.a << p.b;
            ++pairs[p.group];
            kept.insert({std::min(p.a, p.b), std::max(p.a, p.b)});
        }
        qint64 largest = 0;
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            const QList<uint32_t> members(it->cbegin(), it->cend());
            largest = std::max(largest, qint64(members.size()));
            QVERIFY(members.size() <= MatchSettings().maxGroupRecords);
            for (qsizetype i = 0; i < members.size(); ++i) {
                for (qsizetype j = i + 1; j < members.size(); ++j) {
                    QVERIFY2(
                        kept.contains({std::min(members[i], members[j]), std::max(members[i], members[j])}),
                        "a group holds two records that are not a kept pair");
                }
            }
            if (members.size() == 2)
                QCOMPARE(pairs.value(it.key()), 1);
        }
        QCOMPARE(m_result.statistics.groupSizes.largest, largest);
        QCOMPARE(m_result.statistics.groups, qint64(records.size()));
        // Groups are numbered best first.
        double previous = 2;
        uint32_t group = 0;
        for (const CandidatePair& p : m_result.pairs) {
            if (p.group != group) {
                QVERIFY(p.group == group + 1);
                QVERIFY(p.score <= previous);
                previous = p.score;
                group = p.group;
            }
        }
    }

    void explanationIsReadable()
    {
        PairEvidence e;
        e.distanceMetres = 43;
        e.nameSimilarity = 0.92f;
        e.flags = PairFacts::SameWebsite;
        QCOMPARE(PairScorer::explain(e), QStringLiteral("43 m apart, names 92 % alike, same website"));
    }

    void cancel()
    {
        MatchRunner runner(m_project.path());
        QVERIFY_THROWS_EXCEPTION(Cancelled, runner.run([](qint64 done, qint64) { return done < 100; }));
    }

private:
    test::TemporaryProject m_project;
    std::unique_ptr<MatchRunner> m_runner;
    MatchResult m_result;
    std::vector<LabelEvaluation::Label> m_labels;
    std::unique_ptr<LabelEvaluation> m_evaluation;
    std::vector<LogisticFit::Example> m_fitExamples; // cross-source examples of the sources fitted on
};

QTEST_GUILESS_MAIN(TestMatchLabels)
#include "tst_matchlabels.moc"
