// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeTileNetwork.h"

#include "map/TileLoader.h"
#include "map/Viewport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace recoupe::map;

namespace {
TileId tileOf(const QUrl& url)
{
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return TileId{parts.at(0).toInt(), parts.at(1).toInt(),
                  QString(parts.at(2)).remove(QStringLiteral(".png")).toInt()};
}

QList<TileId> row(int z, int y, int firstX, int count)
{
    QList<TileId> tiles;
    for (int x = firstX; x < firstX + count; ++x)
        tiles.append(TileId{z, x, y});
    return tiles;
}
} // namespace

class TestTileLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sendsTheUserAgent();
    void limitsRequestsInFlight_data();
    void limitsRequestsInFlight();
    void fetchesOnlyTheVisibleTiles();
    void dropsQueuedRequestsOfAnOldView();
    void servesCachedTilesWithoutNetwork();
    void staysQuietAndBacksOffWhenOffline();
    void doesNotRetryRefusedTiles();
};

void TestTileLoader::init()
{
    // Offline and refused tiles are normal: the loader must not warn about them.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestTileLoader::sendsTheUserAgent()
{
    FakeTileNetwork network;
    TileLoader loader(&network);
    QSignalSpy ready(&loader, &TileLoader::tileReady);
    loader.requestTiles({TileId{6, 32, 22}});
    QVERIFY(ready.wait());
    QCOMPARE(network.requests.size(), 1);
    const QNetworkRequest& request = network.requests.first();
    QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
             TileSourceSettings::defaultUserAgent());
    QCOMPARE(request.url(), QUrl(QStringLiteral("https://tile.openstreetmap.org/6/32/22.png")));
    QCOMPARE(ready.first().first().value<TileId>(), (TileId{6, 32, 22}));
}

void TestTileLoader::limitsRequestsInFlight_data()
{
    QTest::addColumn<int>("maxInFlight");
    QTest::addColumn<int>("tileCount");
    QTest::newRow("default 4, 20 tiles") << 0 << 20;
    QTest::newRow("2, 7 tiles") << 2 << 7;
    QTest::newRow("6, 3 tiles") << 6 << 3;
}

void TestTileLoader::limitsRequestsInFlight()
{
    QFETCH(int, maxInFlight);
    QFETCH(int, tileCount);
    FakeTileNetwork network;
    network.autoFinish = false;
    TileLoader loader(&network);
    if (maxInFlight > 0)
        loader.setMaxInFlight(maxInFlight);
    const int limit = loader.maxInFlight();
    QSignalSpy ready(&loader, &TileLoader::tileReady);
    loader.requestTiles(row(10, 350, 500, tileCount));
    QCOMPARE(network.openCount(), std::min(limit, tileCount));
    while (ready.size() < tileCount) {
        QVERIFY(network.openCount() <= limit);
        network.finishAll();
        QCoreApplication::processEvents();
    }
    QCOMPARE(network.maxOpenCount(), std::min(limit, tileCount));
    QCOMPARE(network.requests.size(), tileCount);
}

void TestTileLoader::fetchesOnlyTheVisibleTiles()
{
    FakeTileNetwork network;
    TileLoader loader(&network);
    const Viewport viewport({2.35, 48.85}, 11.0, QSize(640, 480));
    const QList<TileId> visible = viewport.visibleTiles(19);
    QSignalSpy ready(&loader, &TileLoader::tileReady);
    loader.requestTiles(visible);
    QTRY_COMPARE(ready.size(), visible.size());
    QCOMPARE(network.requests.size(), visible.size());
    for (const QNetworkRequest& request : std::as_const(network.requests))
        QVERIFY(visible.contains(tileOf(request.url())));
    // Nearest to the centre first.
    QCOMPARE(tileOf(network.requests.first().url()), visible.first());
}

void TestTileLoader::dropsQueuedRequestsOfAnOldView()
{
    FakeTileNetwork network;
    network.autoFinish = false;
    TileLoader loader(&network);
    const QList<TileId> oldView = row(12, 1400, 2000, 12);
    const QList<TileId> newView = row(12, 1500, 2100, 3);
    loader.requestTiles(oldView);
    QCOMPARE(network.requests.size(), 4);
    loader.requestTiles(newView);
    QCOMPARE(loader.queuedCount(), 3);
    QSignalSpy ready(&loader, &TileLoader::tileReady);
    while (loader.inFlightCount() > 0 || loader.queuedCount() > 0) {
        network.finishAll();
        QCoreApplication::processEvents();
    }
    // The four already sent plus the new view; the eight others of the old view never left.
    QCOMPARE(network.requests.size(), 7);
    for (int i = 4; i < 12; ++i)
        for (const QNetworkRequest& request : std::as_const(network.requests))
            QVERIFY(tileOf(request.url()) != oldView.at(i));
    for (const TileId& tile : newView)
        QVERIFY(loader.contains(tile));
}

void TestTileLoader::servesCachedTilesWithoutNetwork()
{
    FakeTileNetwork network;
    TileLoader loader(&network);
    QSignalSpy ready(&loader, &TileLoader::tileReady);
    const TileId tile{8, 129, 88};
    loader.requestTiles({tile});
    QVERIFY(ready.wait());
    network.requests.clear();
    loader.requestTiles({tile});
    QCoreApplication::processEvents();
    QVERIFY(network.requests.isEmpty());
    const QImage image = loader.tile(tile);
    QCOMPARE(image.size(), QSize(256, 256));
    QCOMPARE(image.pixelColor(10, 10), QColor(0x88, 0xaa, 0xcc));
    QVERIFY(loader.tile(TileId{8, 130, 88}).isNull());
}

void TestTileLoader::staysQuietAndBacksOffWhenOffline()
{
    FakeTileNetwork network;
    network.mode = FakeTileNetwork::Mode::Offline;
    TileLoader loader(&network);
    QSignalSpy ready(&loader, &TileLoader::tileReady);
    loader.requestTiles(row(9, 180, 250, 10));
    QTRY_VERIFY(loader.isBackingOff());
    const qsizetype afterFirstAttempt = network.requests.size();
    QCOMPARE(afterFirstAttempt, 4);
    // The user keeps panning: while the pause lasts nothing goes out.
    loader.requestTiles(row(9, 181, 250, 10));
    QTest::qWait(200);
    QCOMPARE(network.requests.size(), afterFirstAttempt);
    QCOMPARE(ready.size(), 0);
    // The network is back: after the pause (1 s at first), tiles arrive.
    network.mode = FakeTileNetwork::Mode::Serve;
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 1, 3000);
    QVERIFY(!loader.isBackingOff());
}

void TestTileLoader::doesNotRetryRefusedTiles()
{
    FakeTileNetwork network;
    network.mode = FakeTileNetwork::Mode::NotFound;
    TileLoader loader(&network);
    const TileId tile{14, 8300, 5600};
    loader.requestTiles({tile});
    QTRY_COMPARE(loader.inFlightCount(), 0);
    QVERIFY(!loader.isBackingOff()); // a missing tile is not an outage
    loader.requestTiles({tile});
    QCOMPARE(network.requests.size(), 1);
}

QTEST_GUILESS_MAIN(TestTileLoader)
#include "tst_tileloader.moc"
