// SPDX-License-Identifier: GPL-3.0-or-later
// bench_match: matching of synthetic projects of 10k, 100k and 1M records, in memory (no SQLite).
// The generator draws positions, postcodes, streets and name words from the real CGET 2019 file and
// plants duplicates (typos, dropped generic words, "(fermé)" notes, positions moved up to 1.5 km, fields
// missing), chains (one website host at many places) and shared buildings (distinct places at one
// coordinate, own names and websites). Prints time, peak memory (VmHWM) and recall of planted pairs.
//   bench_match [--sizes 10000,100000,1000000] [--threads 2] [--min-recall R] [--through-project]
//               [--show-false N] [--write-csv FOLDER]  (FOLDER/<size>/Synthetic A.csv, B.csv: to time the
//               CLI)
// --through-project also measures the window's path (Duplicates ▸ Find): the records imported into a
// project as two CSV sources, then read back from SQLite, matched and the candidates kept (MatchRunner).
#include "TestSupport.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"
#include "import/Importer.h"
#include "match/Blocker.h"
#include "match/MatchRunner.h"
#include "match/MatchText.h"
#include "match/Matcher.h"
#include "review/MergeProposal.h"
#include "store/MatchQueries.h"
#include "store/PlaceQueries.h"
#include "store/ReviewQueries.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <unordered_set>

using namespace recoupe;
using match::MatchRecord;

namespace {

long peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("VmHWM:")))
            return line.mid(6).trimmed().split(QLatin1Char(' ')).first().toLong() / 1024;
    }
    return -1;
}

struct Pool
{
    std::vector<MatchRecord> real; // CGET records with a position
    QStringList words;             // distinctive name words of the real file
    QStringList streets;           // street parts of real addresses ("rue du Moulin")
};

Pool loadPool()
{
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("pool.recoupe")));
    ImportOptions options;
    options.profile = QStringLiteral("cget-2019");
    Importer(store).run(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")), options);
    Pool pool;
    QSet<QString> words;
    for (MatchRecord& r : queries::matchRecords(store.database())) {
        if (!r.hasPosition())
            continue;
        const match::NormalisedName name = match::normaliseName(r.name);
        if (!name.genericOnly) {
            for (const QString& w : name.distinctiveTokens) {
                if (w.size() >= 4 && !w.at(0).isDigit())
                    words.insert(w);
            }
        }
        const QString street = r.address.section(QLatin1Char(' '), 1);
        if (street.size() > 5)
            pool.streets << street;
        pool.real.push_back(std::move(r));
    }
    pool.words = words.values();
    pool.words.sort();
    return pool;
}

class Generator
{
public:
    Generator(const Pool& pool, unsigned seed) : m_pool(pool), m_rng(seed) {}

    struct Project
    {
        std::vector<MatchRecord> records;
        std::vector<uint64_t> planted; // packed pairs (Blocker::pack) of duplicates
        qint64 chainRecords = 0;
        qint64 buildingRecords = 0;
    };

    Project make(size_t size)
    {
        Project p;
        p.records.reserve(size);
        const size_t originals = size_t(double(size) / 1.1);
        const QString sourceA = QStringLiteral("Synthetic A");
        const QString sourceB = QStringLiteral("Synthetic B");
        while (p.records.size() < originals) {
            const double kind = uniform();
            if (kind < 0.02) {
                // A chain: one brand and website host, branches in different towns.
                const int branches = 3 + int(uniform() * 20);
                const QString brand = word();
                const QString host = slug(brand) + QStringLiteral("-coworking.com");
                for (int b = 0; b < branches && p.records.size() < originals; ++b) {
                    MatchRecord r = original(sourceA, p.records.size());
                    const QString town = m_pool.words.at(int(uniform() * m_pool.words.size()));
                    r.name = QStringLiteral("%1 %2").arg(capitalised(brand), capitalised(town));
                    r.website = QStringLiteral("https://%1/%2").arg(host, slug(town));
                    r.twitter = QStringLiteral("@") + slug(brand);
                    p.records.push_back(std::move(r));
                    ++p.chainRecords;
                }
            } else if (kind < 0.05 && !p.records.empty()) {
                // A shared building: a distinct place at the exact position of an earlier one.
                const MatchRecord& host = p.records[size_t(uniform() * double(p.records.size()))];
                MatchRecord r = original(sourceA, p.records.size());
                r.lon = host.lon;
                r.lat = host.lat;
                r.address = host.address;
                r.postcode = host.postcode;
                p.records.push_back(std::move(r));
                ++p.buildingRecords;
            } else {
                p.records.push_back(original(sourceA, p.records.size()));
            }
        }
        // Duplicates of random originals, in the same source or another one.
        std::unordered_set<size_t> used;
        while (p.records.size() < size) {
            const size_t of = size_t(uniform() * double(originals));
            if (!used.insert(of).second)
                continue;
            MatchRecord d = duplicate(p.records[of], uniform() < 0.5 ? sourceA : sourceB, p.records.size());
            p.planted.push_back(match::Blocker::pack(uint32_t(of), uint32_t(p.records.size())));
            p.records.push_back(std::move(d));
        }
        return p;
    }

private:
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    double normal() { return std::normal_distribution<double>(0.0, 1.0)(m_rng); }

    QString word()
    {
        // Real words, and words spliced from two real ones, so names stay rare at a million records.
        const QString& a = m_pool.words.at(int(uniform() * m_pool.words.size()));
        if (uniform() < 0.15)
            return a;
        const QString& b = m_pool.words.at(int(uniform() * m_pool.words.size()));
        return a.left(2 + int(uniform() * 3)) + b.mid(b.size() / 2);
    }
    static QString capitalised(const QString& w) { return w.left(1).toUpper() + w.mid(1); }
    static QString slug(const QString& w) { return match::foldText(w).remove(QLatin1Char(' ')); }

    MatchRecord original(const QString& source, size_t index)
    {
        static const QStringList generic{QStringLiteral("Coworking"),
                                         QStringLiteral("Fablab"),
                                         QStringLiteral("Espace"),
                                         QStringLiteral("La Cantine"),
                                         QStringLiteral("Le"),
                                         QStringLiteral("Tiers-lieu"),
                                         QStringLiteral("L'Atelier"),
                                         QString(),
                                         QString(),
                                         QString()};
        const MatchRecord& base = m_pool.real[size_t(uniform() * double(m_pool.real.size()))];
        MatchRecord r;
        r.source = source;
        r.key = QString::number(index);
        const QString w1 = word();
        const QString w2 = uniform() < 0.4 ? word() : QString();
        const QString& g = generic.at(int(uniform() * generic.size()));
        r.name = QStringList{g, capitalised(w1), capitalised(w2)}.join(QLatin1Char(' ')).simplified();
        // Spread around a real place: density follows the real file (dense in cities).
        const double spread = 4000.0;
        r.lat = base.lat + normal() * spread / 110540.0;
        r.lon = base.lon + normal() * spread / (111320.0 * std::cos(base.lat * M_PI / 180.0));
        r.postcode = base.postcode;
        r.address = QStringLiteral("%1 %2")
                        .arg(1 + int(uniform() * 150))
                        .arg(m_pool.streets.at(int(uniform() * m_pool.streets.size())));
        if (uniform() < 0.6)
            r.website = QStringLiteral("http://") + slug(w1 + w2) + QStringLiteral(".fr");
        if (uniform() < 0.3)
            r.twitter = QStringLiteral("@") + slug(w1 + w2);
        if (uniform() < 0.3)
            r.facebook = QStringLiteral("facebook.com/") + slug(w1 + w2);
        r.type = uniform() < 0.7 ? PlaceType::Coworking : PlaceType::Fablab;
        return r;
    }

    QString typo(QString s)
    {
        if (s.size() < 4)
            return s;
        const int at = 1 + int(uniform() * double(s.size() - 2));
        const double k = uniform();
        if (k < 0.25)
            s.remove(at, 1);
        else if (k < 0.5)
            s.insert(at, s.at(at));
        else if (k < 0.75)
            std::swap(s[at], s[at - 1]);
        else
            s[at] = QChar(u'a' + int(uniform() * 26));
        return s;
    }

    MatchRecord duplicate(const MatchRecord& o, const QString& source, size_t index)
    {
        MatchRecord d = o;
        d.source = source;
        d.key = QString::number(index);
        const double k = uniform();
        if (k < 0.3)
            d.name = typo(d.name);
        else if (k < 0.45)
            d.name = d.name.toUpper();
        else if (k < 0.6)
            d.name = match::normaliseName(d.name).distinctive; // generic words dropped, accents gone
        else if (k < 0.7)
            d.name += QStringLiteral(" (fermé)");
        else if (k < 0.8)
            d.name = QStringLiteral("Coworking ") + d.name;
        // Geocoded again: mostly close, sometimes hundreds of metres, rarely over a kilometre.
        const double g = uniform();
        const double metres =
            g < 0.7 ? uniform() * 100 : (g < 0.95 ? 100 + uniform() * 400 : 500 + uniform() * 1000);
        const double angle = uniform() * 2 * M_PI;
        d.lat += metres * std::sin(angle) / 110540.0;
        d.lon += metres * std::cos(angle) / (111320.0 * std::cos(o.lat * M_PI / 180.0));
        if (uniform() < 0.3)
            d.address.clear();
        else if (uniform() < 0.3)
            d.address = typo(d.address);
        if (uniform() < 0.3)
            d.website.clear();
        if (uniform() < 0.5)
            d.twitter.clear();
        if (uniform() < 0.5)
            d.facebook.clear();
        if (uniform() < 0.2)
            d.postcode.clear();
        if (uniform() < 0.3)
            d.type = PlaceType::Unknown;
        if (uniform() < 0.03) { // no position at all: found by name, website or handle only
            d.lon = std::nan("");
            d.lat = std::nan("");
        }
        return d;
    }

    const Pool& m_pool;
    std::mt19937_64 m_rng;
};

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// Median and 95th percentile of durations in milliseconds.
QString medianAndP95(std::vector<double> ms)
{
    if (ms.empty())
        return QStringLiteral("-");
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))]; };
    return QStringLiteral("median %1 ms, p95 %2 ms").arg(at(0.5), 0, 'f', 1).arg(at(0.95), 0, 'f', 1);
}

// What the review panel does on the project of the last search: open the queue, open the next group
// (its pairs, the proposed merge, the records of its places), merge two places, split them, and
// batch-accept up to 10,000 groups in one step. Each through the edit façade, as in the window.
void reviewOnProject(const QString& projectPath, QTextStream& out)
{
    Store store(projectPath);
    QUndoStack stack;
    edit::Notifier notifier;
    edit::Session session{store, stack, notifier};
    QSqlDatabase& db = store.database();
    QElapsedTimer timer;
    timer.start();
    const std::vector<queries::ReviewGroup> queue = queries::reviewGroups(db);
    const double queueMs = double(timer.nsecsElapsed()) / 1e6;
    const auto placesOf = [&](qint64 group) {
        QList<qint64> places;
        for (const queries::ReviewPair& p : queries::groupPairs(db, group)) {
            for (qint64 id : {p.placeA, p.placeB}) {
                if (id > 0 && !places.contains(id))
                    places << id;
            }
        }
        return places;
    };
    std::vector<double> openMs;
    std::vector<double> mergeMs;
    std::vector<double> splitMs;
    QList<qint64> merged;
    const size_t sample = std::min<size_t>(200, queue.size());
    // Pair groups from the middle of the queue: "review" verdicts a person merges by hand.
    for (size_t i = 0; i < sample; ++i) {
        const qint64 group =
            queue[queue.size() / 2 + i * (queue.size() / 2) / std::max<size_t>(1, sample)].group;
        timer.restart();
        const QList<qint64> places = placesOf(group);
        if (places.size() < 2)
            continue;
        const qint64 kept = review::proposedKeptPlace(db, places);
        const review::MergeProposal proposal = review::proposeMerge(db, kept, places);
        for (qint64 id : places)
            placeQueries::records(db, id);
        openMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        if (!edit::mergePlaces(session, proposal.plan))
            continue;
        mergeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        merged << kept;
    }
    for (qint64 kept : std::as_const(merged)) {
        timer.restart();
        if (!edit::splitPlace(session, kept).isEmpty())
            splitMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<qint64> batch = queries::batchGroups(db, 0.9);
    if (batch.size() > 10000)
        batch.resize(10000);
    timer.restart();
    const int accepted =
        batch.empty() ? 0 : edit::acceptBatch(session, 0.9, QList<qint64>(batch.begin(), batch.end()));
    const double batchSeconds = double(timer.elapsed()) / 1000.0;
    timer.restart();
    if (accepted > 0)
        stack.undo();
    const double undoSeconds = double(timer.elapsed()) / 1000.0;
    out << QStringLiteral("  review: queue of %1 groups read in %2 ms; open a group %3; merge %4; split %5; "
                          "batch-accept %6 groups %7 s (its undo %8 s); peak %9 MB\n")
               .arg(queue.size())
               .arg(queueMs, 0, 'f', 0)
               .arg(medianAndP95(openMs), medianAndP95(mergeMs), medianAndP95(splitMs))
               .arg(accepted)
               .arg(batchSeconds, 0, 'f', 2)
               .arg(undoSeconds, 0, 'f', 2)
               .arg(peakMegabytes());
    out.flush();
}

// Writes the records as one CSV file per source into folder (for the import, or to match them with the
// command line: --write-csv); returns source → file.
QHash<QString, QString> writeCsv(const std::vector<MatchRecord>& records, const QString& folder)
{
    const QDir dir(folder);
    QHash<QString, QString> files;
    {
        QHash<QString, std::shared_ptr<QFile>> open;
        for (const MatchRecord& r : records) {
            auto& file = open[r.source];
            if (!file) {
                files.insert(r.source, dir.filePath(r.source + QStringLiteral(".csv")));
                file = std::make_shared<QFile>(files.value(r.source));
                if (!file->open(QIODevice::WriteOnly))
                    qFatal("cannot write %s", qPrintable(file->fileName()));
                file->write("id,name,address,postcode,website,twitter,facebook,type,lat,lon\n");
            }
            const QString type = r.type == PlaceType::Coworking ? QStringLiteral("coworking")
                                 : r.type == PlaceType::Fablab  ? QStringLiteral("fablab")
                                                                : QString();
            const QStringList fields{r.key,
                                     csvField(r.name),
                                     csvField(r.address),
                                     r.postcode,
                                     csvField(r.website),
                                     r.twitter,
                                     csvField(r.facebook),
                                     type,
                                     r.hasPosition() ? QString::number(r.lat, 'f', 7) : QString(),
                                     r.hasPosition() ? QString::number(r.lon, 'f', 7) : QString()};
            file->write(fields.join(QLatin1Char(',')).toUtf8() + '\n');
        }
    }
    return files;
}

// The window's path on a project made of the generated records: import, then MatchRunner run + save.
void throughProject(const std::vector<MatchRecord>& records, const std::vector<uint64_t>& planted,
                    QTextStream& out, bool review)
{
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("bench.recoupe"));
    QElapsedTimer timer;
    timer.start();
    const QHash<QString, QString> files = writeCsv(records, dir.path());
    {
        Store store(projectPath);
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            Importer(store).run(it.value(), {it.key(), QStringLiteral("generic")});
    }
    const double importSeconds = double(timer.restart()) / 1000.0;
    match::MatchSettings settings;
    match::MatchRunner runner(projectPath, settings);
    const match::MatchResult result = runner.run();
    const double matchSeconds = double(timer.restart()) / 1000.0;
    const qint64 kept = runner.save(result);
    const double saveSeconds = double(timer.elapsed()) / 1000.0;
    // Recall of planted pairs, through the records' keys (their index in the generated project).
    std::vector<uint64_t> found;
    for (const auto& p : result.pairs) {
        found.push_back(match::Blocker::pack(runner.records().at(p.a).key.toUInt(),
                                             runner.records().at(p.b).key.toUInt()));
    }
    std::sort(found.begin(), found.end());
    qint64 hit = 0;
    for (uint64_t p : planted)
        hit += std::binary_search(found.begin(), found.end(), p) ? 1 : 0;
    out << QStringLiteral("  through a project: import %1 s; read + match %2 s; keep %3 pairs %4 s; "
                          "window path %5 s; peak %6 MB; recall %7\n")
               .arg(importSeconds, 0, 'f', 1)
               .arg(matchSeconds, 0, 'f', 2)
               .arg(kept)
               .arg(saveSeconds, 0, 'f', 2)
               .arg(matchSeconds + saveSeconds, 0, 'f', 2)
               .arg(peakMegabytes())
               .arg(double(hit) / double(planted.size()), 0, 'f', 3);
    out.flush();
    if (review)
        reviewOnProject(projectPath, out);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList sizes{QStringLiteral("10000"), QStringLiteral("100000"), QStringLiteral("1000000")};
    int threads = 2;
    double minRecall = 0;
    int showFalse = 0; // print this many `same` pairs that were not planted, to look at
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--sizes"))
            sizes = args.at(++i).split(QLatin1Char(','));
        else if (args.at(i) == QLatin1String("--threads"))
            threads = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--min-recall"))
            minRecall = args.at(++i).toDouble();
        else if (args.at(i) == QLatin1String("--show-false"))
            showFalse = args.at(++i).toInt();
    }
    const bool viaProject = args.contains(QStringLiteral("--through-project"));
    QString csvFolder; // --write-csv FOLDER: also write each size's records there, to time the CLI on them
    if (const qsizetype at = args.indexOf(QStringLiteral("--write-csv")); at > 0 && at + 1 < args.size())
        csvFolder = args.at(at + 1);
    QTextStream out(stdout);
    const Pool pool = loadPool();
    out << QStringLiteral("pool: %1 real CGET records, %2 name words, %3 streets\n")
               .arg(pool.real.size())
               .arg(pool.words.size())
               .arg(pool.streets.size());
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("records"), 9)
               .arg(QStringLiteral("planted"), 8)
               .arg(QStringLiteral("compared"), 10)
               .arg(QStringLiteral("output"), 9)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("peak_MB"), 8)
               .arg(QStringLiteral("recall"), 7)
               .arg(QStringLiteral("recall_same"), 11)
               .arg(QStringLiteral("same_not_planted"), 16);
    out.flush();
    int status = 0;
    for (const QString& sizeText : sizes) {
        const size_t size = sizeText.toULong();
        Generator generator(pool, 20190 + unsigned(size));
        Generator::Project project = generator.make(size);
        match::MatchSettings settings;
        settings.threads = threads;
        match::Matcher matcher(settings);
        QElapsedTimer timer;
        timer.start();
        // Phases from the progress: normalising to 300, blocking to 500, scoring to 1000, then grouping.
        qint64 atBlocking = -1, atScoring = -1, atGrouping = -1;
        const match::MatchResult result = matcher.run(project.records, {}, [&](qint64 done, qint64) {
            if (done >= 300 && atBlocking < 0)
                atBlocking = timer.elapsed();
            if (done >= 500 && atScoring < 0)
                atScoring = timer.elapsed();
            if (done >= 1000 && atGrouping < 0)
                atGrouping = timer.elapsed();
            return true;
        });
        const double seconds = double(timer.elapsed()) / 1000.0;
        {
            const auto& g = result.statistics.groupSizes;
            qint64 small = 0;
            QStringList sizes;
            for (const auto& [records, count] : g.byRecords) {
                if (records <= 5)
                    small += count;
                sizes << QStringLiteral("%1×%2").arg(count).arg(records);
            }
            out << QStringLiteral("  review groups: %1, largest %2 records, %3 % of at most 5 records (%4)\n")
                       .arg(g.groups)
                       .arg(g.largest)
                       .arg(g.groups ? 100.0 * double(small) / double(g.groups) : 100.0, 0, 'f', 3)
                       .arg(sizes.join(QStringLiteral(", ")));
        }
        out << QStringLiteral("  phases (s): normalise %1, block %2, score %3, group %4\n")
                   .arg(atBlocking / 1000.0, 0, 'f', 2)
                   .arg((atScoring - atBlocking) / 1000.0, 0, 'f', 2)
                   .arg((atGrouping - atScoring) / 1000.0, 0, 'f', 2)
                   .arg(seconds - atGrouping / 1000.0, 0, 'f', 2);
        std::vector<uint64_t> found;
        std::vector<uint64_t> foundSame;
        for (const auto& p : result.pairs) {
            found.push_back(match::Blocker::pack(p.a, p.b));
            if (p.verdict == match::Verdict::Same)
                foundSame.push_back(found.back());
        }
        std::sort(found.begin(), found.end());
        std::sort(foundSame.begin(), foundSame.end());
        std::sort(project.planted.begin(), project.planted.end());
        qint64 hit = 0;
        qint64 hitSame = 0;
        for (uint64_t p : project.planted) {
            hit += std::binary_search(found.begin(), found.end(), p) ? 1 : 0;
            hitSame += std::binary_search(foundSame.begin(), foundSame.end(), p) ? 1 : 0;
        }
        const double recall = double(hit) / double(project.planted.size());
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(size, 9)
                   .arg(project.planted.size(), 8)
                   .arg(result.statistics.comparedPairs, 10)
                   .arg(result.pairs.size(), 9)
                   .arg(seconds, 8, 'f', 2)
                   .arg(peakMegabytes(), 8)
                   .arg(recall, 7, 'f', 3)
                   .arg(double(hitSame) / double(project.planted.size()), 11, 'f', 3)
                   .arg(qint64(foundSame.size()) - hitSame, 16);
        out.flush();
        int shown = 0;
        for (const auto& p : result.pairs) {
            if (shown >= showFalse)
                break;
            if (p.verdict != match::Verdict::Same ||
                std::binary_search(project.planted.begin(), project.planted.end(),
                                   match::Blocker::pack(p.a, p.b)))
                continue;
            ++shown;
            out << QStringLiteral("  not planted: %1 | %2 | %3 | %4 — %5 (%6)\n")
                       .arg(project.records[p.a].name, project.records[p.b].name,
                            project.records[p.a].website, project.records[p.b].website,
                            match::PairScorer::explain(p.evidence))
                       .arg(p.score, 0, 'f', 2);
        }
        if (!csvFolder.isEmpty()) {
            const QString folder = QDir(csvFolder).filePath(QString::number(project.records.size()));
            QDir().mkpath(folder);
            writeCsv(project.records, folder);
        }
        if (viaProject)
            throughProject(project.records, project.planted, out, args.contains(QStringLiteral("--review")));
        if (recall < minRecall)
            status = 1;
    }
    return status;
}
