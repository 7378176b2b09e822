// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/PointIndex.h"
#include "map/PointLayout.h"
#include "map/PointSelection.h"
#include "map/Viewport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace recoupe::map;

namespace {
std::shared_ptr<const PointIndex> gridOfPoints(int side, QPointF origin, double step)
{
    std::vector<MapPoint> points;
    for (int i = 0; i < side; ++i)
        for (int j = 0; j < side; ++j)
            points.push_back({i * side + j + 1, origin.x() + i * step, origin.y() + j * step,
                              static_cast<quint8>((i + j) % 3), (i + j) % 7 == 0});
    return PointIndex::create(std::move(points));
}
} // namespace

class TestPointLayout : public QObject
{
    Q_OBJECT

private slots:
    void fewPlacesAreDrawnAlone();
    void manyPlacesAreClustered_data();
    void manyPlacesAreClustered();
    void selectedMarkersAreDrawnLast();
    void hitFindsTheMarkerUnderThePointer();
    void nationalViewClustersDenseCellsOnly();
};

// 1,500 places as in the CGET file: a dense city and a sparse countryside, seen from the national zoom.
void TestPointLayout::nationalViewClustersDenseCellsOnly()
{
    std::vector<MapPoint> points;
    qint64 id = 1;
    for (int i = 0; i < 1400; ++i) // Paris: 1,400 places within a few kilometres
        points.push_back({id++, 2.30 + (i % 40) * 0.002, 48.84 + (i / 40) * 0.001, quint8(1 + i % 2), false});
    for (int i = 0; i < 100; ++i) // one place every ~120 km across the country
        points.push_back({id++, -4.0 + (i % 10) * 1.2, 42.5 + (i / 10) * 1.0, 2, false});
    const auto index = PointIndex::create(std::move(points));
    const Viewport viewport({2.5, 46.5}, 5.5, QSize(1000, 800));
    const auto markers = PointLayout::markers(*index, nullptr, viewport);
    quint32 largest = 0;
    int singles = 0;
    for (const PointMarker& m : markers) {
        largest = std::max(largest, m.count);
        singles += m.isCluster() ? 0 : 1;
    }
    QVERIFY2(largest >= 1000, qPrintable(QString::number(largest))); // Paris is one or a few clusters
    QVERIFY2(singles >= 20, qPrintable(QString::number(singles)));   // sparse cells keep their points
    QVERIFY2(markers.size() < 150, qPrintable(QString::number(markers.size())));
}

void TestPointLayout::fewPlacesAreDrawnAlone()
{
    const auto index = gridOfPoints(10, {2.3, 48.8}, 0.01);
    const Viewport viewport({2.35, 48.85}, 11, QSize(800, 600));
    const auto markers = PointLayout::markers(*index, nullptr, viewport);
    QCOMPARE(markers.size(), std::size_t(100));
    for (const PointMarker& marker : markers)
        QVERIFY(!marker.isCluster());
}

void TestPointLayout::manyPlacesAreClustered_data()
{
    QTest::addColumn<double>("zoom");
    QTest::newRow("z5") << 5.0;
    QTest::newRow("z8.5") << 8.5;
    QTest::newRow("z11") << 11.0;
}

void TestPointLayout::manyPlacesAreClustered()
{
    QFETCH(double, zoom);
    const auto index = gridOfPoints(200, {2.0, 48.6}, 0.004); // 40,000 places over Île-de-France
    const Viewport viewport({2.4, 49.0}, zoom, QSize(800, 600));
    const auto markers = PointLayout::markers(*index, nullptr, viewport);
    QVERIFY(!markers.empty());
    QVERIFY(markers.size() < 2000);
    quint64 total = 0;
    for (const PointMarker& marker : markers)
        total += marker.count;
    // Every place in view is in exactly one marker.
    QVERIFY(total >= index->indicesIn(viewport.visibleUnitRect()).size());
    QVERIFY(total <= quint64(index->size()));
}

void TestPointLayout::selectedMarkersAreDrawnLast()
{
    const auto index = gridOfPoints(10, {2.3, 48.8}, 0.01);
    const PointSelection selection(*index, {1, 55});
    const Viewport viewport({2.35, 48.85}, 11, QSize(800, 600));
    const auto markers = PointLayout::markers(*index, &selection, viewport);
    QVERIFY(markers.size() >= 2);
    QVERIFY(markers[markers.size() - 1].selected);
    QVERIFY(markers[markers.size() - 2].selected);
    QVERIFY(!markers.front().selected);
    QCOMPARE(markers.back().radius, PointLayout::SelectedPointRadius);
}

void TestPointLayout::hitFindsTheMarkerUnderThePointer()
{
    const auto index = gridOfPoints(10, {2.3, 48.8}, 0.01);
    const Viewport viewport({2.35, 48.85}, 11, QSize(800, 600));
    const auto markers = PointLayout::markers(*index, nullptr, viewport);
    const quint32 target = *index->indexOf(23);
    const QPointF screen = viewport.unitToScreen(index->unitPosition(target));
    auto hit = PointLayout::hit(markers, screen + QPointF(2, 1), 4);
    QVERIFY(hit.has_value());
    QCOMPARE(index->point(hit->first).id, qint64(23));
    hit = PointLayout::hit(markers, screen + QPointF(0, 8), 4); // 3 px from the edge
    QVERIFY(hit.has_value());
    QVERIFY(!PointLayout::hit(markers, screen + QPointF(7, 11), 4).has_value()); // between neighbours
}

QTEST_GUILESS_MAIN(TestPointLayout)
#include "tst_pointlayout.moc"
