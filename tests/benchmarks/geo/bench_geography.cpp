// SPDX-License-Identifier: GPL-3.0-or-later
// bench_geography --places N [--project FILE]: a project of N places spread like the CGET 2019 places
// (each a real position moved by up to ±0.25°, so that most fall inland and some offshore), then
//   - geography of every place (point-in-polygon on the bundled layers, written to place_geography),
//   - one place moved: its geography recomputed.
// Prints times and peak memory. Goals (2 cores): geography of 1M places < 10 s; one place < 5 ms.
#include "TestSupport.h"
#include "geo/GeoLayers.h"
#include "store/BulkStatement.h"
#include "store/GeographyStore.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace recoupe;

namespace {

QString peakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

// Real positions of the CGET file (lon, lat), the seeds of the synthetic places.
std::vector<std::pair<double, double>> seeds()
{
    std::vector<std::pair<double, double>> result;
    QFile file(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.geojson")));
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray text = file.readAll();
        // "coordinates": [ lon, lat ]
        qsizetype at = 0;
        while ((at = text.indexOf("\"coordinates\"", at)) >= 0) {
            const qsizetype open = text.indexOf('[', at), close = text.indexOf(']', at);
            const QList<QByteArray> parts = text.mid(open + 1, close - open - 1).split(',');
            if (parts.size() == 2)
                result.emplace_back(parts[0].trimmed().toDouble(), parts[1].trimmed().toDouble());
            at = close;
        }
    }
    if (result.empty())
        result.emplace_back(2.35, 48.85);
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption placesOption(QStringLiteral("places"), QStringLiteral("Number of places."),
                                          QStringLiteral("n"), QStringLiteral("1000000"));
    parser.addOption(placesOption);
    parser.process(app);
    const qint64 count = parser.value(placesOption).toLongLong();
    QTextStream out(stdout);

    test::TemporaryProject project;
    auto store = project.open();
    QSqlDatabase& db = store->database();
    QElapsedTimer timer;
    timer.start();
    {
        const auto positions = seeds();
        QRandomGenerator random(42);
        sql::Transaction transaction(db);
        // Without the text and spatial index triggers: this is setup, not what is measured.
        sql::exec(db, QStringLiteral("DROP TRIGGER place_ai"));
        sql::exec(db, QStringLiteral("DROP TRIGGER place_au"));
        sql::BulkStatement insert(db, QStringLiteral("INSERT INTO place(name, postcode, lon, lat, "
                                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        const QString now = Store::now();
        for (qint64 i = 0; i < count; ++i) {
            const auto& seed = positions[size_t(random.bounded(int(positions.size())))];
            insert.bind(0, QStringLiteral("Lieu %1").arg(i));
            insert.bind(1, QStringLiteral("75001"));
            insert.bind(2, std::optional<double>(seed.first + (random.generateDouble() - 0.5) * 0.5));
            insert.bind(3, std::optional<double>(seed.second + (random.generateDouble() - 0.5) * 0.5));
            insert.bind(4, now);
            insert.bind(5, now);
            insert.run();
        }
        transaction.commit();
    }
    out << QStringLiteral("setup: %1 places in %2 s\n")
               .arg(count)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2);
    out.flush();

    timer.restart();
    geo::GeoLayers::bundled();
    const double loadSeconds = double(timer.elapsed()) / 1000.0;
    out << QStringLiteral("layers loaded in %1 s\n").arg(loadSeconds, 0, 'f', 2);

    timer.restart();
    geography::GeographyRun run;
    {
        sql::Transaction transaction(db);
        run = geography::updateAll(db);
        transaction.commit();
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    out << QStringLiteral("of which point-in-polygon: %1 s\n").arg(run.locateSeconds, 0, 'f', 2);
    out << QStringLiteral("geography of %1 places: %2 s (%3 located, %4 by the nearest polygon, %5 in none); "
                          "goal < 10 s for 1M\n")
               .arg(run.places)
               .arg(seconds, 0, 'f', 2)
               .arg(run.located)
               .arg(run.nearest)
               .arg(run.unlocated);

    // One place moved, its geography recomputed, as a move command does.
    const qint64 place = count / 2 + 1;
    timer.restart();
    const int repeats = 100;
    for (int i = 0; i < repeats; ++i) {
        sql::exec(db, QStringLiteral("UPDATE place SET lon = ?, lat = ? WHERE id = ?"),
                  {-1.55 + i * 0.001, 47.21, place});
        geography::updatePlaces(db, {place});
    }
    const double moveMs = double(timer.nsecsElapsed()) / 1e6 / repeats;
    out << QStringLiteral("one place moved and recomputed: %1 ms (goal < 5 ms)\n").arg(moveMs, 0, 'f', 3);
    out << QStringLiteral("peak memory: %1\n").arg(peakMemory());
    out.flush();
    if (run.places != count || run.located < count * 8 / 10)
        return 1;
    return 0;
}
