// SPDX-License-Identifier: GPL-3.0-or-later
// CsvSourceReader: quotes, ragged rows and encodings, and a property over random files: every line of a
// file is a record's first line, a line inside a quoted value, or blank.
#include "Error.h"
#include "TestSupport.h"
#include "import/CsvSourceReader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace recoupe;

namespace {

QString writeFile(const QTemporaryDir& dir, const QByteArray& content,
                  const QString& name = QStringLiteral("t.csv"))
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

struct ReadBack
{
    QList<SourceRow> rows;
    QStringList notes;
};

ReadBack readAll(const QString& path)
{
    CsvSourceReader reader(path);
    ReadBack out;
    SourceRow row;
    while (reader.next(row))
        out.rows << row;
    out.notes = reader.notes();
    return out;
}

QString problemsOf(const SourceRow& row)
{
    QStringList out;
    for (const ReadProblem& p : row.problems)
        out << p.column + QLatin1String(": ") + p.message;
    return out.join(QLatin1String(" | "));
}

} // namespace

class TestCsvSourceReader : public QObject
{
    Q_OBJECT
private slots:
    // Each case: the file, the records it gives, and for one line what the reader says of it
    // (empty: nothing said), and the value of NOM_TL on that line.
    void cases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("name");
        const QByteArray header = "ID,NOM_TL,LAT,LONG\n";
        QTest::newRow("mid-field quote read literally")
            << header +
                   "1,Alpha,47.1,-1.5\n2,Cowork 12\" pouces,47.2,-1.5\n3,Gamma,47.3,-1.5\n4,Delta,47.4,-1.5\n"
            << 4 << 3 << QString() << QStringLiteral("Cowork 12\" pouces");
        QTest::newRow("stray opening quote swallows nothing")
            << header + "1,Alpha,47.1,-1.5\n2,\"Beta,47.2,-1.5\n3,Gamma,47.3,-1.5\n4,\"Delta\",47.4,-1.5\n"
            << 4 << 3 << QStringLiteral("NOM_TL: the quote that opens") << QStringLiteral("\"Beta");
        QTest::newRow("quote not doubled inside a quoted value")
            << header + "1,\"Le \"Lab\" de X\",47.1,-1.5\n"
            << 1 << 2 << QStringLiteral("not doubled") << QStringLiteral("\"Le \"Lab\" de X\"");
        QTest::newRow("quoted value over two lines")
            << header + "1,\"Alpha\nsuite\",47.1,-1.5\n2,Beta,47.2,-1.5\n"
            << 2 << 2 << QString() << QStringLiteral("Alpha\nsuite");
        QTest::newRow("doubled quotes and delimiters inside quotes")
            << header + "1,\"Le \"\"Lab\"\", Nantes\",\"47,1\",-1.5\n"
            << 1 << 2 << QString() << QStringLiteral("Le \"Lab\", Nantes");
        QTest::newRow("extra fields kept")
            << header + "1,Alpha,47.1,-1.5,extra\n"
            << 1 << 2 << QStringLiteral(": 5 fields, the header has 4; the extra values are kept as field_5")
            << QStringLiteral("Alpha");
        QTest::newRow("missing fields reported")
            << header + "1,Beta,47.2\n"
            << 1 << 2 << QStringLiteral(": 3 fields, the header has 4; LONG left empty")
            << QStringLiteral("Beta");
        QTest::newRow("invalid UTF-8 in one value")
            << header + "1,Caf\xc3\xa9 \xc3\xa0 Ch\xc3\xa2telier,47.1,-1.5\n2,Co-\xff\xfe"
                        "Factory,47.2,-1.5\n"
            << 2 << 3 << QStringLiteral("NOM_TL: the value is not valid UTF-8")
            << QString::fromLatin1("Co-\xff\xfe"
                                   "Factory");
        QTest::newRow("crlf and blank lines")
            << QByteArray("ID,NOM_TL,LAT,LONG\r\n1,Alpha,47.1,-1.5\r\n\r\n3,Gamma,47.3,-1.5\r\n") << 2 << 4
            << QString() << QStringLiteral("Gamma");
        QTest::newRow("semicolon") << QByteArray("ID;NOM_TL;LAT;LONG\n1;Alpha, the first;47,1;-1,5\n") << 1
                                   << 2 << QString() << QStringLiteral("Alpha, the first");
    }
    void cases()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, records);
        QFETCH(int, line);
        QFETCH(QString, problem);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const ReadBack read = readAll(writeFile(dir, content));
        QCOMPARE(read.rows.size(), records);
        const SourceRow* found = nullptr;
        for (const SourceRow& row : read.rows) {
            if (row.line == line)
                found = &row;
        }
        QVERIFY2(found, "no record starts on that line");
        QCOMPARE(found->value(QStringLiteral("NOM_TL")), name);
        if (problem.isEmpty())
            QVERIFY2(found->problems.isEmpty(), qPrintable(problemsOf(*found)));
        else
            QVERIFY2(problemsOf(*found).contains(problem), qPrintable(problemsOf(*found)));
        for (const SourceRow& row : read.rows) {
            if (&row != found && problem.isEmpty())
                QVERIFY2(row.problems.isEmpty(), qPrintable(problemsOf(row)));
        }
    }

    // A quote that never closes would make the rest of the file one value: refused, with its line.
    void quoteThatNeverClosesIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("at the end") << QByteArray("ID,NOM_TL,LAT,LONG\n1,\"unterminated,47.2,-1.5\n")
                                    << QStringLiteral(
                                           "the quote that opens line 2 (column NOM_TL) never closes");
        QTest::newRow("before more rows")
            << QByteArray("ID,NOM_TL,LAT,LONG\n1,Alpha,47.1,-1.5\n2,Beta,\"47.2,-1.5\n3,Gamma,47.3,-1.5\n")
            << QStringLiteral("the quote that opens line 3 (column LAT) never closes");
    }
    void quoteThatNeverClosesIsRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        try {
            readAll(writeFile(dir, content));
            QFAIL("expected a refusal");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(message) && e.message().contains(QLatin1String("t.csv")),
                     qPrintable(e.message()));
        }
    }

    void extraFieldsAreInTheAttributes()
    {
        QTemporaryDir dir;
        const ReadBack read = readAll(writeFile(dir, "ID,NOM_TL,LAT,LONG\n1,Alpha,47.1,-1.5,extra,more\n"));
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(
            read.rows.first().attributesJson(),
            QByteArray(
                R"({"ID":"1","NOM_TL":"Alpha","LAT":"47.1","LONG":"-1.5","field_5":"extra","field_6":"more"})"));
    }

    // Records cut by the reader's 1 MiB blocks come out whole: three cuts per file, shifted by padding
    // the first record, so that they fall inside quotes, on doubled quotes, between \r and \n...
    void recordsAcrossBlocksComeOutWhole_data()
    {
        QTest::addColumn<int>("padding");
        for (const int padding : {0, 1, 2, 3, 5, 8, 13, 21, 34, 55})
            QTest::newRow(qPrintable(QString::number(padding))) << padding;
    }
    void recordsAcrossBlocksComeOutWhole()
    {
        QFETCH(int, padding);
        QTemporaryDir dir;
        QByteArray content = "ID,NOM_TL,LAT,LONG\r\n";
        QStringList names;
        for (int i = 1; content.size() < 3 * (1 << 20); ++i) {
            const QByteArray name = "Lieu \"\"" + QByteArray::number(i) + "\"\"\r\nsur deux lignes, " +
                                    QByteArray(i == 1 ? padding : i % 97, 'x') + " Ch\xc3\xa2telier";
            names << QString::fromUtf8(QByteArray(name).replace("\"\"", "\""));
            content +=
                QByteArray::number(i) + ",\"" + name + "\",47." + QByteArray::number(i % 10) + ",-1.5\r\n";
        }
        const ReadBack read = readAll(writeFile(dir, content));
        QCOMPARE(read.rows.size(), names.size());
        qint64 line = 2;
        for (qsizetype i = 0; i < read.rows.size(); ++i) {
            const SourceRow& row = read.rows.at(i);
            QCOMPARE(row.line, line);
            QCOMPARE(row.value(QStringLiteral("NOM_TL")), names.at(i));
            QCOMPARE(row.value(QStringLiteral("LONG")), QStringLiteral("-1.5"));
            QVERIFY2(row.problems.isEmpty(), qPrintable(problemsOf(row)));
            line += 2;
        }
        // Every value spans two lines: worth a note, and it names the longest span.
        QVERIFY2(
            read.notes.join(QLatin1Char(' ')).contains(QLatin1String("(the longest from line 2 to line 3)")),
            qPrintable(read.notes.join(' ')));
    }

    void nulByteIsRefusedWithItsLine()
    {
        QTemporaryDir dir;
        QByteArray content = "ID,NOM_TL,LAT,LONG\n";
        for (int i = 1; i < 300; ++i)
            content += QByteArray::number(i) + ",Lieu numero " + QByteArray::number(i) + ",47.1,-1.5\n";
        content += QByteArray("300,Lieu\0,47.1,-1.5\n", 20);
        try {
            readAll(writeFile(dir, content));
            QFAIL("a NUL byte must be refused");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("line 301")) &&
                         e.message().contains(QLatin1String("t.csv")),
                     qPrintable(e.message()));
        }
    }

    void latin1FileIsNoted()
    {
        const ReadBack read = readAll(test::dataPath(QStringLiteral("bad/latin1.csv")));
        QCOMPARE(read.rows.size(), 10);
        QVERIFY2(read.notes.join(QLatin1Char(' ')).contains(QLatin1String("Latin-1")),
                 qPrintable(read.notes.join(' ')));
        for (const SourceRow& row : read.rows)
            QVERIFY2(row.problems.isEmpty(), qPrintable(problemsOf(row)));
    }

    void fewerRecordsThanLinesIsNoted()
    {
        QTemporaryDir dir;
        QByteArray content = "ID,NOM_TL,LAT,LONG\n";
        for (int i = 1; i <= 5; ++i)
            content += QByteArray::number(i) + ",\"Lieu\nsur\nquatre\nlignes\",47.1,-1.5\n";
        const ReadBack read = readAll(writeFile(dir, content));
        QCOMPARE(read.rows.size(), 5);
        QVERIFY2(
            read.notes.join(QLatin1Char(' ')).contains(QLatin1String("20 lines of data but gives 5 records")),
            qPrintable(read.notes.join(' ')));
    }

    void realFileWithOneStrayQuote()
    {
        // Line 101 of the CGET file with a quote opening its second field: GDAL gave 100 records.
        QFile original(test::dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = original.readAll().split('\n');
        const qsizetype comma = lines[100].indexOf(',') + 1;
        lines[100].insert(comma, '"');
        QTemporaryDir dir;
        const ReadBack read = readAll(writeFile(dir, lines.join('\n')));
        QCOMPARE(read.rows.size(), 1512);
        QCOMPARE(read.rows.at(99).line, 101);
        QVERIFY(!read.rows.at(99).problems.isEmpty());
        QCOMPARE(read.rows.at(100).value(QStringLiteral("ID")), QStringLiteral("101"));
    }

    // Random files made of the pieces that break readers (quotes anywhere, delimiters, line breaks inside
    // quotes, CRLF, blank lines, ragged rows, bytes that are not UTF-8): the records, their line breaks
    // inside values and the blank lines account for every line, each record's line is where it starts,
    // and a record whose number of fields differs from the header's says so.
    void everyLineIsAccountedFor()
    {
        QRandomGenerator random(20261201);
        const QList<QByteArray> pieces{"a", "Lieu", "12\" pouces", "\"", "\"\"",
                                       ",", "\xff", "é",           " ",  "x\"y"};
        QTemporaryDir dir;
        int refused = 0;
        for (int file = 0; file < 300; ++file) {
            QByteArray content = "ID,NOM_TL,LAT,LONG\n";
            const int lines = 1 + int(random.bounded(30));
            for (int l = 0; l < lines; ++l) {
                const int kind = int(random.bounded(10));
                if (kind == 0) {
                    content += random.bounded(2) ? "\n" : "\r\n";
                    continue;
                }
                const int fields = kind == 1 ? 1 + int(random.bounded(7)) : 4;
                for (int f = 0; f < fields; ++f) {
                    if (f)
                        content += ',';
                    if (random.bounded(6) == 0) {
                        content += '"';
                        content +=
                            QByteArray(pieces.at(int(random.bounded(pieces.size())))).replace("\"", "\"\"");
                        if (random.bounded(3) == 0)
                            content += "\nsuite";
                        if (random.bounded(8) != 0)
                            content += '"';
                    } else {
                        for (int p = int(random.bounded(3)); p >= 0; --p) {
                            const QByteArray& piece = pieces.at(int(random.bounded(pieces.size())));
                            if (piece != ",")
                                content += piece;
                        }
                    }
                }
                content += random.bounded(4) ? "\n" : "\r\n";
            }
            const QString path = writeFile(dir, content);
            const qint64 dataLines = content.count('\n') - 1;
            ReadBack read;
            const QList<QByteArray> physical = content.split('\n');
            try {
                read = readAll(path);
            } catch (const Error& e) {
                // Only a quote that never closes refuses a file, and the line named holds a quote.
                static const QRegularExpression named(QStringLiteral("opens line (\\d+)"));
                const auto m = named.match(e.message());
                QVERIFY2(m.hasMatch(), qPrintable(e.message()));
                QVERIFY2(physical.value(m.captured(1).toInt() - 1).contains('"'), qPrintable(e.message()));
                ++refused;
                continue;
            }
            qint64 accounted = 0;
            qint64 expectedLine = 2;
            for (const SourceRow& row : std::as_const(read.rows)) {
                QVERIFY(row.line >= expectedLine);
                for (qint64 blank = expectedLine; blank < row.line; ++blank) {
                    QVERIFY2(
                        physical.at(blank - 1).isEmpty() || physical.at(blank - 1) == "\r",
                        qPrintable(
                            QStringLiteral("file %1: line %2 skipped but not blank").arg(file).arg(blank)));
                    ++accounted;
                }
                qint64 breaks = 0;
                for (const QString& value : row.values)
                    breaks += value.count(QLatin1Char('\n'));
                accounted += 1 + breaks;
                expectedLine = row.line + 1 + breaks;
                const qsizetype fields = row.values.size();
                bool ragged = false;
                for (const ReadProblem& p : row.problems)
                    ragged |= p.message.contains(QLatin1String("the header has 4"));
                QVERIFY2((fields == 4 && !ragged) || ragged,
                         qPrintable(QStringLiteral("file %1 line %2: %3 fields, not reported")
                                        .arg(file)
                                        .arg(row.line)
                                        .arg(fields)));
            }
            for (qint64 blank = expectedLine; blank <= dataLines + 1; ++blank) {
                if (blank - 1 < physical.size() &&
                    (physical.at(blank - 1).isEmpty() || physical.at(blank - 1) == "\r"))
                    ++accounted;
            }
            QVERIFY2(accounted == dataLines,
                     qPrintable(QStringLiteral("file %1: %2 of %3 lines accounted for\n%4")
                                    .arg(file)
                                    .arg(accounted)
                                    .arg(dataLines)
                                    .arg(QString::fromLatin1(content))));
        }
        QVERIFY2(refused < 150, qPrintable(QString::number(refused))); // most files are read
    }
};

QTEST_GUILESS_MAIN(TestCsvSourceReader)
#include "tst_csv_source_reader.moc"
