// SPDX-License-Identifier: GPL-3.0-or-later
// The lazy places model on the real CGET data: Qt's model checks, counts, SQL sorting and filtering, and
// that rowOf() finds every place where the sorted listing shows it.
#include "GuiTestSupport.h"
#include "PlaceTableModel.h"
#include "store/SqlUtil.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace recoupe;

class TestPlaceTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        test::importCget(m_project);
        m_store = m_project.open();
    }

    void qtModelChecks()
    {
        PlaceTableModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1512);
        QCOMPARE(model.totalCount(), 1512);
        QCOMPARE(model.columnCount(), int(PlaceColumn::Count));
        model.sort(int(PlaceColumn::Commune), Qt::DescendingOrder);
        PlaceFilter filter;
        filter.text = QStringLiteral("fablab");
        model.setFilter(filter);
        QVERIFY(model.rowCount() > 0);
        model.refresh();
        model.setFilter({});
        QCOMPARE(model.rowCount(), 1512);
    }

    void rowsAreLazy()
    {
        PlaceTableModel model(*m_store);
        // Reading one row far down reads one page, not the whole table.
        QVERIFY(model.placeId(1400) > 0);
        QVERIFY(model.placeId(1511) > 0);
        QCOMPARE(model.placeId(1512), qint64(0));
    }

    void sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < int(PlaceColumn::Count); ++c) {
            QTest::addRow("column %d ascending", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("column %d descending", c) << c << int(Qt::DescendingOrder);
        }
    }

    void sortsInSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        PlaceTableModel model(*m_store);
        model.sort(column, Qt::SortOrder(order));
        // Every row is where rowOf() says, across page boundaries and NULL coordinates.
        for (int row : {0, 1, 255, 256, 257, 700, 1000, 1511}) {
            const qint64 id = model.placeId(row);
            QVERIFY(id > 0);
            QCOMPARE(model.rowOf(id), row);
        }
        if (PlaceColumn(column) == PlaceColumn::Name) {
            const QString first = model.index(0, column).data().toString();
            const QString last = model.index(1511, column).data().toString();
            QVERIFY(order == Qt::AscendingOrder ? first.compare(last, Qt::CaseInsensitive) <= 0
                                                : first.compare(last, Qt::CaseInsensitive) >= 0);
        }
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("departement");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("where");
        QTest::newRow("type fablab") << QString() << int(PlaceType::Fablab) << QString() << QString()
                                     << "type = 2";
        // Région and département by where the point lies (computed geography), not by the postcode: places
        // whose postcode is missing ("0" in the CGET file) are found too.
        QTest::newRow("département 35")
            << QString() << -1 << "35" << QString()
            << "id IN (SELECT place_id FROM place_geography WHERE departement_code = '35')";
        QTest::newRow("Corse-du-Sud")
            << QString() << -1 << "2A" << QString()
            << "id IN (SELECT place_id FROM place_geography WHERE departement_code = '2A')";
        QTest::newRow("Bretagne") << QString() << -1 << QString() << "53"
                                  << "id IN (SELECT place_id FROM place_geography WHERE departement_code IN "
                                     "('22', '29', '35', '56'))";
        QTest::newRow("text rennes") << "rennes" << -1 << QString() << QString()
                                     << "id IN (SELECT rowid FROM place_fts WHERE place_fts MATCH 'rennes*')";
    }

    // Typed joined, written apart: "fablab" also finds "Fab Lab …" (and "humanlab" "Human Lab").
    void joinedWordsFindSeparateWords()
    {
        PlaceTableModel model(*m_store);
        PlaceFilter filter;
        filter.text = QStringLiteral("fablab");
        model.setFilter(filter);
        const qint64 joinedOnly = test::rowCount(
            *m_store, QStringLiteral("place"),
            QStringLiteral("id IN (SELECT rowid FROM place_fts WHERE place_fts MATCH 'fablab*')"));
        QVERIFY(model.rowCount() > joinedOnly); // the "Fab Lab …" places are found too
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, departement);
        QFETCH(QString, region);
        QFETCH(QString, where);
        PlaceTableModel model(*m_store);
        QSignalSpy counts(&model, &PlaceTableModel::countsChanged);
        PlaceFilter filter;
        filter.text = text;
        if (type >= 0)
            filter.type = PlaceType(type);
        filter.departement = departement;
        filter.region = region;
        model.setFilter(filter);
        const qint64 expected = test::rowCount(*m_store, QStringLiteral("place"), where);
        QVERIFY(expected > 0);
        QCOMPARE(model.rowCount(), int(expected));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().at(0).toLongLong(), expected);
        QCOMPARE(counts.first().at(1).toLongLong(), qint64(1512));
    }

    void problemsAndDuplicates()
    {
        PlaceTableModel model(*m_store);
        PlaceFilter filter;
        filter.problems = true;
        model.setFilter(filter);
        const qint64 problems =
            test::rowCount(*m_store, QStringLiteral("place"),
                           QStringLiteral("lon IS NULL OR lat IS NULL OR postcode = '' OR name = '' "
                                          "OR NOT (lon BETWEEN -63.2 AND 168.5)"));
        QVERIFY(model.rowCount() >= problems);
        QVERIFY(model.rowCount() < 1512);
        filter = {};
        filter.candidateDuplicates = true;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0); // one record per place after a first import
    }

private:
    test::TemporaryProject m_project;
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestPlaceTableModel)
#include "tst_place_table_model.moc"
