// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeTileNetwork.h"
#include "MapView.h"

#include "map/TileSourceSettings.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace recoupe::map;

namespace {
const QPointF Paris(2.35, 48.85);

bool near(QPointF a, QPointF b, double tolerance = 0.5)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

void sendWheel(QWidget* widget, QPointF position, int delta)
{
    QWheelEvent event(position, widget->mapToGlobal(position), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void isFoundByObjectName();
    void clickSelects();
    void ctrlClickAddsAndRemoves();
    void setSelectionDoesNotEmit();
    void dragPans();
    void wheelZoomsAroundThePointer_data();
    void wheelZoomsAroundThePointer();
    void shiftDragSelectsARectangle();
    void altDragRequestsAMoveWithoutChangingData();
    void moveModeNeedsNoModifier();
    void keysPanAndZoom_data();
    void keysPanAndZoom();
    void zoomToSelectionShowsEverySelectedPlace();
    void reportsThePointerPosition();
    void onlineTilesGoThroughTheGivenNetwork();
    void rendersFrames();

private:
    QPoint screenOf(qint64 id) const;

    FakeTileNetwork* m_network = nullptr;
    MapView* m_view = nullptr;
};

void TestMapView::init()
{
    m_network = new FakeTileNetwork;
    m_view = new MapView(m_network);
    m_view->resize(400, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QSignalSpy ready(m_view, &MapView::pointsReady);
    // Three places about 1 km apart in Paris, one far away in Lyon.
    m_view->setPoints({{1, 2.34, 48.85, MapPoint::Coworking, false},
                       {2, 2.36, 48.85, MapPoint::Fablab, true},
                       {3, 2.35, 48.86, MapPoint::Unknown, false},
                       {4, 4.83, 45.76, MapPoint::Coworking, false}});
    QVERIFY(ready.wait());
    m_view->centreOn(Paris, 13);
}

void TestMapView::cleanup()
{
    delete m_view;
    delete m_network;
}

QPoint TestMapView::screenOf(qint64 id) const
{
    const PointIndex& index = *m_view->pointIndex();
    return m_view->viewport().unitToScreen(index.unitPosition(*index.indexOf(id))).toPoint();
}

void TestMapView::isFoundByObjectName()
{
    QWidget parent;
    auto* view = new MapView(m_network, &parent);
    QCOMPARE(parent.findChild<MapView*>(QStringLiteral("mapView")), view);
}

void TestMapView::clickSelects()
{
    QSignalSpy changed(m_view, &MapView::selectionChanged);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, screenOf(2));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.last().first().value<QList<qint64>>(), QList<qint64>{2});
    QCOMPARE(m_view->selection(), QList<qint64>{2});
    // An empty spot clears the selection.
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(20, 150));
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_view->selection().isEmpty());
}

void TestMapView::ctrlClickAddsAndRemoves()
{
    QSignalSpy changed(m_view, &MapView::selectionChanged);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, screenOf(1));
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::ControlModifier, screenOf(3));
    QCOMPARE(m_view->selection(), (QList<qint64>{1, 3}));
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::ControlModifier, screenOf(1));
    QCOMPARE(m_view->selection(), QList<qint64>{3});
    QCOMPARE(changed.size(), 3);
}

void TestMapView::setSelectionDoesNotEmit()
{
    QSignalSpy changed(m_view, &MapView::selectionChanged);
    m_view->setSelection({4, 1});
    QCOMPARE(m_view->selection(), (QList<qint64>{4, 1}));
    QCOMPARE(changed.size(), 0);
}

void TestMapView::dragPans()
{
    QSignalSpy changed(m_view, &MapView::selectionChanged);
    const QPoint from(200, 150);
    const QPoint to(260, 190);
    const QPointF place = m_view->viewport().screenToLonLat(from);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(m_view, from + (to - from) * i / 4);
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(near(m_view->viewport().lonLatToScreen(place), to));
    QCOMPARE(m_view->viewport().zoom(), 13.0);
    QCOMPARE(changed.size(), 0); // a drag is not a click
}

void TestMapView::wheelZoomsAroundThePointer_data()
{
    QTest::addColumn<int>("delta");
    QTest::addColumn<double>("zoom");
    QTest::newRow("one notch in") << 120 << 14.0;
    QTest::newRow("two notches out") << -240 << 11.0;
    QTest::newRow("half a notch (touchpad)") << 60 << 13.5;
}

void TestMapView::wheelZoomsAroundThePointer()
{
    QFETCH(int, delta);
    QFETCH(double, zoom);
    const QPointF pointer(100, 80);
    const QPointF place = m_view->viewport().screenToLonLat(pointer);
    sendWheel(m_view, pointer, delta);
    QCOMPARE(m_view->viewport().zoom(), zoom);
    QVERIFY(near(m_view->viewport().lonLatToScreen(place), pointer, 1e-3));
}

void TestMapView::shiftDragSelectsARectangle()
{
    QSignalSpy changed(m_view, &MapView::selectionChanged);
    const QPoint a = screenOf(1);
    const QPoint b = screenOf(3);
    const QPoint topLeft(std::min(a.x(), b.x()) - 5, std::min(a.y(), b.y()) - 5);
    const QPoint bottomRight(std::max(a.x(), b.x()) + 5, std::max(a.y(), b.y()) + 5);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::ShiftModifier, topLeft);
    QTest::mouseMove(m_view, (topLeft + bottomRight) / 2);
    QTest::mouseMove(m_view, bottomRight);
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::ShiftModifier, bottomRight);
    QCOMPARE(changed.size(), 1);
    QList<qint64> selection = m_view->selection();
    std::sort(selection.begin(), selection.end());
    QCOMPARE(selection, (QList<qint64>{1, 3}));
}

void TestMapView::altDragRequestsAMoveWithoutChangingData()
{
    m_view->setSelection({1});
    QSignalSpy moved(m_view, &MapView::pointMoveRequested);
    const QPoint from = screenOf(1);
    const QPoint to = from + QPoint(0, 40);
    const QPointF expected = m_view->viewport().screenToLonLat(to);
    const Viewport before = m_view->viewport();
    QTest::mousePress(m_view, Qt::LeftButton, Qt::AltModifier, from);
    QTest::mouseMove(m_view, from + QPoint(0, 20));
    QTest::mouseMove(m_view, to);
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::AltModifier, to);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(0).toLongLong(), 1);
    QVERIFY(near({moved.first().at(1).toDouble(), moved.first().at(2).toDouble()}, expected, 1e-4));
    QCOMPARE(m_view->viewport(), before); // the map did not pan
    QCOMPARE(screenOf(1), from);          // nor did the place move: the data's owner decides
}

void TestMapView::moveModeNeedsNoModifier()
{
    m_view->setSelection({2});
    m_view->setMoveMode(true);
    QSignalSpy moved(m_view, &MapView::pointMoveRequested);
    const QPoint from = screenOf(2);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(m_view, from + QPoint(15, 15));
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, from + QPoint(30, 30));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(0).toLongLong(), 2);
    // An unselected place is not moved: the drag pans instead.
    moved.clear();
    const QPoint other = screenOf(3);
    QTest::mousePress(m_view, Qt::LeftButton, Qt::NoModifier, other);
    QTest::mouseMove(m_view, other + QPoint(15, 15));
    QTest::mouseRelease(m_view, Qt::LeftButton, Qt::NoModifier, other + QPoint(30, 30));
    QCOMPARE(moved.size(), 0);
}

void TestMapView::keysPanAndZoom_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("zoomChange");
    QTest::addColumn<int>("lonDirection");
    QTest::addColumn<int>("latDirection");
    QTest::newRow("left") << int(Qt::Key_Left) << 0.0 << -1 << 0;
    QTest::newRow("right") << int(Qt::Key_Right) << 0.0 << 1 << 0;
    QTest::newRow("up") << int(Qt::Key_Up) << 0.0 << 0 << 1;
    QTest::newRow("down") << int(Qt::Key_Down) << 0.0 << 0 << -1;
    QTest::newRow("plus") << int(Qt::Key_Plus) << 1.0 << 0 << 0;
    QTest::newRow("minus") << int(Qt::Key_Minus) << -1.0 << 0 << 0;
}

void TestMapView::keysPanAndZoom()
{
    QFETCH(int, key);
    QFETCH(double, zoomChange);
    QFETCH(int, lonDirection);
    QFETCH(int, latDirection);
    const Viewport before = m_view->viewport();
    QTest::keyClick(m_view, Qt::Key(key));
    const Viewport after = m_view->viewport();
    QCOMPARE(after.zoom(), before.zoom() + zoomChange);
    const auto sign = [](double v) { return std::abs(v) < 1e-9 ? 0 : (v > 0 ? 1 : -1); };
    QCOMPARE(sign(after.centre().x() - before.centre().x()), lonDirection);
    QCOMPARE(sign(after.centre().y() - before.centre().y()), latDirection);
}

void TestMapView::zoomToSelectionShowsEverySelectedPlace()
{
    m_view->setSelection({1, 4});
    m_view->zoomToSelection();
    const QRect frame = m_view->rect();
    QVERIFY(frame.contains(screenOf(1)));
    QVERIFY(frame.contains(screenOf(4)));
    QVERIFY(m_view->viewport().zoom() < 9);
}

void TestMapView::reportsThePointerPosition()
{
    QSignalSpy position(m_view, &MapView::cursorPositionChanged);
    QTest::mouseMove(m_view, QPoint(123, 77));
    QVERIFY(position.size() >= 1);
    const QPointF expected = m_view->viewport().screenToLonLat(QPointF(123, 77));
    QVERIFY(near({position.last().at(0).toDouble(), position.last().at(1).toDouble()}, expected, 1e-9));
}

void TestMapView::onlineTilesGoThroughTheGivenNetwork()
{
    QVERIFY(m_network->requests.isEmpty()); // offline by default
    TileSourceSettings source = TileSourceSettings::openStreetMap();
    source.urlTemplate = QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png");
    m_view->setTileSource(source);
    m_view->setOnlineTilesEnabled(true);
    QTRY_VERIFY(m_network->requests.size() >= 4);
    QVERIFY(m_network->maxOpenCount() <= 4);
    for (const QNetworkRequest& request : std::as_const(m_network->requests)) {
        QCOMPARE(request.url().host(), QStringLiteral("tiles.example.org"));
        QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
                 TileSourceSettings::defaultUserAgent());
    }
    // The fake tiles (a flat blue-grey) end up in the frame.
    QTRY_VERIFY(!m_view->lastFrame().isNull() &&
                m_view->lastFrame().pixelColor(5, 100) == QColor(0x88, 0xaa, 0xcc));
}

void TestMapView::rendersFrames()
{
    QSignalSpy frames(m_view, &MapView::frameRendered);
    m_view->setSelection({2});
    QVERIFY(frames.wait());
    const QImage frame = m_view->lastFrame();
    QCOMPARE(frame.size(), m_view->size() * m_view->devicePixelRatioF());
    const QImage shown = m_view->grab().toImage();
    QVERIFY(!shown.isNull());
    // Screenshot for people: RECOUPE_MAP_SCREENSHOT=/path/to.png
    const QString path = qEnvironmentVariable("RECOUPE_MAP_SCREENSHOT");
    if (!path.isEmpty()) {
        m_view->resize(900, 700);
        m_view->centreOn({2.5, 46.6}, 5.6);
        QVERIFY(frames.wait());
        QVERIFY(m_view->grab().save(path));
    }
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
