// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark: a synthetic project of N places (rows of the real CGET file repeated with new IDs and
// jittered positions, as bench_import builds them), imported with its geography; then `recoupe-cli export`
// to CSV, GeoJSON, GeoPackage and XLSX (public, layout cget2019, recorded as a snapshot), each beside
// `ogr2ogr` converting the same rows (the exported CSV) between the same formats. Each program runs as
// its own process, so that time and peak memory (ru_maxrss) are measured alike.
//   bench_export [--rows 1000000] [--keep DIR] [--formats csv,geojson,gpkg,xlsx]
#include "TestSupport.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace recoupe;

namespace {

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

void generate(const QString& path, qint64 rows)
{
    QFile source(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")));
    if (!source.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    QList<QByteArray> lines = source.readAll().split('\n');
    const QByteArray header = lines.takeFirst();
    lines.removeAll(QByteArray());
    QList<QList<QByteArray>> templates;
    for (const QByteArray& line : lines)
        templates << splitCsv(line);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    out.write(header + '\n');
    QRandomGenerator random(20190320);
    for (qint64 i = 1; i <= rows; ++i) {
        QList<QByteArray> fields = templates.at(random.bounded(int(templates.size())));
        fields[0] = QByteArray::number(i);
        fields[1] += ' ' + QByteArray::number(i);
        fields[11] =
            QByteArray::number(fields[11].toDouble() + (random.generateDouble() - 0.5) * 0.02, 'f', 6);
        fields[12] =
            QByteArray::number(fields[12].toDouble() + (random.generateDouble() - 0.5) * 0.02, 'f', 6);
        out.write(joinCsv(fields) + '\n');
    }
}

struct Measure
{
    double seconds = -1;
    qint64 peakKiB = -1;
};

Measure runProcess(const QStringList& command)
{
    // Through /usr/bin/time: a child started from this process would inherit its peak RSS at exec (Linux
    // keeps the old address space's high-water mark), time's own is a few MiB.
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("time.txt"));
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(dir.filePath(QStringLiteral("stderr.txt")));
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"),
                  QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), report} +
                      command);
    process.waitForFinished(-1);
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    QFile f(report);
    f.open(QIODevice::ReadOnly);
    return {seconds, f.readAll().trimmed().split('\n').last().toLongLong()};
}

QString ogrDriver(const QString& format)
{
    if (format == QLatin1String("geojson"))
        return QStringLiteral("GeoJSON");
    if (format == QLatin1String("gpkg"))
        return QStringLiteral("GPKG");
    if (format == QLatin1String("xlsx"))
        return QStringLiteral("XLSX");
    return QStringLiteral("CSV");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Places to generate."), QStringLiteral("n"),
                      QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Keep the files in this folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("formats"), QStringLiteral("Formats to export."), QStringLiteral("list"),
                      QStringLiteral("csv,geojson,gpkg,xlsx")});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    QTemporaryDir temporary;
    const QString dir =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    QDir().mkpath(dir);
    const QString cli = QStringLiteral(RECOUPE_BIN_DIR "/recoupe-cli");
    QTextStream out(stdout);

    const QString csv = dir + QStringLiteral("/generated.csv");
    const QString projectPath = dir + QStringLiteral("/bench.recoupe");
    QElapsedTimer timer;
    timer.start();
    if (!QFile::exists(projectPath)) {
        generate(csv, rows);
        Store store(projectPath);
        const ImportReport report = Importer(store).run(csv, {});
        if (report.added != rows) {
            out << "FAILED: imported " << report.added << " of " << rows << '\n';
            return 1;
        }
        out << "project of " << rows << " places built in " << double(timer.elapsed()) / 1000.0 << " s\n";
    } else {
        out << "reusing " << projectPath << '\n';
    }
    out.flush();

    // The rows exported once as CSV: ogr2ogr's input, the same rows and columns as every export.
    const QString rowsCsv = dir + QStringLiteral("/rows.csv");
    const Measure first = runProcess({cli, QStringLiteral("--project"), projectPath, QStringLiteral("export"),
                                      rowsCsv, QStringLiteral("--public"), QStringLiteral("--no-record")});
    if (first.seconds < 0) {
        out << "FAILED: recoupe-cli export to CSV\n";
        return 1;
    }
    out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7\n")
               .arg("format", -8)
               .arg("recoupe s", 9)
               .arg("peak MiB", 8)
               .arg("ogr2ogr s", 9)
               .arg("peak MiB", 8)
               .arg("ratio", 6)
               .arg("MiB out", 7);
    bool ok = true;
    for (const QString& format : parser.value(QStringLiteral("formats")).split(u',')) {
        const QString target = dir + QStringLiteral("/snapshot.") + format;
        const Measure ours =
            runProcess({cli, QStringLiteral("--project"), projectPath, QStringLiteral("export"), target,
                        QStringLiteral("--format"), format, QStringLiteral("--public")});
        const QString ogrTarget = dir + QStringLiteral("/ogr2ogr.") + format;
        QFile::remove(ogrTarget);
        QStringList ogr{QStringLiteral("ogr2ogr"), QStringLiteral("-f"), ogrDriver(format), ogrTarget,
                        rowsCsv};
        if (format == QLatin1String("geojson") || format == QLatin1String("gpkg"))
            ogr << QStringLiteral("-oo") << QStringLiteral("X_POSSIBLE_NAMES=LONG") << QStringLiteral("-oo")
                << QStringLiteral("Y_POSSIBLE_NAMES=LAT") << QStringLiteral("-a_srs")
                << QStringLiteral("EPSG:4326");
        if (format == QLatin1String("geojson"))
            ogr << QStringLiteral("-lco") << QStringLiteral("RFC7946=YES");
        const Measure theirs = runProcess(ogr);
        ok = ok && ours.seconds >= 0;
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7\n")
                   .arg(format, -8)
                   .arg(ours.seconds, 9, 'f', 2)
                   .arg(ours.peakKiB / 1024, 8)
                   .arg(theirs.seconds, 9, 'f', 2)
                   .arg(theirs.peakKiB / 1024, 8)
                   .arg(theirs.seconds > 0 ? ours.seconds / theirs.seconds : 0.0, 6, 'f', 2)
                   .arg(QFileInfo(target).size() >> 20, 7);
        out.flush();
    }
    out << "project file after the snapshots: " << (QFileInfo(projectPath).size() >> 20) << " MiB\n";
    return ok ? 0 : 1;
}
