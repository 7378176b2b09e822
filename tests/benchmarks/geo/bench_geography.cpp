// SPDX-License-Identifier: GPL-3.0-or-later
// bench_geography --places N [--project FILE]: a project of N places spread like the CGET 2019 places
// (each a real position moved by up to ±spread/2, default ±0.05°: around its town; with --spread 0.5
// about 6 % fall at sea and take the nearest-polygon search), then
//   - geography of every place (point-in-polygon on the bundled layers, written to place_geography),
//   - one place moved: its geography recomputed.
// Prints times and peak memory. Goals (2 cores): geography of 1M places < 10 s; one place < 5 ms.
#include "TestSupport.h"
#include "check/Checker.h"
#include "geo/GeoLayers.h"
#include "store/BulkStatement.h"
#include "store/GeographyStore.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>
#include <sys/resource.h>

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

// CPU seconds of this process so far (user + system, every thread): on a shared machine the wall time
// depends on the load, this much less.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Real positions of the CGET file (lon, lat), the seeds of the synthetic places.
struct Seed
{
    double lon = 0, lat = 0;
    QString postcode, departement;
    QJsonObject attributes; // the CGET row's columns but its personal ones, as an import keeps them
};

// The places of the CGET file (position, postcode, département code), the seeds of the synthetic places.
std::vector<Seed> seeds()
{
    std::vector<Seed> result;
    QFile file(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.geojson")));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray features =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("features")).toArray();
        for (const QJsonValue& f : features) {
            const QJsonArray c = f.toObject()
                                     .value(QStringLiteral("geometry"))
                                     .toObject()
                                     .value(QStringLiteral("coordinates"))
                                     .toArray();
            const QJsonObject properties = f.toObject().value(QStringLiteral("properties")).toObject();
            QJsonObject attributes;
            for (auto it = properties.begin(); it != properties.end(); ++it)
                if (it.key() != QLatin1String("CONTACT") && it.key() != QLatin1String("MAIL") &&
                    !it.value().toVariant().toString().isEmpty())
                    attributes.insert(it.key(), it.value().toVariant().toString());
            if (c.size() == 2)
                result.push_back({c.at(0).toDouble(), c.at(1).toDouble(),
                                  properties.value(QStringLiteral("CP")).toVariant().toString(),
                                  properties.value(QStringLiteral("INSEEDEP")).toVariant().toString(),
                                  attributes});
        }
    }
    if (result.empty())
        result.push_back({2.35, 48.85, QStringLiteral("75001"), QStringLiteral("75")});
    return result;
}

// The CGET 2019 file's header without its personal columns.
QStringList cgetHeader()
{
    return QStringLiteral(
               "ID,NOM_TL,ADRESSE,CP,COMINIT,INSEECOM,NOMCOM,WEB,TWITTER,FACEBOOK,TYPO,LAT,LONG,GEOCOD,"
               "PRECISION,METRO,NOMMETRO,INSEEREG,NOMREG,INSEEMETRO,INSEEDEP,NOMCOMMETRO,POPCOM,"
               "COMCLASS,INSEE_ZE,NOM_ZE,CLASS_ZE,POP_ZE")
        .split(QLatin1Char(','));
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
    const QCommandLineOption spreadOption(
        QStringLiteral("spread"),
        QStringLiteral("Each synthetic place is a CGET place moved by up to ±spread/2 "
                       "degrees (default 0.1: around its town; 0.5 puts 6 % at sea)."),
        QStringLiteral("degrees"), QStringLiteral("0.1"));
    parser.addOption(spreadOption);
    parser.process(app);
    const qint64 count = parser.value(placesOption).toLongLong();
    const double spread = parser.value(spreadOption).toDouble();
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
        const QString now = Store::now();
        sql::exec(
            db,
            QStringLiteral(
                "INSERT INTO source(id, name, profile, created_at) VALUES (1, 'bench', 'cget-2019', ?)"),
            {now});
        sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO import_run(id, source_id, file_name, file_sha256, file_size, profile, "
                      "imported_at, imported_by, columns) VALUES (1, 1, 'bench.csv', '', 0, 'cget-2019', ?, "
                      "'bench', ?)"),
                  {now, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cgetHeader()))
                                              .toJson(QJsonDocument::Compact))});
        sql::BulkStatement insert(db,
                                  QStringLiteral("INSERT INTO place(id, name, postcode, website, lon, lat, "
                                                 "primary_record_id, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        sql::BulkStatement record(
            db, QStringLiteral("INSERT INTO raw_record(id, source_id, source_key, import_id, line, "
                               "attributes, digest, name, postcode, website, lon, lat) "
                               "VALUES (?, 1, ?, 1, ?, ?, '', ?, ?, ?, ?, ?)"));
        sql::BulkStatement link(
            db, QStringLiteral("INSERT INTO place_record(place_id, raw_record_id) VALUES (?, ?)"));
        for (qint64 i = 0; i < count; ++i) {
            const auto& seed = positions[size_t(random.bounded(int(positions.size())))];
            const qint64 id = i + 1;
            const QString name = QStringLiteral("Lieu %1").arg(id);
            const QString website = QStringLiteral("http://www.lieu-%1.fr").arg(id);
            const std::optional<double> lon = seed.lon + (random.generateDouble() - 0.5) * spread;
            const std::optional<double> lat = seed.lat + (random.generateDouble() - 0.5) * spread;
            record.bind(0, id);
            record.bind(1, QString::number(id));
            record.bind(2, id + 1);
            // The real row's columns, with a name, web address, handle and geocoding score of its own.
            QJsonObject attributes = seed.attributes;
            attributes.insert(QStringLiteral("ID"), QString::number(id));
            attributes.insert(QStringLiteral("NOM_TL"), name);
            attributes.insert(QStringLiteral("WEB"), QStringLiteral("www.lieu-%1.fr").arg(id));
            attributes.insert(QStringLiteral("TWITTER"), QStringLiteral("@lieu%1").arg(id));
            attributes.insert(QStringLiteral("PRECISION"), QStringLiteral("0.%1").arg(50 + id % 50));
            record.bind(3, QJsonDocument(attributes).toJson(QJsonDocument::Compact));
            record.bind(4, name);
            record.bind(5, seed.postcode);
            record.bind(6, website);
            record.bind(7, lon);
            record.bind(8, lat);
            record.run();
            insert.bind(0, id);
            insert.bind(1, name);
            insert.bind(2, seed.postcode);
            insert.bind(3, website);
            insert.bind(4, lon);
            insert.bind(5, lat);
            insert.bind(6, id);
            insert.bind(7, now);
            insert.bind(8, now);
            insert.run();
            link.bind(0, id);
            link.bind(1, id);
            link.run();
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
    timer.restart();
    const double cpuBefore = cpuSeconds();
    const std::vector<check::Problem> problems = check::run(db);
    const double checkSeconds = double(timer.elapsed()) / 1000.0;
    const double checkCpu = cpuSeconds() - cpuBefore;
    QHash<QString, qint64> byCode;
    for (const check::Problem& p : problems)
        ++byCode[p.code];
    out << QStringLiteral("checker over %1 places: %2 s (cpu %4 s), %3 problems (goal < 10 s for 1M)\n")
               .arg(count)
               .arg(checkSeconds, 0, 'f', 2)
               .arg(problems.size())
               .arg(checkCpu, 0, 'f', 2);
    for (auto it = byCode.begin(); it != byCode.end(); ++it)
        out << QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
    out << QStringLiteral("peak memory: %1\n").arg(peakMemory());
    out.flush();
    if (run.places != count || run.located < count * 8 / 10 ||
        byCode.value(QStringLiteral("departement_mismatch")) == 0 ||
        byCode.value(QStringLiteral("geocoding_precision_low")) == 0)
        return 1;
    return 0;
}
