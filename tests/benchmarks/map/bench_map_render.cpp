// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how fast the map renders frames with many places, at every zoom from France to a street.
// Places are scattered around the real positions of the CGET tiers lieux (or French cities), like the data.

#include "map/Basemap.h"
#include "map/MapDecorations.h"
#include "map/MapRenderer.h"
#include "map/MapScene.h"
#include "map/PointIndex.h"
#include "map/PointLayout.h"
#include "map/PointSelection.h"
#include "map/Viewport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace recoupe::map;

namespace {

// Splits one CSV line, honouring double quotes (addresses contain commas).
QStringList splitCsv(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

struct Seed
{
    QPointF lonLat;
    quint8 kind;
};

std::vector<Seed> seedPlaces()
{
    std::vector<Seed> seeds;
    QFile file(QStringLiteral(RECOUPE_CGET_CSV));
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QTextStream in(&file);
        const QStringList header = splitCsv(in.readLine());
        const qsizetype lat = header.indexOf(QStringLiteral("LAT"));
        const qsizetype lon = header.indexOf(QStringLiteral("LONG"));
        const qsizetype typo = header.indexOf(QStringLiteral("TYPO"));
        while (!in.atEnd() && lat >= 0 && lon >= 0) {
            const QStringList fields = splitCsv(in.readLine());
            if (fields.size() <= std::max(lat, lon))
                continue;
            bool okLat = false, okLon = false;
            const double y = fields.at(lat).toDouble(&okLat);
            const double x = fields.at(lon).toDouble(&okLon);
            if (!okLat || !okLon || std::abs(y) > 85)
                continue;
            const QString type = typo >= 0 && typo < fields.size() ? fields.at(typo).toLower() : QString();
            const quint8 kind = type.contains(QStringLiteral("cowork")) ? MapPoint::Coworking
                                : type.contains(QStringLiteral("fab"))  ? MapPoint::Fablab
                                                                        : MapPoint::Unknown;
            seeds.push_back({{x, y}, kind});
        }
    }
    if (seeds.empty()) {
        const QPointF cities[] = {{2.35, 48.86},   {5.37, 43.30},   {4.84, 45.76},  {1.44, 43.60},
                                  {7.26, 43.70},   {-1.55, 47.22},  {7.75, 48.57},  {3.88, 43.61},
                                  {-0.58, 44.84},  {3.06, 50.63},   {-1.68, 48.11}, {4.03, 49.26},
                                  {0.11, 49.49},   {5.72, 45.19},   {5.04, 47.32},  {-0.55, 47.47},
                                  {55.45, -20.88}, {-61.53, 16.24}, {9.45, 42.70},  {2.30, 49.89}};
        quint8 kind = 0;
        for (const QPointF& city : cities)
            seeds.push_back({city, static_cast<quint8>(kind++ % 3)});
    }
    return seeds;
}

std::vector<MapPoint> generatePoints(qsizetype count, const std::vector<Seed>& seeds)
{
    std::mt19937_64 random(20190901);
    std::uniform_int_distribution<std::size_t> pick(0, seeds.size() - 1);
    // Most places near a known one (same town), some spread over its area.
    std::normal_distribution<double> near(0.0, 0.01);
    std::normal_distribution<double> spread(0.0, 0.08);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<MapPoint> points;
    points.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Seed& seed = seeds[pick(random)];
        const bool close = unit(random) < 0.7;
        MapPoint p;
        p.id = i + 1;
        p.lon = seed.lonLat.x() + (close ? near(random) : spread(random));
        p.lat = seed.lonLat.y() + (close ? near(random) : spread(random)) * 0.7;
        p.kind = unit(random) < 0.8 ? seed.kind : static_cast<quint8>(random() % 3);
        p.hasCandidates = unit(random) < 0.05;
        points.push_back(p);
    }
    return points;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t index =
        std::min(values.size() - 1, static_cast<std::size_t>(std::ceil(p * values.size())) - 1);
    return values[index];
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Map rendering benchmark"));
    parser.addHelpOption();
    const QCommandLineOption pointsOption(QStringLiteral("points"), QStringLiteral("Number of places."),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames per zoom level."),
                                          QStringLiteral("F"), QStringLiteral("30"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Frame size."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption pngOption(QStringLiteral("png"), QStringLiteral("Save a frame of France here."),
                                       QStringLiteral("file"));
    parser.addOptions({pointsOption, framesOption, sizeOption, pngOption});
    parser.process(app);

    const qsizetype count = parser.value(pointsOption).toLongLong();
    const int frames = std::max(1, parser.value(framesOption).toInt());
    const QStringList sizeParts = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size(sizeParts.value(0).toInt(), sizeParts.value(1).toInt());
    if (count < 0 || size.isEmpty()) {
        std::fprintf(stderr, "bad arguments\n");
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const Basemap> basemap = Basemap::bundled();
    const double basemapMs = timer.nsecsElapsed() / 1e6;
    const std::vector<Seed> seeds = seedPlaces();
    std::vector<MapPoint> points = generatePoints(count, seeds);

    timer.restart();
    MapScene scene;
    scene.basemap = basemap;
    scene.points = PointIndex::create(std::move(points));
    const double indexMs = timer.nsecsElapsed() / 1e6;
    // MapView does this in the same worker right after the index; measured apart.
    timer.restart();
    scene.points->prepareZooms(5, 18);
    const double levelsMs = timer.nsecsElapsed() / 1e6;

    // A selection of a thousand places, and a few hundred candidate links, as during a review.
    QList<qint64> selected;
    std::vector<CandidateLink> links;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, 1000); ++i)
        selected.append(1 + (i * 7919) % count);
    for (qsizetype i = 0; i + 1 < std::min<qsizetype>(count, 600); i += 2) {
        const MapPoint& a = scene.points->point(static_cast<quint32>(i * (count / 600 + 1) % count));
        const MapPoint& b = scene.points->point(static_cast<quint32>((i * (count / 600 + 1) + 1) % count));
        links.push_back({{a.lon, a.lat}, {b.lon, b.lat}});
    }
    scene.selection = std::make_shared<const PointSelection>(*scene.points, selected);
    scene.links = std::make_shared<const std::vector<CandidateLink>>(std::move(links));

    std::printf("places %lld (around %zu seeds), frame %dx%d, %d frames per zoom\n",
                static_cast<long long>(count), seeds.size(), size.width(), size.height(), frames);
    std::printf("basemap load %.1f ms (%lld vertices), index build %.1f ms, clusters of zooms 5-18 %.1f ms\n",
                basemapMs, static_cast<long long>(basemap->vertexCount()), indexMs, levelsMs);
    std::printf("%-5s %-7s %10s %10s %10s %10s %8s\n", "zoom", "centre", "cold ms", "median ms", "p95 ms",
                "max ms", "markers");

    const MapRenderer renderer;
    bool allFast = true;
    for (int zoom = 5; zoom <= 18; ++zoom) {
        const bool france = zoom <= 8;
        const QPointF centre = france ? QPointF(2.5, 46.6) : QPointF(2.35, 48.86);
        std::vector<double> times;
        double cold = 0;
        for (int f = 0; f <= frames; ++f) {
            // Each frame a little further along, as when panning: different cells, same density.
            const Viewport viewport = Viewport(centre, zoom, size).panned(QPointF(f * 37.0, f * 11.0));
            timer.restart();
            const QImage image = renderer.render(scene, viewport);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (f == 0)
                cold = ms; // first frame: sprites drawn, caches filled
            else
                times.push_back(ms);
        }
        const auto markers =
            PointLayout::markers(*scene.points, scene.selection.get(), Viewport(centre, zoom, size));
        const double median = percentile(times, 0.5);
        const double p95 = percentile(times, 0.95);
        allFast = allFast && p95 < 16.0;
        std::printf("%-5d %-7s %10.2f %10.2f %10.2f %10.2f %8zu\n", zoom, france ? "France" : "Paris", cold,
                    median, p95, *std::max_element(times.begin(), times.end()), markers.size());
    }
    std::printf("peak RSS (VmHWM) %.1f MiB\n", peakRssKiB() / 1024.0);
    std::printf("p95 under 16 ms at every zoom: %s\n", allFast ? "yes" : "no");

    if (parser.isSet(pngOption)) {
        // The picture shows the real places (one point each), as a user would see them.
        std::vector<MapPoint> real;
        std::mt19937 random(7);
        for (std::size_t i = 0; i < seeds.size(); ++i)
            real.push_back(
                {qint64(i + 1), seeds[i].lonLat.x(), seeds[i].lonLat.y(), seeds[i].kind, random() % 20 == 0});
        MapScene picture;
        picture.basemap = basemap;
        picture.points = PointIndex::create(std::move(real));
        picture.selection = std::make_shared<const PointSelection>(*picture.points, QList<qint64>{1, 2});
        const Viewport viewport({2.6, 46.5}, 5.7, QSize(1000, 900));
        QImage image = renderer.render(picture, viewport);
        QPainter painter(&image);
        const QRect area(QPoint(0, 0), viewport.size());
        MapDecorations::drawLegend(painter, area, picture.style);
        MapDecorations::drawScaleBar(painter, area, viewport, picture.style);
        MapDecorations::drawAttribution(painter, area, MapDecorations::basemapAttribution(), picture.style);
        painter.end();
        if (!image.save(parser.value(pngOption))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(pngOption)));
            return 1;
        }
    }
    return 0;
}
