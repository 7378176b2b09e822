// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/Exporter.h"

#include "Error.h"
#include "export/CellSafety.h"
#include "export/ExportColumns.h"
#include "export/PlaceRowReader.h"
#include "export/SnapshotContent.h"
#include "export/SnapshotFileWriter.h"
#include "export/SnapshotMetadata.h"
#include "export/WriterThread.h"
#include "store/AuditLog.h"
#include "store/SnapshotStore.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtEndian>

#include <cerrno>
#include <cstring>

#include <cstdio>

namespace recoupe::exporting {

namespace {

QString message(const char* text)
{
    return QCoreApplication::translate("Export", text);
}

// A temporary name beside the output (same folder, so that rename() is atomic), with the output's
// extension, which some GDAL drivers want.
QString temporaryPath(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".%1.part-%2.%3")
                                   .arg(info.completeBaseName())
                                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                                   .arg(info.suffix()));
}

// The temporary files of one export, removed unless committed.
class TemporaryFiles
{
public:
    ~TemporaryFiles()
    {
        for (const auto& [temporary, final] : m_files)
            QFile::remove(temporary);
    }
    QString add(const QString& final)
    {
        const QString t = temporaryPath(final);
        m_files.append({t, final});
        return t;
    }
    // Renames every temporary file over its final name (rename(2) replaces atomically).
    void commit()
    {
        for (const auto& [temporary, final] : m_files) {
            if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(final).constData()) !=
                0)
                throw Error(QCoreApplication::translate("Export", "Cannot write %1: %2")
                                .arg(final, QString::fromLocal8Bit(std::strerror(errno))));
        }
        m_files.clear();
    }

private:
    QList<std::pair<QString, QString>> m_files;
};

void writeJson(const QString& path, const QJsonObject& json)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.flush())
        throw Error(
            QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, file.errorString()));
}

QString sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        throw Error(
            QCoreApplication::translate("Export", "Cannot read back %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

void scrubRow(PlaceRow& r, PersonalDataScrubber& s)
{
    for (QString* text :
         {&r.fields.name, &r.fields.address, &r.fields.commune, &r.fields.website, &r.fields.twitter,
          &r.fields.facebook, &r.exclusionReason, &r.cominit, &r.geocod, &r.nomcommetro, &r.comclass})
        *text = s.scrub(*text);
    r.contact.clear();
    r.email.clear();
    r.phone.clear();
}

} // namespace

Exporter::Exporter(Store& store) : m_store(store) {}

QString Exporter::suggestedFileName(Format format, const QDate& date)
{
    return QStringLiteral("%1_recoupe_tiers-lieux.%2")
        .arg(date.toString(QStringLiteral("yyyyMMdd")), formatExtension(format));
}

QString Exporter::metadataPath(const QString& outputPath)
{
    const QFileInfo info(outputPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".metadata.json"));
}

QString Exporter::schemaPath(const QString& outputPath)
{
    const QFileInfo info(outputPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".schema.json"));
}

void Exporter::checkOutputPath(const QString& outputPath, const QString& projectPath)
{
    if (outputPath.trimmed().isEmpty())
        throw Error(message("No output file given"));
    const QFileInfo out(outputPath);
    if (out.isDir())
        throw Error(
            QCoreApplication::translate("Export", "%1 is a folder: give a file name").arg(outputPath));
    if (!out.dir().exists())
        throw Error(QCoreApplication::translate("Export", "The folder of %1 does not exist").arg(outputPath));
    const QFileInfo project(projectPath);
    const QString projectFile =
        project.canonicalFilePath().isEmpty() ? project.absoluteFilePath() : project.canonicalFilePath();
    for (const QString& candidate : {outputPath, metadataPath(outputPath), schemaPath(outputPath)}) {
        const QFileInfo c(candidate);
        const QString file =
            c.exists() ? c.canonicalFilePath() : QDir(c.dir().canonicalPath()).filePath(c.fileName());
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            if (file == projectFile + suffix)
                throw Error(QCoreApplication::translate("Export", "%1 is the project itself: choose another "
                                                                  "file for the snapshot")
                                .arg(candidate));
        }
    }
    if (out.suffix().compare(QLatin1String("recoupe"), Qt::CaseInsensitive) == 0)
        throw Error(QCoreApplication::translate("Export", "%1 would be taken for a Recoupe project: choose "
                                                          "another extension")
                        .arg(outputPath));
    if (out.exists()) {
        QFile existing(outputPath);
        if (existing.open(QIODevice::ReadOnly)) {
            const QByteArray head = existing.read(72);
            // A SQLite file with Recoupe's application_id (bytes 68–71): another project, never overwritten.
            if (head.startsWith("SQLite format 3") && head.size() >= 72 &&
                qFromBigEndian<qint32>(head.constData() + 68) == Store::ApplicationId)
                throw Error(QCoreApplication::translate("Export",
                                                        "%1 is a Recoupe project: choose another file "
                                                        "for the snapshot")
                                .arg(outputPath));
        }
    }
}

ExportResult Exporter::run(const QString& outputPath, const ExportOptions& options,
                           const ExportProgress& progress)
{
    QElapsedTimer timer;
    timer.start();
    checkOutputPath(outputPath, m_store.path());
    const QString output = QFileInfo(outputPath).absoluteFilePath();
    QSqlDatabase& db = m_store.database();
    const QList<Column> columns = layoutColumns(options.layout, options.publicOnly);
    const bool neutralise = options.format == Format::Csv || options.format == Format::Xlsx;

    ExportResult result;
    result.file = output;
    result.metadataFile = metadataPath(output);
    result.schemaFile = schemaPath(output);
    if (options.publicOnly)
        result.omittedColumns = personalColumns(options.layout);

    // One transaction: the rows written and the rows recorded are the same state of the project, and a
    // failure records nothing.
    // A plain export (not recorded) only reads: one SELECT is already a consistent view in WAL mode.
    std::optional<sql::Transaction> transaction;
    if (options.record)
        transaction.emplace(db);
    SnapshotFacts facts;
    facts.fileName = QFileInfo(output).fileName();
    facts.createdAt = Store::now();
    snapshots::SnapshotRecorder recorder(db);
    if (options.record) {
        snapshots::SnapshotInfo info;
        info.at = facts.createdAt;
        info.user = Store::currentUser();
        info.layout = layoutKey(options.layout);
        info.format = formatKey(options.format);
        info.isPublic = options.publicOnly;
        info.filter = options.filterDescription;
        info.file = output;
        result.snapshotId = recorder.begin(info);
    }

    TemporaryFiles temporaries;
    const QString temporary = temporaries.add(output);
    PlaceRowReader::Needs needs;
    needs.attributes = options.layout == Layout::Cget2019;
    needs.personal = !options.publicOnly;
    PlaceRowReader reader(db, options.filter, needs);
    const qint64 total = reader.count();
    if (progress && !progress(0, total))
        throw Cancelled();
    {
        WriterThread writer(SnapshotFileWriter::create(options, temporary, columns));
        PersonalDataScrubber scrubber;
        PlaceRow row;
        QVariantList values;
        values.reserve(columns.size());
        while (reader.next(row)) {
            if (options.publicOnly)
                scrubRow(row, scrubber);
            layoutValues(options.layout, options.publicOnly, row, values);
            if (neutralise) {
                for (QVariant& v : values) {
                    if (v.typeId() == QMetaType::QString && needsNeutralising(v.toString())) {
                        v = neutralised(v.toString());
                        ++result.formulasNeutralised;
                    }
                }
            }
            writer.write(values, row.fields.lon, row.fields.lat);
            values.reserve(columns.size());
            if (options.record) {
                const QByteArray encoded = content::encode(content::values(row));
                recorder.add(row.id, content::digest(encoded), encoded);
            }
            ++facts.places;
            ++facts.byType[row.typeKey];
            ++facts.byRegion[row.regionCode];
            if (!row.regionCode.isEmpty() && !facts.regionNames.contains(row.regionCode))
                facts.regionNames.insert(row.regionCode, row.region);
            if (row.updatedAt > facts.lastUpdate)
                facts.lastUpdate = row.updatedAt;
            if (progress && facts.places % 1000 == 0 && !progress(facts.places, total))
                throw Cancelled();
        }
        writer.finish();
        result.sha256 = writer.sha256();
        result.emailsRemoved = scrubber.emailsRemoved();
        result.phonesRemoved = scrubber.phonesRemoved();
    }
    if (progress && !progress(facts.places, total))
        throw Cancelled();
    result.places = facts.places;
    facts.lastUpdate = facts.lastUpdate.left(10);
    if (result.sha256.isEmpty())
        result.sha256 = sha256Of(temporary);
    facts.sha256 = result.sha256;

    QJsonObject counts{{QStringLiteral("by_type"), QJsonObject()},
                       {QStringLiteral("by_region"), QJsonObject()}};
    {
        QJsonObject byType, byRegion;
        for (auto it = facts.byType.cbegin(); it != facts.byType.cend(); ++it)
            byType.insert(it.key(), it.value());
        for (auto it = facts.byRegion.cbegin(); it != facts.byRegion.cend(); ++it)
            byRegion.insert(it.key(), it.value());
        counts = {{QStringLiteral("by_type"), byType}, {QStringLiteral("by_region"), byRegion}};
    }
    writeJson(temporaries.add(result.schemaFile), tableSchema(options, columns));
    writeJson(temporaries.add(result.metadataFile),
              metadataJson(db, options, facts, result, QFileInfo(result.schemaFile).fileName()));
    if (options.record) {
        recorder.finish(result.places, output, result.sha256, counts);
        audit::append(db, {QStringLiteral("export"), QStringLiteral("snapshot"), result.snapshotId, QString(),
                           QVariant(), output,
                           QJsonObject{{QStringLiteral("places"), result.places},
                                       {QStringLiteral("format"), formatKey(options.format)},
                                       {QStringLiteral("layout"), layoutKey(options.layout)},
                                       {QStringLiteral("public"), options.publicOnly},
                                       {QStringLiteral("filter"), options.filterDescription},
                                       {QStringLiteral("sha256"), result.sha256}}});
    }
    temporaries.commit();
    if (transaction)
        transaction->commit();
    result.seconds = double(timer.elapsed()) / 1000.0;
    return result;
}

} // namespace recoupe::exporting
