// SPDX-License-Identifier: GPL-3.0-or-later
// The query plans of the statements the store runs: none reads every place or raw record where it means
// to look one up. A re-import once ran `UPDATE place ... WHERE primary_record_id = ?` as a full scan per
// changed record (300,000 rows with 29,900 changed: 13 min 27 s). Every statement run by an import, a
// re-import, the listings, the places table and map queries, a search for duplicates and a decision is
// recorded (an SQLite auto-extension traces each connection, the matcher's own included), then
// explained on the project it ran on.
#include "Error.h"
#include "TestSupport.h"
#include "import/Importer.h"
#include "match/MatchRunner.h"
#include "store/CandidateQueries.h"
#include "store/PlaceQueries.h"
#include "store/ProjectQueries.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>
#include <sqlite3.h>

using namespace recoupe;

namespace {

std::mutex statementsMutex;
QSet<QString> statements;

int recordStatement(unsigned type, void*, void*, void* text)
{
    const char* sqlText = static_cast<const char*>(text);
    // Statements inside triggers come as "-- ..." comments: their plans are those of the trigger's table.
    if (type == SQLITE_TRACE_STMT && sqlText && std::strncmp(sqlText, "--", 2) != 0) {
        std::lock_guard lock(statementsMutex);
        statements.insert(QString::fromUtf8(sqlText).simplified());
    }
    return 0;
}

int traceConnection(sqlite3* db, char**, const sqlite3_api_routines*)
{
    sqlite3_trace_v2(db, SQLITE_TRACE_STMT, recordStatement, nullptr);
    return SQLITE_OK;
}

sqlite3* handleOf(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    return *static_cast<sqlite3* const*>(handle.data());
}

QStringList planOf(sqlite3* db, const QString& statement)
{
    QStringList out;
    sqlite3_stmt* explain = nullptr;
    const QByteArray text = ("EXPLAIN QUERY PLAN " + statement).toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &explain, nullptr) != SQLITE_OK)
        return {QStringLiteral("cannot explain: ") + QString::fromUtf8(sqlite3_errmsg(db))};
    while (sqlite3_step(explain) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(explain, 3)));
    sqlite3_finalize(explain);
    return out;
}

// The names under which a statement reads place or raw_record: the tables and their aliases.
QSet<QString> namesOfWatchedTables(const QString& statement)
{
    QSet<QString> names{QStringLiteral("place"), QStringLiteral("raw_record")};
    static const QRegularExpression aliased(
        QStringLiteral(R"(\b(?:place|raw_record)\s+(?:AS\s+)?([A-Za-z_]\w*))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> keywords{
        QStringLiteral("WHERE"), QStringLiteral("SET"),   QStringLiteral("JOIN"),  QStringLiteral("ON"),
        QStringLiteral("LEFT"),  QStringLiteral("INNER"), QStringLiteral("ORDER"), QStringLiteral("GROUP"),
        QStringLiteral("LIMIT"), QStringLiteral("USING"), QStringLiteral("UNION"), QStringLiteral("VALUES")};
    for (auto it = aliased.globalMatch(statement); it.hasNext();) {
        const QString alias = it.next().captured(1);
        if (!keywords.contains(alias.toUpper()))
            names.insert(alias);
    }
    return names;
}

// Statements that read every row on purpose, each with its reason. Anything else that scans place or
// raw_record is a missing index.
const QList<std::pair<QString, QString>>& intendedScans()
{
    static const QList<std::pair<QString, QString>> scans{
        {QStringLiteral("SELECT count(*) FROM place"), QStringLiteral("counts every place")},
        {QStringLiteral("FROM raw_record r JOIN source s"),
         QStringLiteral("the records listing and the matcher read every record")},
        {QStringLiteral("SELECT source_id, min(id), max(id), count(*) FROM raw_record GROUP BY source_id"),
         QStringLiteral("the matcher reads each source's range of ids from the source index")},
        {QStringLiteral("FROM place p LEFT JOIN"), QStringLiteral("the places listing reads every place")},
        {QStringLiteral("SELECT s.name, s.profile"),
         QStringLiteral("the sources listing counts each source's records")},
        {QStringLiteral("SELECT count(*) FROM raw_record WHERE removed = 0"),
         QStringLiteral("counts every record")},
        {QStringLiteral("FROM place p WHERE p.lon IS NOT NULL AND p.lat IS NOT NULL"),
         QStringLiteral("the map without a filter draws every located place")},
        {QStringLiteral(
             "FROM place p WHERE p.status <> 'merged' AND p.lon IS NOT NULL AND p.lat IS NOT NULL"),
         QStringLiteral(
             "the map without a filter draws every located place (but those absorbed by a merge)")},
        {QStringLiteral("SELECT pa.lon, pa.lat, pb.lon, pb.lat FROM candidate_pair c"),
         QStringLiteral("the map draws the links of every undecided candidate pair near enough")},
        {QStringLiteral("UPDATE place SET has_problem = (lon IS NULL"),
         QStringLiteral("schema 3 → 4 computes has_problem for every place once")},
    };
    return scans;
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { sqlite3_auto_extension(reinterpret_cast<void (*)()>(traceConnection)); }

    void noFullScanWhereALookupIsMeant()
    {
        test::TemporaryProject project;
        {
            auto store = project.open();
            const QString cget = test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv"));
            Importer(*store).run(cget, {});
            // A re-import with a changed, a removed and a new record.
            QFile original(cget);
            QVERIFY(original.open(QIODevice::ReadOnly));
            QList<QByteArray> lines = original.readAll().split('\n');
            lines[1].replace("ADE Coworking", "ADE Coworking (nouveau nom)");
            lines.removeAt(2);
            lines.insert(3, lines.at(3));
            lines[3].replace(0, lines[3].indexOf(','), "99999");
            QTemporaryDir dir;
            const QString changed = dir.filePath(QStringLiteral("CGET_TiersLieux_2019.csv"));
            QFile file(changed);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(lines.join('\n'));
            file.close();
            const ImportReport report = Importer(*store).run(changed, {});
            QCOMPARE(report.changed, 1);
            QCOMPARE(report.removed, 1);
            QCOMPARE(report.added, 1);
            // A second source, small, into a large project: the indexes are kept, not rebuilt.
            Importer(*store).run(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")), {});

            QSqlDatabase& db = store->database();
            const queries::RowSink ignore = [](const QVariantList&) {};
            queries::forEachRecord(db, ignore);
            queries::forEachPlace(db, ignore);
            queries::forEachSource(db, ignore);
            PlaceFilter filter;
            filter.text = QStringLiteral("coworking");
            for (const PlaceFilter& f : {PlaceFilter{}, filter}) {
                placeQueries::count(db, f);
                placeQueries::page(db, f, PlaceSort{}, 0, 100);
                placeQueries::rowOf(db, f, PlaceSort{}, 10);
                placeQueries::points(db, f);
            }
            placeQueries::fields(db, 10);
            placeQueries::origins(db, 10);
            placeQueries::records(db, 10);
            placeQueries::sources(db);
            queries::candidatesOfPlace(db, 10);
        }
        match::MatchRunner runner(project.path());
        const match::MatchResult result = runner.run();
        runner.save(result);
        {
            // The map's candidate links, with and without a filter, once there are pairs.
            auto store = project.open();
            PlaceFilter filter;
            filter.text = QStringLiteral("coworking");
            for (const PlaceFilter& f : {PlaceFilter{}, filter})
                QVERIFY(!queries::candidateLinks(store->database(), f, 100000, 5000).empty());
        }

        auto store = project.open();
        sqlite3* handle = handleOf(store->database());
        QStringList failures;
        QSet<QString> seen;
        {
            std::lock_guard lock(statementsMutex);
            seen = statements;
        }
        int explained = 0;
        bool primaryRecordLookupSeen = false;
        bool linksSeen = false;
        static const QRegularExpression dml(QStringLiteral("^(SELECT|INSERT|UPDATE|DELETE|WITH)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
        for (const QString& statement : std::as_const(seen)) {
            if (!dml.match(statement).hasMatch())
                continue;
            const QStringList plan = planOf(handle, statement);
            ++explained;
            // Qt may pass positional parameters on as :0, :1...
            static const QRegularExpression byPrimaryRecord(
                QStringLiteral(R"(WHERE primary_record_id = (\?|:\w+))"));
            if (byPrimaryRecord.match(statement).hasMatch()) {
                primaryRecordLookupSeen = true;
                QVERIFY2(plan.join(' ').contains(QLatin1String("place_primary_record")),
                         qPrintable(plan.join(' ')));
            }
            // The map's links start from the candidate pairs: started from the places shown, for both ends,
            // the plan was quadratic in the places (a 300,000-place project's map never came).
            if (statement.contains(QLatin1String("FROM candidate_pair c CROSS JOIN"))) {
                linksSeen = true;
                QVERIFY2(!plan.isEmpty() && plan.first() == QLatin1String("SCAN c"),
                         qPrintable(plan.join(" / ")));
            }
            const QSet<QString> watched = namesOfWatchedTables(statement);
            for (const QString& step : plan) {
                const auto m = scan.match(step);
                if (!m.hasMatch() || !watched.contains(m.captured(1)))
                    continue;
                // A page of the table walks a sort index in order and stops at its LIMIT.
                bool intended = step.contains(QLatin1String(" USING INDEX ")) &&
                                statement.contains(QLatin1String(" LIMIT "));
                for (const auto& [pattern, reason] : intendedScans())
                    intended |= statement.contains(pattern);
                if (!intended)
                    failures
                        << QStringLiteral("%1\n    plan: %2").arg(statement, plan.join(QLatin1String(" / ")));
            }
        }
        QVERIFY(primaryRecordLookupSeen);
        QVERIFY(linksSeen);
        QVERIFY2(explained > 30, qPrintable(QString::number(explained)));
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QLatin1String("full scans:\n") + failures.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_query_plans.moc"
