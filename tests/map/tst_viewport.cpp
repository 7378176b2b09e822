// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/Viewport.h"
#include "map/WebMercator.h"

#include <QTest>

using namespace recoupe::map;

namespace {
bool near(QPointF a, QPointF b, double tolerance)
{
    return std::abs(a.x() - b.x()) < tolerance && std::abs(a.y() - b.y()) < tolerance;
}
} // namespace

class TestViewport : public QObject
{
    Q_OBJECT

private slots:
    void centreIsInTheMiddle_data();
    void centreIsInTheMiddle();
    void screenRoundTrip_data();
    void screenRoundTrip();
    void panMovesTheContentWithThePointer();
    void zoomKeepsTheAnchor_data();
    void zoomKeepsTheAnchor();
    void zoomIsClamped();
    void fittedToShowsTheRectangle();
    void visibleTilesStartAtTheCentre();
};

void TestViewport::centreIsInTheMiddle_data()
{
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QSize>("size");
    QTest::newRow("France") << QPointF(2.5, 46.6) << 5.0 << QSize(800, 600);
    QTest::newRow("Paris odd size") << QPointF(2.35, 48.85) << 15.3 << QSize(333, 211);
    QTest::newRow("Réunion") << QPointF(55.5, -21.1) << 10.0 << QSize(1024, 768);
}

void TestViewport::centreIsInTheMiddle()
{
    QFETCH(QPointF, centre);
    QFETCH(double, zoom);
    QFETCH(QSize, size);
    const Viewport viewport(centre, zoom, size);
    QVERIFY(near(viewport.lonLatToScreen(centre), QPointF(size.width() / 2.0, size.height() / 2.0), 1e-6));
}

void TestViewport::screenRoundTrip_data()
{
    QTest::addColumn<QPointF>("screen");
    QTest::addColumn<double>("zoom");
    QTest::newRow("corner z5") << QPointF(0, 0) << 5.0;
    QTest::newRow("inside z12.5") << QPointF(123.5, 456.25) << 12.5;
    QTest::newRow("outside z18") << QPointF(-50, 900) << 18.0;
}

void TestViewport::screenRoundTrip()
{
    QFETCH(QPointF, screen);
    QFETCH(double, zoom);
    const Viewport viewport({2.35, 48.85}, zoom, QSize(800, 600));
    QVERIFY(near(viewport.lonLatToScreen(viewport.screenToLonLat(screen)), screen, 1e-6));
}

void TestViewport::panMovesTheContentWithThePointer()
{
    const Viewport viewport({2.35, 48.85}, 10, QSize(800, 600));
    const QPointF place = viewport.screenToLonLat({300, 200});
    const Viewport moved = viewport.panned({100, -50});
    QVERIFY(near(moved.lonLatToScreen(place), QPointF(400, 150), 1e-6));
    QVERIFY(moved.centre().x() < viewport.centre().x()); // content moved east: we look further west
}

void TestViewport::zoomKeepsTheAnchor_data()
{
    QTest::addColumn<QPointF>("anchor");
    QTest::addColumn<double>("newZoom");
    QTest::newRow("in at a corner") << QPointF(10, 10) << 11.0;
    QTest::newRow("out off centre") << QPointF(700, 100) << 8.5;
    QTest::newRow("far in") << QPointF(400, 300) << 18.0;
}

void TestViewport::zoomKeepsTheAnchor()
{
    QFETCH(QPointF, anchor);
    QFETCH(double, newZoom);
    const Viewport viewport({2.35, 48.85}, 10, QSize(800, 600));
    const QPointF place = viewport.screenToLonLat(anchor);
    const Viewport zoomed = viewport.zoomedAround(anchor, newZoom);
    QCOMPARE(zoomed.zoom(), newZoom);
    QVERIFY(near(zoomed.lonLatToScreen(place), anchor, 1e-5));
}

void TestViewport::zoomIsClamped()
{
    Viewport viewport({2.35, 48.85}, 30, QSize(100, 100));
    QCOMPARE(viewport.zoom(), Viewport::MaxZoom);
    viewport.setZoom(-3);
    QCOMPARE(viewport.zoom(), Viewport::MinZoom);
}

void TestViewport::fittedToShowsTheRectangle()
{
    const Viewport viewport({0, 0}, 3, QSize(800, 600));
    const QRectF mainland(QPointF(-5.1, 51.1), QPointF(9.6, 41.3)); // lon/lat, north-west to south-east
    const Viewport fitted = viewport.fittedTo(mainland, 20, 18);
    const QRectF frame(QPointF(19.9, 19.9), QPointF(780.1, 580.1));
    QVERIFY(frame.contains(fitted.lonLatToScreen(mainland.topLeft())));
    QVERIFY(frame.contains(fitted.lonLatToScreen(mainland.bottomRight())));
    QVERIFY(fitted.zoom() > 4.5 && fitted.zoom() < 6.5);
}

void TestViewport::visibleTilesStartAtTheCentre()
{
    const Viewport viewport({2.35, 48.85}, 12.2, QSize(800, 600));
    const QList<TileId> tiles = viewport.visibleTiles(19);
    QVERIFY(tiles.size() >= 12 && tiles.size() <= 20);
    const QPointF centre = WebMercator::lonLatToWorld(viewport.centre(), 12) / WebMercator::TileSize;
    QCOMPARE(tiles.first().z, 12);
    QCOMPARE(tiles.first().x, int(centre.x()));
    QCOMPARE(tiles.first().y, int(centre.y()));
    QCOMPARE(viewport.visibleTiles(10).first().z, 10); // capped to the source's maximum zoom
}

QTEST_GUILESS_MAIN(TestViewport)
#include "tst_viewport.moc"
