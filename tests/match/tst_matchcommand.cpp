// SPDX-License-Identifier: GPL-3.0-or-later
// recoupe-cli match and decide, end to end: the built executable run on a temporary project.
#include "TestSupport.h"
#include "store/CandidateQueries.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace recoupe;

class TestMatchCommand : public QObject
{
    Q_OBJECT
private:
    test::TemporaryProject m_project;

    QByteArray cli(const QStringList& arguments, int expectedExit = 0)
    {
        QProcess process;
        process.start(QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli"),
                      QStringList{QStringLiteral("--project"), m_project.path(), QStringLiteral("--lang"),
                                  QStringLiteral("en")} +
                          arguments);
        if (!process.waitForFinished(120000))
            qFatal("recoupe-cli did not finish");
        const QByteArray out = process.readAllStandardOutput();
        if (process.exitCode() != expectedExit)
            qWarning() << process.readAllStandardError();
        [&] { QCOMPARE(process.exitCode(), expectedExit); }();
        return out;
    }

private slots:
    void initTestCase()
    {
        cli({QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--profile"),
             QStringLiteral("cget-2019"), test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv"))});
    }

    void csv()
    {
        const QList<QByteArray> lines = cli({QStringLiteral("match")}).split('\n');
        QVERIFY(lines.size() > 50);
        QCOMPARE(
            lines.first().trimmed(),
            QByteArray(
                "source_a,key_a,source_b,key_b,score,verdict,explanation,group,name_a,name_b,distance_m"));
        bool found = false;
        for (const QByteArray& line : lines) {
            if (line.startsWith("CGET 2019,540,CGET 2019,1499,")) {
                found = true;
                QVERIFY(line.contains(",same,"));
                QVERIFY(line.contains("names "));
            }
        }
        QVERIFY(found);
    }

    void jsonAndMinScore()
    {
        const QJsonArray all =
            QJsonDocument::fromJson(
                cli({QStringLiteral("match"), QStringLiteral("--format"), QStringLiteral("json")}))
                .array();
        const QJsonArray high =
            QJsonDocument::fromJson(
                cli({QStringLiteral("match"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--min-score"), QStringLiteral("0.9")}))
                .array();
        QVERIFY(!high.isEmpty());
        QVERIFY(high.size() < all.size());
        for (const auto& v : high) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("score")).toString().toDouble() >= 0.9);
            QCOMPARE(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("same"));
        }
        cli({QStringLiteral("match"), QStringLiteral("--min-score"), QStringLiteral("2")}, 1);
    }

    qint64 keptPairs()
    {
        Store store(m_project.path());
        return queries::candidatePairCount(store.database());
    }

    qint64 undecidedPairs()
    {
        Store store(m_project.path());
        return sql::scalar(store.database(),
                           QStringLiteral("SELECT count(*) FROM candidate_pair WHERE decision IS NULL"))
            .toLongLong();
    }

    // candidate_place holds exactly the places touched by an undecided kept pair.
    bool candidatePlacesConsistent()
    {
        Store store(m_project.path());
        QSqlDatabase& db = store.database();
        const QString kept = QStringLiteral("SELECT place_id FROM candidate_place");
        const QString computed = QStringLiteral(
            "SELECT DISTINCT place_id FROM place_record WHERE raw_record_id IN (SELECT record_a FROM "
            "candidate_pair WHERE decision IS NULL UNION SELECT record_b FROM candidate_pair WHERE decision "
            "IS NULL)");
        const qint64 differences =
            sql::scalar(
                db,
                QStringLiteral(
                    "SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT %1))")
                    .arg(kept, computed))
                .toLongLong();
        return differences == 0 &&
               sql::scalar(db, QStringLiteral("SELECT count(*) FROM candidate_place")).toLongLong() > 0;
    }

    // The candidates of the last run stay in the project (for the window), replacing the previous
    // run's; --no-save leaves them; a decision drops its pair.
    void candidatesKeptInTheProject()
    {
        const QJsonArray all =
            QJsonDocument::fromJson(
                cli({QStringLiteral("match"), QStringLiteral("--format"), QStringLiteral("json")}))
                .array();
        QCOMPARE(keptPairs(), qint64(all.size()));
        const QJsonArray high =
            QJsonDocument::fromJson(
                cli({QStringLiteral("match"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--min-score"), QStringLiteral("0.9"), QStringLiteral("--no-save")}))
                .array();
        QVERIFY(high.size() < all.size());
        QCOMPARE(keptPairs(), qint64(all.size()));
        cli({QStringLiteral("match"), QStringLiteral("--min-score"), QStringLiteral("0.9")});
        QCOMPARE(keptPairs(), qint64(high.size()));
        cli({QStringLiteral("match")});
        QCOMPARE(keptPairs(), qint64(all.size()));
        QVERIFY(candidatePlacesConsistent());

        Store store(m_project.path());
        QSqlDatabase& db = store.database();
        const queries::MatchRunSummary run = queries::lastMatchRun(db);
        QCOMPARE(run.records, qint64(1512));
        QCOMPARE(run.samePairs + run.reviewPairs, qint64(all.size()));
        // Each saving run is audited, the last one with this run's count.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'match'"))
                     .toLongLong(),
                 sql::scalar(db, QStringLiteral("SELECT count(*) FROM match_run")).toLongLong());
        QCOMPARE(sql::scalar(db,
                             QStringLiteral("SELECT new_value FROM audit_log WHERE action = 'match' AND "
                                            "entity_id = ?"),
                             {run.id})
                     .toLongLong(),
                 qint64(all.size()));
        // Every kept pair points at two current records of the project.
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM candidate_pair c JOIN raw_record a ON "
                                                "a.id = c.record_a JOIN raw_record b ON b.id = c.record_b"))
                     .toLongLong(),
                 qint64(all.size()));
    }

    // A decided pair stays in the review queue (its progress), marked, and leaves the marks and links.
    void decideMarksThePair()
    {
        const qint64 before = keptPairs();
        const qint64 undecided = undecidedPairs();
        const QByteArray out =
            cli({QStringLiteral("decide"), QStringLiteral("--source-a"), QStringLiteral("CGET 2019"),
                 QStringLiteral("--key-a"), QStringLiteral("1499"), QStringLiteral("--key-b"),
                 QStringLiteral("540"), QStringLiteral("--decision"), QStringLiteral("same"),
                 QStringLiteral("--note"), QStringLiteral("same BeeoTop")});
        QVERIFY(out.contains("same"));
        QCOMPARE(keptPairs(), before);
        QCOMPARE(undecidedPairs(), undecided - 1);
        QVERIFY(candidatePlacesConsistent());
        QVERIFY(cli({QStringLiteral("review")}).contains("CGET 2019,540,CGET 2019,1499,"));
        QVERIFY(!cli({QStringLiteral("match")}).contains("CGET 2019,540,CGET 2019,1499,"));
        cli({QStringLiteral("decide"), QStringLiteral("--source-a"), QStringLiteral("CGET 2019"),
             QStringLiteral("--key-a"), QStringLiteral("1"), QStringLiteral("--key-b"), QStringLiteral("2"),
             QStringLiteral("--decision"), QStringLiteral("maybe")},
            1);
    }
};

QTEST_GUILESS_MAIN(TestMatchCommand)
#include "tst_matchcommand.moc"
