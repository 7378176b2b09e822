// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/WebMercator.h"

#include <QTest>

using namespace recoupe::map;

class TestWebMercator : public QObject
{
    Q_OBJECT

private slots:
    void lonLatToWorld_data();
    void lonLatToWorld();
    void roundTrip_data();
    void roundTrip();
    void clampLatitude_data();
    void clampLatitude();
    void metresPerPixel_data();
    void metresPerPixel();
    void tileRange_data();
    void tileRange();
};

void TestWebMercator::lonLatToWorld_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::newRow("origin z0") << 0.0 << 0.0 << 0.0 << 128.0 << 128.0;
    QTest::newRow("north-west corner") << -180.0 << WebMercator::MaxLatitude << 0.0 << 0.0 << 0.0;
    QTest::newRow("south-east corner") << 180.0 << -WebMercator::MaxLatitude << 0.0 << 256.0 << 256.0;
    QTest::newRow("Paris z10") << 2.3522 << 48.8566 << 10.0 << 132784.8198 << 90184.9817;
    QTest::newRow("Nantes z12") << -1.5536 << 47.2184 << 12.0 << 519762.8120 << 367877.0094;
    QTest::newRow("La Réunion z8") << 55.45 << -20.88 << 8.0 << 42862.3644 << 36656.1280;
    QTest::newRow("Guadeloupe z5") << -61.55 << 16.25 << 5.0 << 2695.3956 << 3721.1628;
    QTest::newRow("beyond the pole is clamped") << 0.0 << 89.9 << 0.0 << 128.0 << 0.0;
}

void TestWebMercator::lonLatToWorld()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, zoom);
    QFETCH(double, x);
    QFETCH(double, y);
    const QPointF world = WebMercator::lonLatToWorld({lon, lat}, zoom);
    QVERIFY2(std::abs(world.x() - x) < 1e-3, qPrintable(QString::number(world.x(), 'f', 6)));
    QVERIFY2(std::abs(world.y() - y) < 1e-3, qPrintable(QString::number(world.y(), 'f', 6)));
}

void TestWebMercator::roundTrip_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::newRow("Brest") << -4.4861 << 48.3904 << 7.0;
    QTest::newRow("Strasbourg") << 7.7521 << 48.5734 << 18.0;
    QTest::newRow("Ajaccio") << 8.7369 << 41.9192 << 3.5;
    QTest::newRow("Cayenne") << -52.3135 << 4.9224 << 14.25;
    QTest::newRow("Mamoudzou") << 45.2279 << -12.7806 << 19.0;
}

void TestWebMercator::roundTrip()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, zoom);
    const QPointF back = WebMercator::worldToLonLat(WebMercator::lonLatToWorld({lon, lat}, zoom), zoom);
    QVERIFY(std::abs(back.x() - lon) < 1e-9);
    QVERIFY(std::abs(back.y() - lat) < 1e-9);
}

void TestWebMercator::clampLatitude_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("expected");
    QTest::newRow("inside") << 46.0 << 46.0;
    QTest::newRow("north pole") << 90.0 << WebMercator::MaxLatitude;
    QTest::newRow("south pole") << -90.0 << -WebMercator::MaxLatitude;
    QTest::newRow("limit") << 85.0511 << 85.0511;
}

void TestWebMercator::clampLatitude()
{
    QFETCH(double, lat);
    QFETCH(double, expected);
    QCOMPARE(WebMercator::clampLatitude(lat), expected);
}

void TestWebMercator::metresPerPixel_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("expected");
    QTest::newRow("equator z0") << 0.0 << 0.0 << 156543.0339;
    QTest::newRow("60° is half") << 60.0 << 0.0 << 78271.5170;
    QTest::newRow("Paris z12") << 48.8566 << 12.0 << 25.1457;
    QTest::newRow("equator z19") << 0.0 << 19.0 << 0.2986;
}

void TestWebMercator::metresPerPixel()
{
    QFETCH(double, lat);
    QFETCH(double, zoom);
    QFETCH(double, expected);
    QVERIFY(std::abs(WebMercator::metresPerPixel(lat, zoom) - expected) < 1e-3);
}

void TestWebMercator::tileRange_data()
{
    QTest::addColumn<QRectF>("unitRect");
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("minX");
    QTest::addColumn<int>("minY");
    QTest::addColumn<int>("maxX");
    QTest::addColumn<int>("maxY");
    QTest::addColumn<int>("count");
    QTest::newRow("world z0") << QRectF(0, 0, 1, 1) << 0 << 0 << 0 << 0 << 0 << 1;
    QTest::newRow("world z2") << QRectF(0, 0, 1, 1) << 2 << 0 << 0 << 3 << 3 << 16;
    QTest::newRow("edge on a boundary") << QRectF(0.25, 0.25, 0.25, 0.25) << 2 << 1 << 1 << 1 << 1 << 1;
    QTest::newRow("straddles") << QRectF(0.24, 0.24, 0.27, 0.02) << 2 << 0 << 0 << 2 << 1 << 6;
    QTest::newRow("clamped to the world") << QRectF(-0.5, -0.5, 0.6, 0.6) << 1 << 0 << 0 << 0 << 0 << 1;
    QTest::newRow("outside") << QRectF(1.5, 0, 0.1, 0.1) << 3 << 0 << 0 << -1 << 0 << 0;
}

void TestWebMercator::tileRange()
{
    QFETCH(QRectF, unitRect);
    QFETCH(int, z);
    QFETCH(int, count);
    const WebMercator::TileRange range = WebMercator::tileRange(unitRect, z);
    QCOMPARE(WebMercator::tiles(range).size(), count);
    if (count == 0) {
        QVERIFY(range.isEmpty());
        return;
    }
    QFETCH(int, minX);
    QFETCH(int, minY);
    QFETCH(int, maxX);
    QFETCH(int, maxY);
    QCOMPARE(range.minX, minX);
    QCOMPARE(range.minY, minY);
    QCOMPARE(range.maxX, maxX);
    QCOMPARE(range.maxY, maxY);
}

QTEST_GUILESS_MAIN(TestWebMercator)
#include "tst_webmercator.moc"
