// SPDX-License-Identifier: GPL-3.0-or-later
// The text index of the places: the search's answers, and an index a large import leaves for later (built
// by a writing connection before its first search, copied by a reading one), always the same answers.
#include "Error.h"
#include "TestSupport.h"
#include "import/Importer.h"
#include "store/PlaceFilter.h"
#include "store/PlaceQueries.h"
#include "store/SortIndexes.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "store/TextIndex.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace recoupe;

namespace {

const QString cget = QStringLiteral("cget/CGET_TiersLieux_2019.csv");

// A search of `text`, merged places included.
PlaceFilter searchFor(const QString& text)
{
    PlaceFilter filter;
    filter.text = text;
    filter.includeMerged = true;
    return filter;
}

// The ids of the places under `where`, in order.
QList<qint64> idsWhere(QSqlDatabase& db, const SqlCondition& where)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT p.id FROM place p") + where.clause +
                                       QStringLiteral(" ORDER BY p.id"));
    for (const QVariant& v : where.values)
        q.addBindValue(v);
    sql::exec(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// The places a search finds, by id, as every query of places runs it.
QList<qint64> found(QSqlDatabase& db, const QString& text)
{
    return idsWhere(db, filter::condition(db, searchFor(text)));
}

// Lower case, accents off, letters and digits only: "Évry-Courcouronnes" → "evrycourcouronnes".
QString folded(const QString& text)
{
    static const QRegularExpression other(QStringLiteral("[^\\p{L}\\p{N}]"));
    QString out = text.normalized(QString::NormalizationForm_D).toLower();
    out.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    return out.remove(other);
}

// Every place whose words hold each searched word (the index's prefixes, also across a space: "fablab"
// finds "Fab Lab"), worked out without the index. Slightly wider than the index (a word found inside
// another word), so it bounds the answers rather than equals them.
QSet<qint64> holdingEveryWord(QSqlDatabase& db, const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QSet<qint64> out;
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT id, name || ' ' || address || ' ' || commune || ' ' || "
                                     "postcode FROM place"));
    while (q.next()) {
        const QString all = folded(q.value(1).toString());
        if (std::all_of(words.begin(), words.end(),
                        [&all](const QString& w) { return all.contains(folded(w)); }))
            out.insert(q.value(0).toLongLong());
    }
    return out;
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QStringList triggerSql(QSqlDatabase& db)
{
    QStringList out;
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name "
                                     "IN ('place_ai', 'place_au', 'place_ad') ORDER BY name"));
    while (q.next())
        out << q.value(0).toString().simplified();
    return out;
}

ImportOptions leavingTheTextIndex()
{
    ImportOptions options;
    options.textIndexInlineUpTo = 0;
    return options;
}

} // namespace

class TestTextIndex : public QObject
{
    Q_OBJECT

private slots:
    void searches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("one word") << QStringLiteral("rennes") << 10;
        QTest::newRow("two words, the second long") << QStringLiteral("lab rennes") << 5;
        QTest::newRow("two words, the first long") << QStringLiteral("rennes labfab") << 5;
        QTest::newRow("a short word and a long one") << QStringLiteral("la cantine") << 1;
        QTest::newRow("joined for parts apart") << QStringLiteral("fablab") << 50;
        QTest::newRow("accents ignored") << QStringLiteral("besancon") << 8;
        QTest::newRow("accents typed") << QStringLiteral("Épinal") << 1;
        QTest::newRow("three words") << QStringLiteral("coworking paris rue") << 1;
        QTest::newRow("punctuation only") << QStringLiteral("« — »") << 0;
    }

    // Multi-word searches failed with "fts5: syntax error near (" when one word had five letters or more.
    void searches()
    {
        QFETCH(QString, text);
        QFETCH(int, atLeast);
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(cget), {});
        QSqlDatabase& db = store->database();
        QVERIFY(textIndex::isComplete(db));
        const QList<qint64> ids = found(db, text);
        QVERIFY2(ids.size() >= atLeast, qPrintable(QString::number(ids.size())));
        if (atLeast == 0)
            QCOMPARE(ids.size(), sql::scalar(db, QStringLiteral("SELECT count(*) FROM place")).toLongLong());
        const QSet<qint64> bound = holdingEveryWord(db, text);
        if (atLeast > 0)
            for (qint64 id : ids)
                QVERIFY2(bound.contains(id), qPrintable(QString::number(id)));
    }

    void largeImportLeavesItAndWritingBuildsIt()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(cget), leavingTheTextIndex());
        QSqlDatabase& db = store->database();
        QVERIFY(!textIndex::isComplete(db));
        QVERIFY(triggerSql(db).isEmpty());
        // An edit while it is left: no trigger follows it, the build reads the places as they are then.
        sql::exec(db, QStringLiteral("UPDATE place SET name = 'Zyxophone Atelier' WHERE id = 7"));
        QCOMPARE(found(db, QStringLiteral("zyxophone")), QList<qint64>{7});
        QVERIFY(textIndex::isComplete(db));
        QCOMPARE(sql::scalar(db, QStringLiteral("INSERT INTO place_fts(place_fts) VALUES('integrity-check')"))
                     .toString(),
                 QString());
        // Its triggers are back, the same as a new project's: the next edits follow.
        test::TemporaryProject fresh;
        QCOMPARE(triggerSql(db), triggerSql(fresh.open()->database()));
        sql::exec(db, QStringLiteral("UPDATE place SET name = 'Quixotique' WHERE id = 7"));
        QCOMPARE(found(db, QStringLiteral("quixotique")), QList<qint64>{7});
        QVERIFY(found(db, QStringLiteral("zyxophone")).isEmpty());
    }

    // A listing or an export may not write the project: it searches a copy of the index of its own, with the
    // same answers as the built index, and leaves the file as it was.
    void readingConnectionSearchesACopy()
    {
        test::TemporaryProject project;
        {
            auto store = project.open();
            Importer(*store).run(test::dataPath(cget), leavingTheTextIndex());
        }
        const QByteArray before = fileDigest(project.path());
        const QStringList searches{QStringLiteral("fablab"), QStringLiteral("la cantine"),
                                   QStringLiteral("besancon"), QStringLiteral("lab rennes")};
        QList<QList<qint64>> fromCopy;
        {
            Store reading(project.path(), Store::Access::Read);
            for (const QString& text : searches)
                fromCopy << found(reading.database(), text);
            QVERIFY(!textIndex::isComplete(reading.database()));
        }
        QCOMPARE(fileDigest(project.path()), before);
        auto store = project.open();
        for (qsizetype i = 0; i < searches.size(); ++i) {
            QVERIFY(!fromCopy.at(i).isEmpty());
            QCOMPARE(found(store->database(), searches.at(i)), fromCopy.at(i));
        }
        QVERIFY(textIndex::isComplete(store->database()));
        // Once built, a reading connection searches the index itself.
        Store reading(project.path(), Store::Access::Read);
        QCOMPARE(found(reading.database(), searches.first()), fromCopy.first());
        QCOMPARE(
            sql::scalar(reading.database(),
                        QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE name = 'place_fts'"))
                .toInt(),
            0);
    }

    // A window whose project another process holds searches a copy at once rather than wait, and the copy
    // follows the window's own edits until the index is built.
    void busyProjectSearchesACopyThatFollowsEdits()
    {
        test::TemporaryProject project;
        auto store = project.open();
        QSqlDatabase& db = store->database();
        Importer(*store).run(test::dataPath(cget), leavingTheTextIndex());
        Store other(project.path(), Store::Access::Write);
        auto hold = [&other] { sql::exec(other.database(), QStringLiteral("BEGIN IMMEDIATE")); };
        auto release = [&other] { sql::exec(other.database(), QStringLiteral("COMMIT")); };
        // Without waiting for the lock, as a window's every page does once it has a copy.
        auto search = [&db](const QString& text) {
            textIndex::ensureForSearch(db, 0);
            return idsWhere(db, filter::condition(searchFor(text)));
        };
        hold();
        const QList<qint64> before = search(QStringLiteral("fablab"));
        QVERIFY(!before.isEmpty());
        QVERIFY(!textIndex::isComplete(db));
        release();
        sql::exec(db, QStringLiteral("UPDATE place SET name = 'Zyxophone' WHERE id = ?"), {before.first()});
        sql::exec(db,
                  QStringLiteral("INSERT INTO place(name, created_at, updated_at) VALUES ('Zyxophone bis', "
                                 "'t', 't')"));
        hold();
        QCOMPARE(search(QStringLiteral("zyxophone")).size(), 2);
        QCOMPARE(search(QStringLiteral("fablab")), before.mid(1));
        QVERIFY(!textIndex::isComplete(db));
        release();
        // Once the project is free, the index is built and the copy dropped: the same answers.
        QCOMPARE(search(QStringLiteral("zyxophone")).size(), 2);
        QVERIFY(textIndex::isComplete(db));
        QCOMPARE(search(QStringLiteral("fablab")), before.mid(1));
    }

    // Another import, small, into a project whose index is left: it stays left, and the build finds the
    // places of both.
    void smallImportKeepsItLeft()
    {
        test::TemporaryProject project;
        auto store = project.open();
        QSqlDatabase& db = store->database();
        Importer(*store).run(test::dataPath(cget), leavingTheTextIndex());
        Importer(*store).run(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")), {});
        QVERIFY(!textIndex::isComplete(db));
        QVERIFY(textIndex::build(db, 0));
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM place_fts")).toLongLong(),
                 sql::scalar(db, QStringLiteral("SELECT count(*) FROM place")).toLongLong());
        const QList<qint64> rennes = found(db, QStringLiteral("rennes"));
        QVERIFY(std::any_of(rennes.begin(), rennes.end(), [](qint64 id) { return id > 1512; }));
        QVERIFY(std::any_of(rennes.begin(), rennes.end(), [](qint64 id) { return id <= 1512; }));
    }

    // The indexes of the geography's filters are left out by a large import too, and built by the first
    // filter that reads one (or the window's background, as the sort indexes).
    void largeImportLeavesTheFilterIndexes()
    {
        test::TemporaryProject project;
        const QString csv = project.folder() + QStringLiteral("/large.csv");
        test::writeCgetCopies(csv, 40); // 60,480 rows
        auto store = project.open();
        QSqlDatabase& db = store->database();
        const ImportReport report = Importer(*store).run(csv, {});
        QCOMPARE(report.added, 40 * 1512);
        QVERIFY(!textIndex::isComplete(db));
        auto indexes = [&db] {
            return sql::scalar(db,
                               QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                              "name LIKE 'place_geography_%'"))
                .toInt();
        };
        QCOMPARE(indexes(), 0);
        // Every place has its geography all the same.
        QCOMPARE(test::rowCount(*store, QStringLiteral("place_geography")), 40 * 1512);
        PlaceFilter brittany;
        brittany.region = QStringLiteral("53");
        const qint64 inBrittany = placeQueries::count(db, brittany);
        QCOMPARE(inBrittany, test::rowCount(*store, QStringLiteral("place_geography"),
                                            QStringLiteral("region_code = '53'")));
        QVERIFY(inBrittany > 1000);
        QCOMPARE(indexes(), 1);
        sortIndexes::ensureAll(db);
        QCOMPARE(indexes(), 4);
        QCOMPARE(placeQueries::count(db, brittany), inBrittany);
        PlaceFilter search;
        search.text = QStringLiteral("fablab");
        QVERIFY(placeQueries::count(db, search) > 1000);
        QVERIFY(textIndex::isComplete(db));
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // A failed import leaves the index as it was: its leaving is part of the import's transaction.
    void cancelledImportKeepsItComplete()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson")), {});
        QVERIFY(textIndex::isComplete(store->database()));
        // Cancelled at the very end (the last call reports every row done), after the index was left.
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, Importer(*store).run(test::dataPath(cget), leavingTheTextIndex(),
                                            [](qint64 done, qint64 total) { return done != total; }));
        QVERIFY(textIndex::isComplete(store->database()));
        QCOMPARE(triggerSql(store->database()).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTextIndex)
#include "tst_text_index.moc"
