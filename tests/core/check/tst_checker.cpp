// SPDX-License-Identifier: GPL-3.0-or-later
// The checker: each check on hand-made records (tests/data/check) and on the real CGET file, and fixes
// applied through the edit façade, undone and redone.
#include "Error.h"
#include "TestSupport.h"
#include "check/Checker.h"
#include "check/SourceQuality.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "import/Importer.h"
#include "store/PlaceFilter.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace recoupe;

namespace {

const check::Problem* find(const std::vector<check::Problem>& problems, const QString& key,
                           const QString& code)
{
    for (const check::Problem& p : problems)
        if (p.sourceKey == key && p.code == code)
            return &p;
    return nullptr;
}

int count(const std::vector<check::Problem>& problems, const QString& code)
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [&](const check::Problem& p) { return p.code == code; }));
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_store = m_project.open();
        Importer(*m_store).run(test::dataPath(QStringLiteral("check/handmade.csv")),
                               {QStringLiteral("handmade"), QStringLiteral("generic")});
        m_problems = check::run(m_store->database());
    }

    void handMade_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("fix"); // "" when none
        QTest::newRow("status in name") << "h1"
                                        << "status_in_name"
                                        << "warning"
                                        << "name: Atelier partagé";
        QTest::newRow("truncated name") << "h2"
                                        << "name_truncated"
                                        << "warning"
                                        << "";
        QTest::newRow("e-mail in address") << "h3"
                                           << "personal_data"
                                           << "error"
                                           << "address: 3 quai Ouest,";
        QTest::newRow("glued addresses") << "h4"
                                         << "url_glued"
                                         << "warning"
                                         << "website: http://premier.example.org";
        QTest::newRow("facebook in twitter") << "h5"
                                             << "handle_wrong_column"
                                             << "warning"
                                             << "facebook: facebook.com/mauvaisecolonne";
        QTest::newRow("lost zero") << "h6"
                                   << "postcode_lost_zero"
                                   << "info"
                                   << "";
        QTest::newRow("postcode 0") << "h7"
                                    << "postcode_placeholder"
                                    << "warning"
                                    << "";
        QTest::newRow("same coordinates A") << "h8"
                                            << "same_coordinates"
                                            << "info"
                                            << "";
        QTest::newRow("same coordinates B") << "h9"
                                            << "same_coordinates"
                                            << "info"
                                            << "";
        QTest::newRow("other département") << "h10"
                                           << "departement_mismatch"
                                           << "warning"
                                           << "";
        QTest::newRow("no coordinates") << "h11"
                                        << "no_coordinates"
                                        << "warning"
                                        << "";
        QTest::newRow("outside France") << "h12"
                                        << "outside_france"
                                        << "error"
                                        << "";
        QTest::newRow("social page as website") << "h13"
                                                << "social_in_website"
                                                << "warning"
                                                << "facebook: facebook.com/pagesociale, website emptied";
        QTest::newRow("text around the address") << "h14"
                                                 << "url_text_around"
                                                 << "warning"
                                                 << "website: https://texte-autour.example.org";
    }

    void handMade()
    {
        QFETCH(QString, key);
        QFETCH(QString, code);
        QFETCH(QString, severity);
        QFETCH(QString, fix);
        const check::Problem* p = find(m_problems, key, code);
        QVERIFY2(p, qPrintable(key + QLatin1Char(' ') + code));
        QCOMPARE(check::severityKey(p->severity), severity);
        QCOMPARE(p->source, QStringLiteral("handmade"));
        QVERIFY(!p->message.isEmpty());
        QCOMPARE(p->fix.description.trimmed(), fix);
        const QVariantList row = check::row(*p);
        QCOMPARE(row.size(), check::columns().size());
    }

    // Records without the problem do not get it: each code on exactly the expected records.
    void noFalseAlarms()
    {
        QCOMPARE(count(m_problems, QStringLiteral("same_coordinates")), 2);
        QCOMPARE(count(m_problems, QStringLiteral("no_coordinates")), 1);
        QCOMPARE(count(m_problems, QStringLiteral("status_in_name")), 1);
        QCOMPARE(count(m_problems, QStringLiteral("departement_mismatch")), 1);
        QCOMPARE(count(m_problems, QStringLiteral("outside_france")), 1);
        QVERIFY(!find(m_problems, QStringLiteral("h10"), QStringLiteral("status_in_name")));
    }

    // The "has problems" filter follows the checker: kept at import, refreshed by an edit and its undo.
    void hasProblemsFilter()
    {
        QSqlDatabase& db = m_store->database();
        const qint64 h1 = placeOf(QStringLiteral("h1"));
        auto flagged = [&](qint64 place) {
            PlaceFilter f;
            f.problems = true;
            return sql::scalar(db, QStringLiteral("SELECT count(*) FROM place p") +
                                       filter::condition(f).clause +
                                       QStringLiteral(" AND p.id = %1").arg(place))
                       .toInt() == 1;
        };
        QVERIFY(flagged(h1)); // status in the name: not one of the old flag's reasons
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*m_store, stack, notifier};
        QCOMPARE(check::applyFixes(
                     session, {*find(m_problems, QStringLiteral("h1"), QStringLiteral("status_in_name"))}),
                 1);
        QVERIFY(!flagged(h1));
        stack.undo();
        QVERIFY(flagged(h1));
    }

    // Swapped coordinates can only come from a hand edit (the import puts them back): found, and fixed.
    void swappedCoordinates()
    {
        QSqlDatabase& db = m_store->database();
        const qint64 place = placeOf(QStringLiteral("h8"));
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*m_store, stack, notifier};
        QVERIFY(edit::setPlaceField(session, place, Field::Lon, QStringLiteral("47.185")));
        QVERIFY(edit::setPlaceField(session, place, Field::Lat, QStringLiteral("-1.585")));
        std::vector<check::Problem> problems = check::runFor(db, {place});
        const check::Problem* p = find(problems, QStringLiteral("h8"), QStringLiteral("swapped_coordinates"));
        QVERIFY(p);
        QCOMPARE(check::applyFixes(session, {*p}), 1);
        QCOMPARE(
            sql::scalar(db, QStringLiteral("SELECT departement_code FROM place_geography WHERE place_id = ?"),
                        {place})
                .toString(),
            QStringLiteral("44"));
        stack.undo(); // the fix
        stack.undo();
        stack.undo(); // the two edits
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT lon FROM place WHERE id = ?"), {place}).toDouble(),
                 -1.585);
    }

    // Every fix of a kind in one undo step, audited; undone, redone.
    void fixAllUndoRedo()
    {
        QSqlDatabase& db = m_store->database();
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*m_store, stack, notifier};
        const qint64 auditBefore = test::rowCount(*m_store, QStringLiteral("audit_log"));
        std::vector<check::Problem> fixable;
        for (const check::Problem& p : check::run(db))
            if (!p.fix.isEmpty())
                fixable.push_back(p);
        QVERIFY(fixable.size() >= 6);
        QString error;
        const int fixed = check::applyFixes(session, fixable, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fixed, int(fixable.size()));
        QCOMPARE(stack.count(), 1); // one step
        const auto afterFix = check::run(db);
        for (const check::Problem& p : afterFix)
            QVERIFY2(p.fix.isEmpty() || p.code == QLatin1String("mojibake"),
                     qPrintable(p.code + QLatin1Char(' ') + p.sourceKey));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM place WHERE id = ?"),
                             {placeOf(QStringLiteral("h1"))})
                     .toString(),
                 QStringLiteral("Atelier partagé"));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT facebook FROM place WHERE id = ?"),
                             {placeOf(QStringLiteral("h5"))})
                     .toString(),
                 QStringLiteral("facebook.com/mauvaisecolonne"));
        QVERIFY(test::rowCount(*m_store, QStringLiteral("audit_log")) >
                auditBefore + qint64(fixable.size()) - 1);
        stack.undo();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM place WHERE id = ?"),
                             {placeOf(QStringLiteral("h1"))})
                     .toString(),
                 QStringLiteral("Atelier partagé (fermé)"));
        QVERIFY(
            find(check::run(db), QStringLiteral("h4"), QStringLiteral("url_glued"))->fix.description.size() >
            0);
        stack.redo();
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT website FROM place WHERE id = ?"),
                             {placeOf(QStringLiteral("h4"))})
                     .toString(),
                 QStringLiteral("http://premier.example.org"));
        stack.undo();
    }

    // The real CGET file: what the issue lists, found where users know it is.
    void cgetFile()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                             {QString(), QStringLiteral("cget-2019")});
        const auto problems = check::run(store->database());
        QCOMPARE(count(problems, QStringLiteral("same_coordinates")), 89);      // tests/data/README.md
        QCOMPARE(count(problems, QStringLiteral("postcode_placeholder")), 133); // CP = 0
        QVERIFY(find(problems, QStringLiteral("313"), QStringLiteral("email_in_website")));
        QVERIFY(find(problems, QStringLiteral("156"), QStringLiteral("status_in_name")));
        QVERIFY(find(problems, QStringLiteral("1341"), QStringLiteral("status_in_name")));
        QVERIFY(find(problems, QStringLiteral("191"), QStringLiteral("handle_wrong_column")));
        QVERIFY(find(problems, QStringLiteral("873"), QStringLiteral("mojibake")));
        QVERIFY(find(problems, QStringLiteral("1015"), QStringLiteral("url_text_around")));
        QVERIFY(find(problems, QStringLiteral("1158"), QStringLiteral("name_truncated")));
        QVERIFY(find(problems, QStringLiteral("1291"), QStringLiteral("source_departement_mismatch")));
        QVERIFY(count(problems, QStringLiteral("geocoding_precision_scale")) > 0);
        // "La Ferme de Chassagne" is a farm, not a closed place.
        QVERIFY(!find(problems, QStringLiteral("285"), QStringLiteral("status_in_name")));
        QCOMPARE(count(problems, QStringLiteral("no_coordinates")), 0);
        QCOMPARE(count(problems, QStringLiteral("outside_france")), 0);
    }

    // A source laid out as a geocoder's output: its own score and département columns are read too.
    void geocoderColumns()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("check/geocoded.csv")),
                             {QStringLiteral("geocoded"), QStringLiteral("generic")});
        const auto problems = check::run(store->database());
        QVERIFY(find(problems, QStringLiteral("g1"), QStringLiteral("geocoding_precision_low")));
        QVERIFY(find(problems, QStringLiteral("g2"), QStringLiteral("source_departement_mismatch")));
        QCOMPARE(find(problems, QStringLiteral("g2"), QStringLiteral("source_departement_mismatch"))->source,
                 QStringLiteral("geocoded"));
        QVERIFY(!find(problems, QStringLiteral("g3"), QStringLiteral("source_departement_mismatch")));
        for (const check::Problem& p : problems)
            QVERIFY2(p.sourceKey != QLatin1String("g4"), qPrintable(p.code));
        QCOMPARE(count(problems, QStringLiteral("geocoding_precision_low")), 1);
    }

    // A large import leaves its checks for later: nothing is kept in place_problem at import, and
    // checkPending then keeps what the import would have kept, for the places of those imports only (a
    // first import: the split run; a second one: its places), leaving alone a place edited meanwhile.
    void pendingChecksKeepWhatTheImportWould()
    {
        auto kept = [](QSqlDatabase& db) {
            QStringList rows;
            QSqlQuery q = sql::exec(db, QStringLiteral("SELECT r.source_key, pp.code, pp.severity FROM "
                                                       "place_problem pp JOIN place p ON p.id = pp.place_id "
                                                       "JOIN raw_record r ON r.id = p.primary_record_id"));
            while (q.next())
                rows << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                            q.value(2).toString();
            rows.sort();
            return rows;
        };
        const QString cget = test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv"));
        const QString handmade = test::dataPath(QStringLiteral("check/handmade.csv"));
        test::TemporaryProject inlineProject;
        auto inlineStore = inlineProject.open();
        Importer(*inlineStore).run(cget, {QString(), QStringLiteral("cget-2019")});
        Importer(*inlineStore).run(handmade, {QStringLiteral("handmade"), QStringLiteral("generic")});
        const QStringList expected = kept(inlineStore->database());
        QVERIFY(expected.size() > 100);

        test::TemporaryProject project;
        auto store = project.open();
        QSqlDatabase& db = store->database();
        ImportOptions later{QString(), QStringLiteral("cget-2019")};
        later.checkInlineUpTo = 0;
        Importer(*store).run(cget, later);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM place_problem")).toInt(), 0);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT checks_pending FROM import_run")).toInt(), 1);
        QCOMPARE(check::checkPending(db), 1);
        QCOMPARE(check::checkPending(db), 0); // nothing left
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM import_run WHERE checks_pending = 1"))
                     .toInt(),
                 0);
        later = {QStringLiteral("handmade"), QStringLiteral("generic")};
        later.checkInlineUpTo = 0;
        Importer(*store).run(handmade, later);
        // A handmade place edited in another window while the checks run keeps its problems as that edit
        // left them (a mark stands for them here).
        const qint64 h1 =
            sql::scalar(db, QStringLiteral("SELECT p.id FROM place p JOIN raw_record r ON r.id = "
                                           "p.primary_record_id WHERE r.source_key = 'h1'"))
                .toLongLong();
        auto other = project.open();
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*other, stack, notifier};
        bool edited = false;
        auto editMeanwhile = [&](qint64, qint64) {
            if (!edited) {
                edited =
                    edit::setPlaceField(session, h1, Field::Website, QStringLiteral("https://h1.example"));
                sql::exec(other->database(),
                          QStringLiteral(
                              "INSERT INTO place_problem(place_id, code, severity) VALUES (?, 'x', 'info')"),
                          {h1});
            }
            return true;
        };
        QCOMPARE(check::checkPending(db, editMeanwhile), 1);
        QVERIFY(edited);
        QStringList found = kept(db);
        QVERIFY(found.contains(QStringLiteral("h1 x info")));
        QStringList expectedNow = expected;
        expectedNow.removeIf([](const QString& row) { return row.startsWith(QLatin1String("h1 ")); });
        found.removeIf([](const QString& row) { return row.startsWith(QLatin1String("h1 ")); });
        QCOMPARE(found, expectedNow);
    }

    // The two halves of a run read and checked at once, on two connections, find what one connection
    // finds, in the same order; so does a check of every place by id, and a run inside a transaction.
    void splitRunFindsTheSame()
    {
        test::TemporaryProject project;
        auto store = project.open();
        QSqlDatabase& db = store->database();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                             {QString(), QStringLiteral("cget-2019")});
        Importer(*store).run(test::dataPath(QStringLiteral("check/handmade.csv")),
                             {QStringLiteral("handmade"), QStringLiteral("generic")});
        const auto split = check::run(db, {}, 0);
        std::vector<check::Problem> single;
        {
            sql::Transaction transaction(db); // a second connection would not see inside it: one connection
            single = check::run(db, {}, 0);
        }
        QList<qint64> ids;
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id FROM place"));
        while (q.next())
            ids << q.value(0).toLongLong();
        std::vector<check::Problem> byId = check::runFor(db, ids);
        QVERIFY(split.size() > 500);
        for (const auto* other : {&single, &byId}) {
            QCOMPARE(other->size(), split.size());
            for (size_t i = 0; i < split.size(); ++i) {
                QCOMPARE(other->at(i).placeId, split[i].placeId);
                QCOMPARE(other->at(i).code, split[i].code);
                QCOMPARE(other->at(i).sourceKey, split[i].sourceKey);
                QCOMPARE(other->at(i).message, split[i].message);
            }
        }
        QCOMPARE(count(split, QStringLiteral("same_coordinates")), 89 + 2);
        // Cancelled from the progress: both halves stop, nothing is returned.
        bool cancelled = false;
        try {
            check::run(
                db, [](qint64, qint64) { return false; }, 0);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
    }

    // fablabs.io: "2100" in Dijon lost its last zero, not its first; the six labs without a position.
    void fablabsIo()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("sources/fablabs_io_france_2017.json")),
                             {QString(), QStringLiteral("fablabs-io")});
        const auto problems = check::run(store->database());
        QCOMPARE(count(problems, QStringLiteral("no_coordinates")), 6);
        const check::Problem* lab6 = find(problems, QStringLiteral("https://www.fablabs.io/labs/lab6"),
                                          QStringLiteral("postcode_lost_zero"));
        QVERIFY(lab6);
        QCOMPARE(lab6->fix.description, QStringLiteral("postcode: 21000"));
        QUndoStack stack;
        edit::Notifier notifier;
        edit::Session session{*store, stack, notifier};
        QCOMPARE(check::applyFixes(session, {*lab6}), 1);
        const auto after = check::runFor(store->database(), {lab6->placeId});
        QVERIFY(std::none_of(after.begin(), after.end(), [](const check::Problem& p) {
            return p.code == QLatin1String("departement_mismatch");
        }));
        stack.undo();
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT postcode FROM place WHERE id = ?"),
                             {lab6->placeId})
                     .toString(),
                 QStringLiteral("02100"));
    }

    // Quality per source: a record of MapLabBZH joined to the CGET place of the same fablab (as a merge
    // does: its place_record row moved) is linked, and the fields where it differs are counted.
    void sourceQuality()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")),
                             {QString(), QStringLiteral("cget-2019")});
        Importer(*store).run(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")),
                             {QString(), QStringLiteral("maplabbzh")});
        QSqlDatabase& db = store->database();
        // The MapLabBZH record nearest to a CGET place of the same name's first word, joined to it.
        QSqlQuery pair = sql::exec(
            db,
            QStringLiteral(
                "SELECT rb.id, pc.id FROM raw_record rb JOIN source sb ON sb.id = rb.source_id AND sb.name = "
                "'MapLabBZH' "
                "JOIN raw_record rc JOIN source sc ON sc.id = rc.source_id AND sc.name = 'CGET 2019' "
                "JOIN place_record prc ON prc.raw_record_id = rc.id JOIN place pc ON pc.id = prc.place_id "
                "WHERE rb.lon IS NOT NULL AND abs(rb.lon - rc.lon) < 0.001 AND abs(rb.lat - rc.lat) < 0.001 "
                "LIMIT 1"));
        QVERIFY(pair.next());
        sql::exec(db, QStringLiteral("UPDATE place_record SET place_id = ? WHERE raw_record_id = ?"),
                  {pair.value(1), pair.value(0)});
        QHash<QString, QVariantList> rows;
        check::forEachSourceQuality(db,
                                    [&](const QVariantList& row) { rows.insert(row.at(0).toString(), row); });
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.value(QStringLiteral("CGET 2019")).at(1).toLongLong(), qint64(1512));
        QCOMPARE(rows.value(QStringLiteral("CGET 2019")).at(2).toLongLong(), qint64(1));
        QCOMPARE(rows.value(QStringLiteral("MapLabBZH")).at(2).toLongLong(), qint64(1));
        // The CGET record is the place's: it agrees with it; the other one differs on some field.
        QCOMPARE(rows.value(QStringLiteral("CGET 2019")).at(3).toLongLong(), qint64(0));
        QCOMPARE(rows.value(QStringLiteral("MapLabBZH")).at(3).toLongLong(), qint64(1));
        QVERIFY(!rows.value(QStringLiteral("MapLabBZH")).at(4).toString().isEmpty());
        QVERIFY(rows.value(QStringLiteral("CGET 2019"))
                    .at(6)
                    .toString()
                    .contains(QLatin1String("same_coordinates:")));
        QCOMPARE(check::qualityColumns().size(), rows.begin()->size());
    }

private:
    qint64 placeOf(const QString& key)
    {
        return sql::scalar(
                   m_store->database(),
                   QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r ON r.id = "
                                  "pr.raw_record_id WHERE r.source_key = ?"),
                   {key})
            .toLongLong();
    }

    test::TemporaryProject m_project;
    std::unique_ptr<Store> m_store;
    std::vector<check::Problem> m_problems;
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
