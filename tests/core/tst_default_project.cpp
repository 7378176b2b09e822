// SPDX-License-Identifier: GPL-3.0-or-later
// The default project: seeded from the bundled CGET database, without personal data.
#include "TestSupport.h"
#include "project/DefaultProject.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace recoupe;

class TestDefaultProject : public QObject
{
    Q_OBJECT
private slots:
    void seedsOnFirstUseOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/default.recoupe"));
        QCOMPARE(defaultProject::ensure(path), path);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
        {
            Store store(path);
            QCOMPARE(test::rowCount(store, QStringLiteral("place")), 1512);
            QCOMPARE(test::rowCount(store, QStringLiteral("source")), 1);
            // Seeded with a first search for duplicates (the labelled BeeoTop pair among them).
            QCOMPARE(test::rowCount(store, QStringLiteral("match_run")), 1);
            QVERIFY(test::rowCount(store, QStringLiteral("candidate_pair")) > 100);
            QVERIFY(test::rowCount(store, QStringLiteral("candidate_place")) > 100);
            // The bundled file has no personal columns.
            QCOMPARE(test::rowCount(
                         store, QStringLiteral("raw_record"),
                         QStringLiteral("attributes LIKE '%\"CONTACT\"%' OR attributes LIKE '%\"MAIL\"%'")),
                     0);
            sql::exec(store.database(), QStringLiteral("UPDATE place SET name = 'kept' WHERE id = 1"));
        }
        defaultProject::ensure(path);
        Store store(path);
        QCOMPARE(test::rowCount(store, QStringLiteral("place")), 1512);
        QCOMPARE(
            sql::scalar(store.database(), QStringLiteral("SELECT name FROM place WHERE id = 1")).toString(),
            QStringLiteral("kept"));
    }

    void pathFollowsEnvironment()
    {
        qputenv("RECOUPE_DEFAULT_PROJECT", "/tmp/elsewhere.recoupe");
        QCOMPARE(defaultProject::path(), QStringLiteral("/tmp/elsewhere.recoupe"));
        qunsetenv("RECOUPE_DEFAULT_PROJECT");
        QVERIFY(defaultProject::path().endsWith(QLatin1String("recoupe/default.recoupe")));
    }
};

QTEST_GUILESS_MAIN(TestDefaultProject)
#include "tst_default_project.moc"
