// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: a generated CSV of N rows in the CGET layout (rows of the real file, repeated with
// new IDs and jittered positions), imported into a new project; compared with `ogr2ogr -f GPKG` converting
// the same file on the same machine. Prints time and peak memory of both; then re-imports the same rows
// with one name in ten changed (the cost of updating a source, which once took 13 min at 300,000 rows).
#include "TestSupport.h"
#include "import/Importer.h"
#include "import/PreparedSource.h"
#include "import/RecordMapper.h"
#include "import/RowPipeline.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <sys/wait.h>

using namespace recoupe;

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Splits one CSV line of the real file (quotes respected) into fields.
QList<QByteArray> splitCsv(const QByteArray& line)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"') {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == ',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QByteArray joinCsv(const QList<QByteArray>& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        QByteArray f = fields.at(i);
        if (f.contains(',') || f.contains('"')) {
            f.replace("\"", "\"\"");
            f = '"' + f + '"';
        }
        out += f;
    }
    return out;
}

// `changedShare` of the rows get " (nouveau nom)" after their name: the same file otherwise.
void generate(const QString& path, qint64 rows, double changedShare = 0)
{
    QFile source(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")));
    if (!source.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    QList<QByteArray> lines = source.readAll().split('\n');
    const QByteArray header = lines.takeFirst();
    lines.removeAll(QByteArray());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    out.write(header + '\n');
    QRandomGenerator random(20190320);
    QRandomGenerator changes(3);
    QList<QList<QByteArray>> templates;
    for (const QByteArray& line : lines)
        templates << splitCsv(line);
    for (qint64 i = 1; i <= rows; ++i) {
        QList<QByteArray> fields = templates.at(random.bounded(int(templates.size())));
        fields[0] = QByteArray::number(i);
        fields[1] += ' ' + QByteArray::number(i);
        if (changes.generateDouble() < changedShare)
            fields[1] += " (nouveau nom)";
        fields[11] =
            QByteArray::number(fields[11].toDouble() + (random.generateDouble() - 0.5) * 0.02, 'f', 6);
        fields[12] =
            QByteArray::number(fields[12].toDouble() + (random.generateDouble() - 0.5) * 0.02, 'f', 6);
        out.write(joinCsv(fields) + '\n');
    }
}

struct Measure
{
    double seconds = 0;
    qint64 peakKiB = 0;
};

Measure runOgr2ogr(const QString& csv, const QString& gpkg)
{
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const QByteArray in = csv.toUtf8();
        const QByteArray out = gpkg.toUtf8();
        execlp("ogr2ogr", "ogr2ogr", "-f", "GPKG", out.constData(), in.constData(),
               static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    struct rusage usage
    {
    };
    wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return {-1, -1};
    return {double(timer.elapsed()) / 1000.0, usage.ru_maxrss};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows to generate."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("no-ogr2ogr"), QStringLiteral("Do not run the ogr2ogr comparison.")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the generated files in this folder."),
                      QStringLiteral("dir")});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();

    QTemporaryDir temporary;
    const QString dir =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    const QString csv = dir + QStringLiteral("/generated.csv");
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    generate(csv, rows);
    out << "generated " << rows << " rows, " << (QFileInfo(csv).size() >> 20) << " MiB in "
        << double(timer.elapsed()) / 1000.0 << " s\n";
    out.flush();
    const qint64 baselineKiB = peakRssKiB();

    Measure recoupe;
    {
        Store store(dir + QStringLiteral("/bench.recoupe"));
        timer.restart();
        const ImportReport report = Importer(store).run(csv, {});
        recoupe.seconds = double(timer.elapsed()) / 1000.0;
        if (report.added != rows) {
            out << "FAILED: imported " << report.added << " of " << rows << '\n';
            return 1;
        }
    }
    recoupe.peakKiB = peakRssKiB();
    out << QStringLiteral(
               "recoupe import : %1 rows in %2 s (%3 rows/s), peak RSS %4 MiB (%5 MiB before import)\n")
               .arg(rows)
               .arg(recoupe.seconds, 0, 'f', 2)
               .arg(qint64(double(rows) / recoupe.seconds))
               .arg(recoupe.peakKiB / 1024)
               .arg(baselineKiB / 1024);
    out << QStringLiteral("project file   : %1 MiB\n")
               .arg(QFileInfo(dir + QStringLiteral("/bench.recoupe")).size() >> 20);
    {
        const QString changed = dir + QStringLiteral("/generated-10pc-changed.csv");
        generate(changed, rows, 0.1);
        Store store(dir + QStringLiteral("/bench.recoupe"));
        timer.restart();
        const ImportReport report = Importer(store).run(changed, {});
        const double seconds = double(timer.elapsed()) / 1000.0;
        out << QStringLiteral("re-import      : %1 rows, %2 changed, in %3 s (%4 x the first import)\n")
                   .arg(report.rows)
                   .arg(report.changed)
                   .arg(seconds, 0, 'f', 2)
                   .arg(seconds / recoupe.seconds, 0, 'f', 2);
        out.flush();
        if (report.changed == 0 || report.added != 0) {
            out << "FAILED: the re-import changed " << report.changed << " and added " << report.added
                << '\n';
            return 1;
        }
    }
    {
        // Where the time goes: the same reading, mapping and serialising without SQLite (the floor of the
        // import's reading thread; the rest is SQLite's writing and indexing).
        timer.restart();
        PreparedSource prepared = prepareSource(csv, QString(), qint64(1) << 40);
        const RecordMapper mapper(prepared.resolved, prepared.reader->columns());
        RowPipeline pipeline(*prepared.reader, mapper);
        qint64 read = 0;
        while (pipeline.next())
            ++read;
        out << QStringLiteral("read+map only  : %1 rows in %2 s\n")
                   .arg(read)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2);
        out.flush();
    }
    if (!parser.isSet(QStringLiteral("no-ogr2ogr"))) {
        const Measure ogr = runOgr2ogr(csv, dir + QStringLiteral("/bench.gpkg"));
        out << QStringLiteral("ogr2ogr -f GPKG: %1 rows in %2 s, peak RSS %3 MiB\n")
                   .arg(rows)
                   .arg(ogr.seconds, 0, 'f', 2)
                   .arg(ogr.peakKiB / 1024);
        out << QStringLiteral("ratio recoupe/ogr2ogr: %1\n").arg(recoupe.seconds / ogr.seconds, 0, 'f', 2);
    }
    return 0;
}
