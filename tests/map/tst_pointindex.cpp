// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/PointIndex.h"
#include "map/WebMercator.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace recoupe::map;

namespace {
// Places scattered around a few French cities, with duplicates at the same spot as in the real data.
std::vector<MapPoint> frenchLikePoints(int count, quint32 seed)
{
    const QPointF cities[] = {{2.35, 48.85}, {4.83, 45.76}, {-1.55, 47.22}, {5.37, 43.30}, {55.45, -20.88}};
    QRandomGenerator random(seed);
    std::vector<MapPoint> points;
    for (int i = 0; i < count; ++i) {
        const QPointF city = cities[i % 5];
        MapPoint p;
        p.id = 1000 + i * 7;
        p.lon = city.x() + (random.generateDouble() - 0.5) * 0.8;
        p.lat = city.y() + (random.generateDouble() - 0.5) * 0.6;
        if (i % 50 == 1) { // same building as the previous place
            p.lon = points.back().lon;
            p.lat = points.back().lat;
        }
        p.kind = static_cast<quint8>(random.bounded(3));
        p.hasCandidates = i % 13 == 0;
        points.push_back(p);
    }
    return points;
}

std::vector<qint64> bruteForce(const std::vector<MapPoint>& points, const QRectF& unitRect)
{
    std::vector<qint64> ids;
    for (const MapPoint& p : points) {
        const QPointF u = WebMercator::lonLatToUnit({p.lon, p.lat});
        if (u.x() >= unitRect.left() && u.x() <= unitRect.right() && u.y() >= unitRect.top() &&
            u.y() <= unitRect.bottom())
            ids.push_back(p.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QRectF lonLatRect(double west, double north, double east, double south)
{
    return QRectF(WebMercator::lonLatToUnit({west, north}), WebMercator::lonLatToUnit({east, south}));
}
} // namespace

class TestPointIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsEveryPointById();
    void queryMatchesBruteForce_data();
    void queryMatchesBruteForce();
    void clustersConserveTheTotal_data();
    void clustersConserveTheTotal();
    void clusterDominantKindAndCandidates();
    void clustersInRectCoverTheRect();
    void nearestWithinDistance_data();
    void nearestWithinDistance();
    void emptyIndex();

private:
    std::vector<MapPoint> m_points;
    std::shared_ptr<const PointIndex> m_index;
};

void TestPointIndex::initTestCase()
{
    m_points = frenchLikePoints(20000, 42);
    m_index = PointIndex::create(m_points);
}

void TestPointIndex::findsEveryPointById()
{
    QCOMPARE(m_index->size(), qsizetype(m_points.size()));
    for (const MapPoint& p : m_points) {
        const auto index = m_index->indexOf(p.id);
        QVERIFY(index.has_value());
        QCOMPARE(m_index->point(*index).id, p.id);
        QCOMPARE(m_index->point(*index).lon, p.lon);
    }
    QVERIFY(!m_index->indexOf(3).has_value());
}

void TestPointIndex::queryMatchesBruteForce_data()
{
    QTest::addColumn<QRectF>("unitRect");
    QTest::newRow("Paris") << lonLatRect(2.2, 48.95, 2.5, 48.75);
    QTest::newRow("tiny") << lonLatRect(2.349, 48.851, 2.351, 48.849);
    QTest::newRow("mainland") << lonLatRect(-5.5, 51.5, 10, 41);
    QTest::newRow("world") << QRectF(0, 0, 1, 1);
    QTest::newRow("nowhere") << lonLatRect(-40, 40, -30, 30);
    QTest::newRow("Réunion") << lonLatRect(55.2, -20.8, 55.9, -21.4);
}

void TestPointIndex::queryMatchesBruteForce()
{
    QFETCH(QRectF, unitRect);
    std::vector<qint64> ids;
    for (quint32 i : m_index->indicesIn(unitRect))
        ids.push_back(m_index->point(i).id);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, bruteForce(m_points, unitRect.normalized()));
}

void TestPointIndex::clustersConserveTheTotal_data()
{
    QTest::addColumn<int>("level");
    for (int level : {0, 3, 7, 9, 12, 15, 18, 21, PointIndex::MaxLevel})
        QTest::addRow("level %d", level) << level;
}

void TestPointIndex::clustersConserveTheTotal()
{
    QFETCH(int, level);
    const auto& clusters = m_index->clusters(level);
    const quint64 total =
        std::accumulate(clusters.begin(), clusters.end(), quint64(0),
                        [](quint64 sum, const PointIndex::Cluster& c) { return sum + c.count; });
    QCOMPARE(total, quint64(m_points.size()));
    // Runs follow each other without gaps, and each centroid lies in its cell's points' bounds.
    quint32 expectedBegin = 0;
    for (const PointIndex::Cluster& cluster : clusters) {
        QCOMPARE(cluster.begin, expectedBegin);
        expectedBegin += cluster.count;
    }
    QVERIFY(clusters.size() <= m_points.size());
    if (level == 0)
        QCOMPARE(clusters.size(), std::size_t(1));
}

void TestPointIndex::clusterDominantKindAndCandidates()
{
    std::vector<MapPoint> points;
    for (int i = 0; i < 5; ++i)
        points.push_back({i, 2.35 + i * 1e-5, 48.85, MapPoint::Fablab, false});
    for (int i = 5; i < 7; ++i)
        points.push_back({i, 2.35, 48.85 + i * 1e-5, MapPoint::Coworking, i == 6});
    const auto index = PointIndex::create(points);
    const auto& clusters = index->clusters(8);
    QCOMPARE(clusters.size(), std::size_t(1));
    QCOMPARE(clusters.front().count, 7u);
    QCOMPARE(clusters.front().kind, quint8(MapPoint::Fablab));
    QVERIFY(clusters.front().hasCandidates);
}

void TestPointIndex::clustersInRectCoverTheRect()
{
    const QRectF paris = lonLatRect(2.0, 49.1, 2.7, 48.6);
    const int level = PointIndex::clusterLevel(11);
    quint64 inClusters = 0;
    for (const PointIndex::Cluster* cluster : m_index->clustersIn(level, paris))
        inClusters += cluster->count;
    // Cells overlapping the edge bring a few outside points, never fewer than inside.
    QVERIFY(inClusters >= bruteForce(m_points, paris).size());
    QVERIFY(inClusters <= m_points.size() / 5 + 200);
}

void TestPointIndex::nearestWithinDistance_data()
{
    QTest::addColumn<double>("offsetPixels");
    QTest::addColumn<double>("tolerancePixels");
    QTest::addColumn<bool>("found");
    QTest::newRow("on it") << 0.0 << 5.0 << true;
    QTest::newRow("close") << 4.0 << 5.0 << true;
    QTest::newRow("too far") << 12.0 << 5.0 << false;
}

void TestPointIndex::nearestWithinDistance()
{
    QFETCH(double, offsetPixels);
    QFETCH(double, tolerancePixels);
    QFETCH(bool, found);
    std::vector<MapPoint> points{{1, 2.35, 48.85, 1, false}, {2, 2.36, 48.85, 2, false}};
    const auto index = PointIndex::create(points);
    const double zoom = 16;
    const double scale = WebMercator::worldSize(zoom);
    const QPointF target = WebMercator::lonLatToUnit({2.35, 48.85}) + QPointF(offsetPixels / scale, 0);
    const auto nearest = index->nearest(target, tolerancePixels / scale);
    QCOMPARE(nearest.has_value(), found);
    if (found)
        QCOMPARE(index->point(*nearest).id, qint64(1));
}

void TestPointIndex::emptyIndex()
{
    const auto index = PointIndex::create({});
    QVERIFY(index->isEmpty());
    QVERIFY(index->indicesIn(QRectF(0, 0, 1, 1)).empty());
    QVERIFY(index->clusters(5).empty());
    QVERIFY(!index->nearest({0.5, 0.5}, 0.1).has_value());
}

QTEST_GUILESS_MAIN(TestPointIndex)
#include "tst_pointindex.moc"
