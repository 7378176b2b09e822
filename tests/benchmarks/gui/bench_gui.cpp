// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the desktop window. Goals (issue 3): with 1,000,000 places, the table opens in under 1 s
// and a text filter applies in under 200 ms; start-up to the first painted window on the default project
// (1512 places) under 1.5 s. Prints one line per measure: name, median, 95th percentile, max (ms).
#include "ImportDialog.h"
#include "MainWindow.h"
#include "PlaceTableModel.h"
#include "map/MapView.h"
#include "project/DefaultProject.h"
#include "store/CandidateQueries.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace recoupe;

namespace {

QElapsedTimer processClock; // started first thing in main()

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void report(const char* name, QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const double median = samples.at(samples.size() / 2);
    const double p95 = samples.at(qMin(samples.size() - 1, int(samples.size() * 0.95)));
    std::printf("%-34s median %8.2f ms  p95 %8.2f ms  max %8.2f ms  (n=%lld)\n", name, median, p95,
                samples.last(), qlonglong(samples.size()));
    std::fflush(stdout);
}

long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

struct City
{
    const char* name;
    const char* postcode;
    double lon, lat;
};
const City cities[] = {
    {"Paris", "75011", 2.38, 48.86},
    {"Marseille", "13001", 5.38, 43.30},
    {"Lyon", "69003", 4.85, 45.76},
    {"Toulouse", "31000", 1.44, 43.60},
    {"Nice", "06000", 7.26, 43.70},
    {"Nantes", "44000", -1.55, 47.22},
    {"Montpellier", "34000", 3.88, 43.61},
    {"Strasbourg", "67000", 7.75, 48.58},
    {"Bordeaux", "33000", -0.58, 44.84},
    {"Lille", "59000", 3.06, 50.63},
    {"Rennes", "35000", -1.68, 48.11},
    {"Reims", "51100", 4.03, 49.26},
    {"Toulon", "83000", 5.93, 43.12},
    {"Grenoble", "38000", 5.72, 45.19},
    {"Dijon", "21000", 5.04, 47.32},
    {"Angers", "49000", -0.55, 47.47},
    {"Nîmes", "30000", 4.36, 43.84},
    {"Brest", "29200", -4.49, 48.39},
    {"Limoges", "87000", 1.26, 45.83},
    {"Tours", "37000", 0.69, 47.39},
    {"Amiens", "80000", 2.30, 49.89},
    {"Metz", "57000", 6.18, 49.12},
    {"Besançon", "25000", 6.02, 47.24},
    {"Perpignan", "66000", 2.90, 42.70},
    {"Orléans", "45000", 1.91, 47.90},
    {"Rouen", "76000", 1.10, 49.44},
    {"Caen", "14000", -0.37, 49.18},
    {"Nancy", "54000", 6.18, 48.69},
    {"Ajaccio", "20000", 8.74, 41.93},
    {"Bastia", "20200", 9.45, 42.70},
    {"Pointe-à-Pitre", "97110", -61.53, 16.24},
    {"Saint-Denis", "97400", 55.45, -20.88},
    {"Quimper", "29000", -4.10, 48.00},
    {"Vannes", "56000", -2.76, 47.66},
    {"Poitiers", "86000", 0.34, 46.58},
    {"Pau", "64000", -0.37, 43.30},
    {"Avignon", "84000", 4.81, 43.95},
    {"Annecy", "74000", 6.13, 45.90},
    {"Clermont-Ferrand", "63000", 3.08, 45.78},
    {"Le Mans", "72000", 0.20, 48.00},
};
const char* const kinds[] = {"Coworking", "Fablab", "Tiers-lieu",  "Atelier",     "Espace",    "La Cantine",
                             "Le Hub",    "Maison", "Laboratoire", "La Fabrique", "Le Garage", "La Ruche"};
const char* const syllables[] = {"ka",  "lo",  "mi",  "ra",  "ne",   "to",  "vu",  "zé",
                                 "bri", "cor", "dan", "fen", "gal",  "hor", "jun", "kel",
                                 "lum", "mor", "nov", "pel", "quar", "ros", "sil", "tam"};

// A project with `count` synthetic places, written by SQL in one transaction (indexes kept up by the
// triggers).
void generate(const QString& path, int count)
{
    QElapsedTimer timer;
    timer.start();
    Store store(path);
    QSqlDatabase& db = store.database();
    sql::Transaction transaction(db);
    QSqlQuery insert = sql::prepare(
        db, QStringLiteral("INSERT INTO place(name, address, postcode, commune, website, twitter, facebook, "
                           "type, lon, lat, status, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)"));
    QRandomGenerator random(42);
    const QString now = Store::now();
    const int cityCount = int(std::size(cities));
    for (int i = 0; i < count; ++i) {
        const City& city = cities[random.bounded(cityCount)];
        QString word;
        for (int s = 0, n = 2 + random.bounded(2); s < n; ++s)
            word += QString::fromUtf8(syllables[random.bounded(int(std::size(syllables)))]);
        word[0] = word[0].toUpper();
        const QString name = QStringLiteral("%1 %2").arg(
            QString::fromUtf8(kinds[random.bounded(int(std::size(kinds)))]), word);
        insert.bindValue(0, name);
        insert.bindValue(1, QStringLiteral("%1 rue %2").arg(1 + random.bounded(200)).arg(word));
        insert.bindValue(2, QString::fromLatin1(city.postcode));
        insert.bindValue(3, QString::fromUtf8(city.name));
        insert.bindValue(4, random.bounded(3) ? QStringLiteral("http://www.%1.fr").arg(word.toLower())
                                              : QStringLiteral(""));
        insert.bindValue(5,
                         random.bounded(4) ? QStringLiteral("") : QStringLiteral("@%1").arg(word.toLower()));
        insert.bindValue(6, QStringLiteral(""));
        insert.bindValue(7, random.bounded(3));
        const bool located = random.bounded(50) != 0;
        insert.bindValue(8, located ? QVariant(city.lon + random.generateDouble() * 0.6 - 0.3) : QVariant());
        insert.bindValue(9, located ? QVariant(city.lat + random.generateDouble() * 0.4 - 0.2) : QVariant());
        insert.bindValue(10, now);
        insert.bindValue(11, now);
        sql::exec(insert);
    }
    transaction.commit();
    sql::exec(db, QStringLiteral("ANALYZE"));
    std::printf("generated %d places in %.1f s (%s, %.0f MiB)\n", count, ms(timer) / 1000, qPrintable(path),
                double(QFileInfo(path).size()) / (1 << 20));
}

// Paints the table now, as the screen would (reads the visible rows).
void paint(QTableView& view)
{
    view.viewport()->grab();
}

// One raw record per place and candidate pairs between neighbours in id order for one place in ten, as a
// matching run would leave them (added to a project generated before, too).
void ensureCandidates(const QString& path)
{
    Store store(path);
    QSqlDatabase& db = store.database();
    if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM candidate_place")).toLongLong() > 0)
        return;
    QElapsedTimer timer;
    timer.start();
    sql::Transaction transaction(db);
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO source(id, name, profile, created_at) VALUES (1, 'Bench', 'generic', 't')"));
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO import_run(id, source_id, file_name, file_sha256, file_size, profile, "
                  "imported_at, imported_by) VALUES (1, 1, 'bench.csv', '', 0, 'generic', 't', 'bench')"));
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO raw_record(id, source_id, source_key, import_id, line, attributes, digest, "
                  "name) SELECT id, 1, id, 1, id, '{}', '', name FROM place"));
    sql::exec(db,
              QStringLiteral("INSERT INTO place_record(place_id, raw_record_id) SELECT id, id FROM place"));
    queries::MatchRunSummary run;
    std::vector<queries::CandidatePairRow> pairs;
    const qint64 count = sql::scalar(db, QStringLiteral("SELECT max(id) FROM place")).toLongLong();
    for (qint64 id = 1; id + 1 <= count; id += 20) {
        queries::CandidatePairRow pair;
        pair.recordA = id;
        pair.recordB = id + 1;
        pair.score = 0.5;
        pair.explanation = QStringLiteral("bench");
        pairs.push_back(pair);
    }
    run.records = count;
    run.reviewPairs = qint64(pairs.size());
    transaction.commit();
    queries::replaceCandidates(db, run, pairs);
    std::printf("added %zu candidate pairs in %.1f s\n", pairs.size(), ms(timer) / 1000);
}

int benchTable(const QString& path, int count, bool smoke)
{
    if (!QFileInfo::exists(path))
        generate(path, count);
    ensureCandidates(path);
    const int repeat = smoke ? 2 : 9;

    QList<double> open;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        Store store(path);
        PlaceTableModel model(store);
        QTableView view;
        view.resize(1200, 400);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(22);
        view.setModel(&model);
        view.show();
        paint(view);
        open << ms(t);
        if (i == 0)
            std::printf("rows: %d\n", model.rowCount());
    }
    report("table open (store+count+first paint)", open);

    Store store(path);
    PlaceTableModel model(store);
    QTableView view;
    view.resize(1200, 400);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.setModel(&model);
    view.show();
    paint(view);

    QList<double> scroll;
    QRandomGenerator random(7);
    for (int i = 0; i < (smoke ? 5 : 60); ++i) {
        QElapsedTimer t;
        t.start();
        view.verticalScrollBar()->setValue(random.bounded(qMax(1, view.verticalScrollBar()->maximum())));
        paint(view);
        scroll << ms(t);
    }
    report("scroll: jump anywhere + paint", scroll);

    QList<double> step;
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
    paint(view);
    for (int i = 0; i < (smoke ? 5 : 200); ++i) {
        QElapsedTimer t;
        t.start();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 3);
        paint(view);
        step << ms(t);
    }
    report("scroll: wheel step + paint", step);

    const QStringList queries{QStringLiteral("rennes"),         QStringLiteral("fab"),
                              QStringLiteral("atelier nantes"), QStringLiteral("kalomi"),
                              QStringLiteral("rue 12"),         QStringLiteral("quarros")};
    QList<double> filter;
    for (int r = 0; r < (smoke ? 1 : 3); ++r) {
        for (const QString& q : queries) {
            model.setFilter({});
            paint(view);
            QElapsedTimer t;
            t.start();
            PlaceFilter f;
            f.text = q;
            model.setFilter(f);
            paint(view);
            filter << ms(t);
            if (r == 0)
                std::printf("  filter \"%s\": %d rows, %.1f ms\n", qPrintable(q), model.rowCount(),
                            filter.last());
        }
    }
    report("filter by text (count+first paint)", filter);

    model.setFilter({});
    QList<double> facets;
    for (int r = 0; r < (smoke ? 1 : 3); ++r) {
        PlaceFilter f;
        f.departement = QStringLiteral("35");
        QElapsedTimer t;
        t.start();
        model.setFilter(f);
        paint(view);
        facets << ms(t);
        f = {};
        f.region = QStringLiteral("53");
        f.type = PlaceType::Fablab;
        t.restart();
        model.setFilter(f);
        paint(view);
        facets << ms(t);
        f = {};
        f.problems = true;
        t.restart();
        model.setFilter(f);
        paint(view);
        facets << ms(t);
        model.setFilter({});
    }
    report("filter by département/région/problems", facets);

    QList<double> duplicates;
    for (int r = 0; r < (smoke ? 1 : 5); ++r) {
        PlaceFilter f;
        f.candidateDuplicates = true;
        QElapsedTimer t;
        t.start();
        model.setFilter(f);
        paint(view);
        duplicates << ms(t);
        if (r == 0)
            std::printf("  has candidate duplicates: %d rows\n", model.rowCount());
        model.setFilter({});
    }
    report("filter has candidate duplicates", duplicates);

    for (int column : {int(PlaceColumn::Commune), int(PlaceColumn::Postcode), int(PlaceColumn::Lat),
                       int(PlaceColumn::Twitter)}) {
        QList<double> sort;
        for (int r = 0; r < (smoke ? 1 : 3); ++r) {
            for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                QElapsedTimer t;
                t.start();
                model.sort(column, order);
                paint(view);
                sort << ms(t);
            }
        }
        const QByteArray name = "sort by " + model.headerData(column, Qt::Horizontal).toString().toUtf8();
        report(name.constData(), sort);
    }
    model.sort(int(PlaceColumn::Name), Qt::AscendingOrder);

    QList<double> rowOf;
    for (int i = 0; i < (smoke ? 3 : 50); ++i) {
        const qint64 id = 1 + random.bounded(count);
        QElapsedTimer t;
        t.start();
        model.rowOf(id);
        rowOf << ms(t);
    }
    report("row of a place (map -> table)", rowOf);

    std::printf("peak memory: %.0f MiB\n", double(peakKiB()) / 1024);
    return 0;
}

int benchStartup(bool smoke, const QString& png)
{
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("RECOUPE_DEFAULT_PROJECT");
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("default.recoupe"));
    QElapsedTimer seed;
    seed.start();
    const bool existed = QFileInfo::exists(path);
    defaultProject::ensure(path);
    if (!existed)
        std::printf("default project seeded in %.0f ms (first start only)\n", ms(seed));

    const double beforeWindow = ms(processClock);
    QElapsedTimer t;
    t.start();
    MainWindow window(path);
    window.show();
    double firstPaint = -1;
    double firstFrame = -1;
    auto* map = window.findChild<map::MapView*>(QStringLiteral("mapView"));
    QObject::connect(map, &map::MapView::frameRendered, &window, [&] {
        if (firstFrame < 0)
            firstFrame = ms(t);
    });
    // The first paint of the whole window (offscreen: what a screen would show).
    window.grab();
    firstPaint = ms(t);
    QElapsedTimer wait;
    wait.start();
    while (firstFrame < 0 && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    std::printf("start-up: process to QApplication+settings %.0f ms; window to first paint %.0f ms; "
                "to first map frame %.0f ms; process start to first paint %.0f ms\n",
                beforeWindow, firstPaint, firstFrame, beforeWindow + firstPaint);
    std::printf("peak memory: %.0f MiB\n", double(peakKiB()) / 1024);
    Q_UNUSED(smoke);
    if (!png.isEmpty()) {
        // For looking at the window: a place selected in the table, the map and the editor following.
        auto* table = window.findChild<QTableView*>(QStringLiteral("placeTable"));
        table->selectRow(qEnvironmentVariableIntValue("RECOUPE_BENCH_ROW"));
        window.findChild<QAction*>(QStringLiteral("actionZoomToSelection"))->trigger();
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 1500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        window.grab().save(png);
        std::printf("window saved to %s\n", qPrintable(png));
        const QString importFile = qEnvironmentVariable("RECOUPE_BENCH_IMPORT");
        if (!importFile.isEmpty()) {
            ImportDialog dialog(path, &window);
            dialog.show();
            dialog.setFile(importFile);
            QCoreApplication::processEvents();
            dialog.grab().save(png + QStringLiteral(".import.png"));
        }
    }
    return firstFrame < 0 ? 1 : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    processClock.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QApplication::setOrganizationName(QStringLiteral("recoupe-bench"));
    QApplication::setApplicationName(QStringLiteral("bench_gui"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("places"), QStringLiteral("Places in the generated project."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("project"), QStringLiteral("Project to use (generated when missing)."),
                      QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("startup"), QStringLiteral("Measure the main window's start-up instead.")});
    parser.addOption({QStringLiteral("png"),
                      QStringLiteral("With --startup: save the window, a place selected, to this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("smoke"), QStringLiteral("Few repetitions, for CI.")});
    parser.process(app);
    const bool smoke = parser.isSet(QStringLiteral("smoke"));
    try {
        if (parser.isSet(QStringLiteral("startup")))
            return benchStartup(smoke, parser.value(QStringLiteral("png")));
        const int count = parser.value(QStringLiteral("places")).toInt();
        QTemporaryDir dir;
        const QString path = parser.isSet(QStringLiteral("project"))
                                 ? parser.value(QStringLiteral("project"))
                                 : dir.filePath(QStringLiteral("bench.recoupe"));
        return benchTable(path, count, smoke);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
