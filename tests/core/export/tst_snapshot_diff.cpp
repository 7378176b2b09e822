// SPDX-License-Identifier: GPL-3.0-or-later
// The differences between two snapshots of the real CGET project after a merge, a move, an edit and a
// reclassification, then a split and a new source; from the contents the project keeps, not the files.
#include "Error.h"
#include "ExportTestSupport.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "export/SnapshotDiff.h"
#include "review/MergeProposal.h"
#include "store/SnapshotStore.h"

#include <QUndoStack>
#include <QtTest>

using namespace recoupe;
using namespace recoupe::exporting;

namespace {

struct Session
{
    explicit Session(Store& store) : session{store, stack, notifier} {}
    QUndoStack stack;
    edit::Notifier notifier;
    edit::Session session;
};

qint64 snapshot(Store& store, const QString& folder, const QString& name)
{
    ExportOptions options;
    options.layout = Layout::Recoupe;
    const ExportResult r = Exporter(store).run(QDir(folder).filePath(name), options);
    QFile::remove(QDir(folder).filePath(name)); // the diff needs no file
    return r.snapshotId;
}

QStringList rows(const QList<SnapshotChange>& changes)
{
    QStringList out;
    for (const SnapshotChange& c : changes)
        out << QStringLiteral("%1,%2,%3,%4,%5")
                   .arg(c.change)
                   .arg(c.placeId)
                   .arg(c.field, c.oldValue, c.newValue);
    return out;
}

} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private slots:
    void mergeMoveEditReclassifySplitAdd()
    {
        test::TemporaryProject project;
        auto store = test::cgetProject(project);
        const qint64 a = snapshot(*store, project.folder(), "a.csv");
        QCOMPARE(diffSnapshots(store->database(), a, a).size(), 0);

        Session s(*store);
        review::MergeProposal proposal = review::proposeMerge(store->database(), 10, {10, 11});
        QString error;
        QVERIFY2(edit::mergePlaces(s.session, proposal.plan, &error), qPrintable(error));
        QVERIFY(edit::movePlace(s.session, 20, 2.35, 48.85, &error));
        QVERIFY(edit::setPlaceField(s.session, 30, Field::Name, QStringLiteral("Nouveau nom"), &error));
        QVERIFY(edit::setPlaceField(s.session, 40, Field::Type, QStringLiteral("fablab"), &error));
        const qint64 b = snapshot(*store, project.folder(), "b.csv");

        const QStringList ab = rows(diffSnapshots(store->database(), a, b));
        QVERIFY2(ab.contains("merged,11,place_id,11,10"), qPrintable(ab.join('\n')));
        QVERIFY2(ab.contains("moved,20,lon,2.35,2.35") == false, "only real moves");
        bool movedLon = false, movedLat = false, renamed = false, reclassified = false;
        for (const QString& r : ab) {
            movedLon = movedLon || (r.startsWith("moved,20,lon,") && r.endsWith(",2.35"));
            movedLat = movedLat || (r.startsWith("moved,20,lat,") && r.endsWith(",48.85"));
            renamed = renamed || (r.startsWith("changed,30,name,") && r.endsWith(",Nouveau nom"));
            reclassified = reclassified || (r.startsWith("reclassified,40,type,") && r.endsWith(",fablab"));
        }
        QVERIFY2(movedLon && movedLat && renamed, qPrintable(ab.join('\n')));
        QVERIFY2(reclassified || ab.join('\n').contains("40,type"), qPrintable(ab.join('\n')));
        for (const QString& r : ab)
            QVERIFY2(!r.startsWith("removed") && !r.startsWith("added"), qPrintable(r));
        // Place 10 only gained place 11's record: no field row is claimed unless a value changed.
        const QString report = readableDiff(diffSnapshots(store->database(), a, b));
        QVERIFY(report.contains(QStringLiteral("Place 11 merged into place 10")));

        // Split back, and a new source: split and added.
        QVERIFY(!edit::splitPlace(s.session, 10, Decision::Different, &error).isEmpty());
        const QString extra =
            test::writeFile(project.folder(), "extra.csv",
                            "ID,NOM_TL,ADRESSE,CP,LAT,LONG\n1,Lieu nouveau,1 rue Neuve,35000,48.1,-1.6\n");
        ImportOptions options;
        options.sourceName = QStringLiteral("extra");
        Importer(*store).run(extra, options);
        const qint64 c = snapshot(*store, project.folder(), "c.csv");
        const QStringList bc = rows(diffSnapshots(store->database(), b, c));
        QVERIFY2(bc.contains("split,11,place_id,10,11"), qPrintable(bc.join('\n')));
        bool added = false;
        for (const QString& r : bc)
            added = added || (r.startsWith("added,") && r.endsWith(",Lieu nouveau"));
        QVERIFY2(added, qPrintable(bc.join('\n')));

        // Contents are kept once: a snapshot with no change adds no content row.
        const qint64 contents = test::rowCount(*store, "snapshot_content");
        snapshot(*store, project.folder(), "d.csv");
        QCOMPARE(test::rowCount(*store, "snapshot_content"), contents);
        QCOMPARE(snapshots::list(store->database()).size(), 4);

        QVERIFY_THROWS_EXCEPTION(Error, diffSnapshots(store->database(), a, 999));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshot_diff.moc"
