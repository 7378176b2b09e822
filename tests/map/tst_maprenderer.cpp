// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/AsyncMapRenderer.h"
#include "map/Basemap.h"
#include "map/MapRenderer.h"
#include "map/MapScene.h"
#include "map/Viewport.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace recoupe::map;

namespace {
int countPixels(const QImage& image, const QColor& colour)
{
    int count = 0;
    const QRgb wanted = colour.rgba();
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += line[x] == wanted;
    }
    return count;
}

MapScene basemapScene()
{
    MapScene scene;
    scene.basemap = Basemap::bundled();
    return scene;
}

const Viewport France({2.5, 46.6}, 5.5, QSize(600, 600));
} // namespace

class TestMapRenderer : public QObject
{
    Q_OBJECT

private slots:
    void bundledBasemapIsRead();
    void basemapDrawsLandAndSea_data();
    void basemapDrawsLandAndSea();
    void pointsAreDrawnInTheirKindColour();
    void selectedPointLooksDifferent();
    void clustersAndLinksAreDrawn();
    void tilesCoverTheBasemap();
    void basemapNamesHaveAPlaceInside();
    void asyncRendererDropsStaleFrames();
};

void TestMapRenderer::bundledBasemapIsRead()
{
    const auto basemap = Basemap::bundled();
    QVERIFY(basemap);
    int regions = 0, departements = 0;
    for (const Basemap::Area& area : basemap->areas())
        (area.level == Basemap::Level::Region ? regions : departements) += 1;
    QCOMPARE(regions, 13 + 5);
    QCOMPARE(departements, 96);
    QVERIFY(basemap->vertexCount() > 10000);
}

void TestMapRenderer::basemapDrawsLandAndSea_data()
{
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("minLand");
    QTest::addColumn<double>("minSea");
    QTest::newRow("mainland z5.5") << QPointF(2.5, 46.6) << 5.5 << 0.25 << 0.10;
    QTest::newRow("Brittany coast z9") << QPointF(-4.3, 48.3) << 9.0 << 0.20 << 0.10;
    QTest::newRow("inland z16, no outline in sight") << QPointF(2.0, 46.8) << 16.0 << 0.99 << 0.0;
    QTest::newRow("Réunion z9") << QPointF(55.5, -21.1) << 9.0 << 0.10 << 0.30;
}

void TestMapRenderer::basemapDrawsLandAndSea()
{
    QFETCH(QPointF, centre);
    QFETCH(double, zoom);
    QFETCH(double, minLand);
    QFETCH(double, minSea);
    const MapScene scene = basemapScene();
    const QImage image = MapRenderer().render(scene, Viewport(centre, zoom, QSize(400, 300)));
    QCOMPARE(image.size(), QSize(400, 300));
    QCOMPARE(image.format(), QImage::Format_ARGB32_Premultiplied);
    const double pixels = image.width() * image.height();
    QVERIFY2(countPixels(image, scene.style.land) >= minLand * pixels,
             qPrintable(QString::number(countPixels(image, scene.style.land) / pixels)));
    QVERIFY(countPixels(image, scene.style.background) >= minSea * pixels);
}

void TestMapRenderer::pointsAreDrawnInTheirKindColour()
{
    MapScene scene = basemapScene();
    scene.points = PointIndex::create({{1, 2.35, 48.85, MapPoint::Coworking, false},
                                       {2, -1.55, 47.22, MapPoint::Fablab, false},
                                       {3, 5.37, 43.30, MapPoint::Unknown, false}});
    const QImage image = MapRenderer().render(scene, France);
    const QPointF ids[] = {{2.35, 48.85}, {-1.55, 47.22}, {5.37, 43.30}};
    const quint8 kinds[] = {MapPoint::Coworking, MapPoint::Fablab, MapPoint::Unknown};
    for (int i = 0; i < 3; ++i) {
        const QPoint at = France.lonLatToScreen(ids[i]).toPoint();
        QCOMPARE(image.pixelColor(at), scene.style.kindColour(kinds[i]));
    }
}

void TestMapRenderer::selectedPointLooksDifferent()
{
    MapScene scene = basemapScene();
    scene.points = PointIndex::create({{7, 2.35, 48.85, MapPoint::Coworking, false}});
    const MapRenderer renderer;
    const QImage plain = renderer.render(scene, France);
    scene.selection = std::make_shared<const PointSelection>(*scene.points, QList<qint64>{7});
    const QImage selected = renderer.render(scene, France);
    const QPoint at = France.lonLatToScreen({2.35, 48.85}).toPoint();
    // The halo around the place is what changes; count the pixels that differ around it.
    int differing = 0;
    for (int dy = -12; dy <= 12; ++dy)
        for (int dx = -12; dx <= 12; ++dx)
            differing += plain.pixel(at + QPoint(dx, dy)) != selected.pixel(at + QPoint(dx, dy));
    QVERIFY2(differing > 40, qPrintable(QString::number(differing)));
    QCOMPARE(selected.pixelColor(at + QPoint(9, 0)), scene.style.selectionHalo);
}

void TestMapRenderer::clustersAndLinksAreDrawn()
{
    MapScene scene = basemapScene();
    std::vector<MapPoint> points;
    for (int i = 0; i < 5000; ++i)
        points.push_back({i, 2.3 + (i % 100) * 0.002, 48.8 + (i / 100) * 0.002, MapPoint::Fablab, false});
    scene.points = PointIndex::create(points);
    scene.links = std::make_shared<const std::vector<CandidateLink>>(
        std::vector<CandidateLink>{{{-1.55, 47.22}, {4.83, 45.76}}});
    const QImage image = MapRenderer().render(scene, France);
    // 5,000 places in Paris make one cluster: a disc of the kind's colour with a count.
    QVERIFY(countPixels(image, scene.style.kindColour(MapPoint::Fablab)) > 100);
    const QPoint paris = France.lonLatToScreen({2.4, 48.85}).toPoint();
    const QColor atParis = image.pixelColor(paris);
    QVERIFY(atParis != scene.style.land && atParis != scene.style.background);
    const auto linkPixels = [&](const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += qAbs(image.pixelColor(x, y).red() - scene.style.link.red()) < 8 &&
                     qAbs(image.pixelColor(x, y).blue() - scene.style.link.blue()) < 8 &&
                     image.pixelColor(x, y).green() < 30;
        return n;
    };
    // Candidate links are a tangle at a national scale: drawn from a regional zoom only.
    QCOMPARE(linkPixels(image), 0);
    const Viewport region({-1.0, 47.0}, 8.0, France.size());
    const int regional = linkPixels(MapRenderer().render(scene, region));
    QVERIFY2(regional > 30, qPrintable(QString::number(regional)));
}

// Région and département names are drawn at a point inside each area (not a bounds centre in the sea).
void TestMapRenderer::basemapNamesHaveAPlaceInside()
{
    const auto basemap = Basemap::bundled();
    int named = 0;
    for (const Basemap::Area& area : basemap->areas()) {
        QVERIFY2(area.bounds.contains(area.labelPoint), qPrintable(area.name));
        named += !area.name.isEmpty();
    }
    QVERIFY(named >= 96 + 13);
    // A regional view draws names: the image differs from the same view without them (zoom below).
    MapScene scene = basemapScene();
    const Viewport brittany({-2.8, 48.1}, 7.5, QSize(800, 600));
    const QImage withNames = MapRenderer().render(scene, brittany);
    int dark = 0;
    for (int y = 0; y < withNames.height(); ++y)
        for (int x = 0; x < withNames.width(); ++x)
            dark += qGray(withNames.pixel(x, y)) < 170;
    QVERIFY2(dark > 200, qPrintable(QString::number(dark))); // text, not only one-pixel borders
}

void TestMapRenderer::tilesCoverTheBasemap()
{
    MapScene scene = basemapScene();
    const Viewport viewport({2.35, 48.85}, 6, QSize(256, 256));
    QImage tile(256, 256, QImage::Format_ARGB32_Premultiplied);
    tile.fill(QColor(10, 200, 10));
    for (const TileId& id : viewport.visibleTiles(19))
        scene.tiles.insert(id, tile);
    const QImage image = MapRenderer().render(scene, viewport);
    QCOMPARE(countPixels(image, QColor(10, 200, 10)), 256 * 256);
}

void TestMapRenderer::asyncRendererDropsStaleFrames()
{
    AsyncMapRenderer renderer;
    QSignalSpy frames(&renderer, &AsyncMapRenderer::frameReady);
    const MapScene scene = basemapScene();
    Viewport last = France;
    for (int i = 0; i < 10; ++i) {
        last = last.panned({5, 0});
        renderer.requestFrame(scene, last);
    }
    QTRY_VERIFY(!renderer.isBusy());
    QVERIFY(frames.size() >= 1);
    // Only the newest view ever reaches the screen once requests overlap.
    QCOMPARE(frames.last().at(1).value<Viewport>(), last);
    QCOMPARE(frames.last().at(0).value<QImage>().size(), France.size());
}

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
