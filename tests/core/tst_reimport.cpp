// SPDX-License-Identifier: GPL-3.0-or-later
// Re-importing an updated source: the 2020 Breton map over the 2018 one.
#include "TestSupport.h"
#include "import/Importer.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QTest>

using namespace recoupe;

class TestReimport : public QObject
{
    Q_OBJECT
private:
    const QString m_2018 = test::dataPath(QStringLiteral("sources/bzh_fablab_2018-08-15.geojson"));
    const QString m_2020 = test::dataPath(QStringLiteral("sources/bzh_fablab_2020-05-26.geojson"));

private slots:
    void updatesBySourceKey()
    {
        test::TemporaryProject project;
        auto store = project.open();
        const ImportReport first = Importer(*store).run(m_2018, {});
        QCOMPARE(first.added, 101);
        const ImportReport second = Importer(*store).run(m_2020, {});
        QCOMPARE(second.sourceName, first.sourceName);
        QCOMPARE(second.added, 20);
        QCOMPARE(second.added + second.changed + second.unchanged, 121);
        QVERIFY(second.changed > 0);
        QCOMPARE(second.removed, 0);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record")), 121);
        QCOMPARE(test::rowCount(*store, QStringLiteral("place")), 121);
        QCOMPARE(test::rowCount(*store, QStringLiteral("source")), 1);
        // The earlier state of each changed record stays in history.
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record_history"),
                                QStringLiteral("change = 'changed'")),
                 second.changed);
    }

    void sameFileTwiceChangesNothing()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(m_2018, {});
        const ImportReport again = Importer(*store).run(m_2018, {});
        QCOMPARE(again.unchanged, 101);
        QCOMPARE(again.added + again.changed + again.removed, 0);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record_history")), 0);
    }

    void removedRecordsAreKeptAndFlagged()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(m_2020, {});
        const ImportReport older = Importer(*store).run(m_2018, {});
        QCOMPARE(older.removed, 20);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record")), 121);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record"), QStringLiteral("removed = 1")), 20);
        QCOMPARE(test::rowCount(*store, QStringLiteral("place"), QStringLiteral("status = 'source_removed'")),
                 20);
        // Back again: restored, not duplicated.
        const ImportReport newer = Importer(*store).run(m_2020, {});
        QCOMPARE(newer.added, 0);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record"), QStringLiteral("removed = 1")), 0);
        QCOMPARE(test::rowCount(*store, QStringLiteral("place"), QStringLiteral("status = 'active'")), 121);
        QCOMPARE(test::rowCount(*store, QStringLiteral("raw_record_history"),
                                QStringLiteral("change = 'restored'")),
                 20);
    }

    void manualEditsSurviveReimport()
    {
        test::TemporaryProject project;
        auto store = project.open();
        Importer(*store).run(m_2018, {});
        auto& db = store->database();
        // A person renamed a place whose record the 2020 file changes.
        const qint64 placeId =
            sql::scalar(db, QStringLiteral("SELECT pr.place_id FROM place_record pr JOIN raw_record r "
                                           "ON r.id = pr.raw_record_id WHERE r.source_key = '5'"))
                .toLongLong();
        sql::exec(db, QStringLiteral("UPDATE place SET name = 'Nom corrigé' WHERE id = ?"), {placeId});
        sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO field_origin(place_id, field, raw_record_id) VALUES (?, 'name', NULL)"),
                  {placeId});
        sql::exec(db, QStringLiteral("UPDATE raw_record SET digest = 'stale' WHERE source_key = '5'"));
        Importer(*store).run(m_2020, {});
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT name FROM place WHERE id = ?"), {placeId}).toString(),
                 QString::fromUtf8("Nom corrigé"));
        // Fields not edited follow the source.
        QCOMPARE(sql::scalar(db,
                             QStringLiteral("SELECT p.commune = r.commune FROM place p JOIN raw_record r ON "
                                            "r.id = p.primary_record_id WHERE p.id = ?"),
                             {placeId})
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
