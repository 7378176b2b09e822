// SPDX-License-Identifier: GPL-3.0-or-later
// Random mutations of the real files (the CGET 2019 CSV and GeoJSON, the Breton map's GeoJSON), each
// imported into a project that already holds a source: no crash, no damaged project, and either a refusal
// with a sentence that leaves the project exactly as it was, or an import that stores every record it
// read. Mutations that cannot move a line or a quote (a letter changed, a few characters of one line cut)
// must give every record of the file. `RECOUPE_MUTATIONS=N` runs N of each kind by hand (default 3, for CI).
#include "Error.h"
#include "TestSupport.h"
#include "import/Importer.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace recoupe;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// Everything a refused import must leave as it was: each table's rows, hashed.
QByteArray projectDigest(QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"source", "import_run", "raw_record", "place", "place_record", "audit_log"}) {
        QSqlQuery q =
            sql::exec(db, QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                hash.addData(q.value(c).toString().toUtf8() + '\x1f');
    }
    return hash.result();
}

enum class Mutation
{
    ByteInserted, // a quote, delimiter, line break, NUL, invalid UTF-8 ... anywhere
    RangeDeleted, // up to 200 bytes, across lines
    Truncated,    // the file cut anywhere
    LineDoubled,  // one line written twice
    LetterChanged // one letter of a value changed: cannot move a line or a quote
};

QByteArray mutate(QByteArray content, Mutation mutation, QRandomGenerator& random)
{
    static const QByteArray bytes("\",;\n\r\t\0\xff\xc3{}[]:", 15);
    const qsizetype at = 1 + qsizetype(random.bounded(quint64(content.size() - 2)));
    switch (mutation) {
    case Mutation::ByteInserted:
        content.insert(at, bytes.at(qsizetype(random.bounded(quint64(bytes.size())))));
        break;
    case Mutation::RangeDeleted:
        content.remove(at, qsizetype(1 + random.bounded(200)));
        break;
    case Mutation::Truncated:
        content.truncate(at);
        break;
    case Mutation::LineDoubled: {
        const qsizetype start = content.lastIndexOf('\n', at) + 1;
        const qsizetype end = content.indexOf('\n', at);
        if (start > 0 && end > start)
            content.insert(end + 1, content.mid(start, end - start + 1));
        break;
    }
    case Mutation::LetterChanged:
        for (qsizetype i = at; i < content.size(); ++i)
            if (content.at(i) >= 'a' && content.at(i) <= 'z') {
                content[i] = char('a' + (content.at(i) - 'a' + 1 + int(random.bounded(24))) % 26);
                break;
            }
        break;
    }
    return content;
}

} // namespace

class TestImportMutations : public QObject
{
    Q_OBJECT
private slots:
    void mutations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("records");
        QTest::newRow("CGET CSV") << "cget/CGET_TiersLieux_2019.csv"
                                  << "cget-2019" << 1512;
        QTest::newRow("CGET GeoJSON") << "cget/CGET_TiersLieux_2019.geojson"
                                      << "cget-2019" << 1512;
        QTest::newRow("Breton map GeoJSON") << "sources/bzh_fablab_2018-08-15.geojson"
                                            << "" << -1;
    }

    void mutations()
    {
        QFETCH(QString, file);
        QFETCH(QString, profile);
        QFETCH(int, records);
        const QByteArray original = readFile(test::dataPath(file));
        const int perKind = qEnvironmentVariableIntValue("RECOUPE_MUTATIONS") > 0
                                ? qEnvironmentVariableIntValue("RECOUPE_MUTATIONS")
                                : 3;
        QRandomGenerator random(20261201);
        QTemporaryDir dir;
        const QString extension = file.section(QLatin1Char('.'), -1);
        int refused = 0, imported = 0;
        for (int kind = 0; kind <= int(Mutation::LetterChanged); ++kind) {
            for (int n = 0; n < perKind; ++n) {
                const QByteArray content = mutate(original, Mutation(kind), random);
                const QString path =
                    dir.filePath(QStringLiteral("m%1-%2.%3").arg(kind).arg(n).arg(extension));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(content);
                out.close();
                const QString label = QStringLiteral("%1, mutation %2 #%3").arg(file).arg(kind).arg(n);
                // A project holding another source, made anew for each file (a large project would make
                // each import slower, not the test stronger).
                test::TemporaryProject project;
                auto store = project.open();
                QSqlDatabase& db = store->database();
                Importer(*store).run(test::dataPath(QStringLiteral("check/handmade.csv")),
                                     {QStringLiteral("handmade"), QStringLiteral("generic")});
                const QByteArray before = projectDigest(db);
                const QString source = QStringLiteral("mutated");
                try {
                    const ImportReport report = Importer(*store).run(path, {source, profile});
                    ++imported;
                    const qint64 stored =
                        sql::scalar(db,
                                    QStringLiteral("SELECT count(*) FROM raw_record r JOIN source s ON "
                                                   "s.id = r.source_id WHERE s.name = ? AND r.removed = 0"),
                                    {source})
                            .toLongLong();
                    // Every record read is stored (a key seen twice is one record, and says so).
                    qint64 duplicates = 0;
                    for (const ImportProblem& p : report.problems)
                        duplicates += p.message.contains(QLatin1String("key")) ? 1 : 0;
                    QVERIFY2(stored >= report.rows - duplicates && stored <= report.rows,
                             qPrintable(QStringLiteral("%1: %2 read, %3 stored")
                                            .arg(label)
                                            .arg(report.rows)
                                            .arg(stored)));
                    if (records > 0 && Mutation(kind) == Mutation::LetterChanged)
                        QVERIFY2(report.rows == records, qPrintable(label));
                } catch (const Cancelled&) {
                    QFAIL(qPrintable(label + QStringLiteral(": cancelled")));
                } catch (const Error& e) {
                    ++refused;
                    QVERIFY2(!e.message().trimmed().isEmpty(), qPrintable(label));
                    QVERIFY2(!e.message().contains(QLatin1String("INSERT")) &&
                                 !e.message().contains(QLatin1String("SELECT")),
                             qPrintable(label + QStringLiteral(": ") + e.message()));
                    QVERIFY2(projectDigest(db) == before,
                             qPrintable(label + QStringLiteral(": project changed")));
                }
                QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                         QStringLiteral("ok"));
            }
        }
        qInfo().noquote() << file << ":" << imported << "imported," << refused << "refused";
        QVERIFY(imported > 0);
    }
};

QTEST_GUILESS_MAIN(TestImportMutations)
#include "tst_import_mutations.moc"
