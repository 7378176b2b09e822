// SPDX-License-Identifier: GPL-3.0-or-later
// The count of a CSV file's characters beyond ASCII and of its invalid UTF-8, by which an import chooses
// between UTF-8 and Latin-1: the same figures as decoding the file with QStringDecoder, whatever the bytes
// and wherever the blocks are cut.
#include "import/TextDecoding.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

using namespace recoupe;

namespace {

// What decoding the whole file counts (the scan decoded it before; its decoder kept a truncated last
// character pending and never counted it, which this one does).
std::pair<qint64, qint64> decoded(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    qint64 nonAscii = 0, invalid = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        if (c == QChar::ReplacementCharacter)
            ++invalid;
        else
            ++nonAscii;
    }
    return {nonAscii, invalid};
}

// The census, fed in blocks of `blockSize` bytes with what a block left carried over, as the scan does.
std::pair<qint64, qint64> counted(const QByteArray& bytes, qsizetype blockSize)
{
    Utf8Census census;
    QByteArray carried;
    for (qsizetype at = 0; at < bytes.size(); at += blockSize) {
        const QByteArray block = carried + bytes.mid(at, blockSize);
        carried = block.mid(census.add(block.constData(), block.size(), false));
    }
    census.add(carried.constData(), carried.size(), true);
    return {census.nonAscii, census.invalid};
}

} // namespace

class TestUtf8Census : public QObject
{
    Q_OBJECT

private slots:
    void asDecoded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("ascii") << QByteArray("ID,NOM\n1,Coworking de la gare\n");
        QTest::newRow("french") << QString::fromUtf8("Châtelier, Épinal, Besançon, œuvre").toUtf8();
        QTest::newRow("latin-1") << QByteArray("Ch\xe2telier, \xc9pinal, Besan\xe7on");
        QTest::newRow("one bad byte in utf-8") << QByteArray("Caf\xc3\xa9 Co-\xff\xfe"
                                                             "Factory\xc3(");
        QTest::newRow("truncated at the end") << QByteArray("abc\xe2\x82");
        QTest::newRow("surrogate") << QByteArray("a\xed\xa0\x80z");
        QTest::newRow("overlong") << QByteArray("a\xc0\xaf\xe0\x80\xafz");
        QTest::newRow("beyond U+10FFFF") << QByteArray("a\xf4\x90\x80\x80z");
        QTest::newRow("four bytes") << QByteArray("smile \xf0\x9f\x98\x80 ok");
        QTest::newRow("replacement written") << QByteArray("bad \xef\xbf\xbd value");
        QTest::newRow("lone continuation") << QByteArray("\x80\x80\xbf");
    }

    void asDecoded()
    {
        QFETCH(QByteArray, bytes);
        const auto expected = decoded(bytes);
        for (qsizetype block : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), bytes.size() + 1}) {
            const auto got = counted(bytes, block);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("block %1: %2/%3, decoded %4/%5")
                                                     .arg(block)
                                                     .arg(got.first)
                                                     .arg(got.second)
                                                     .arg(expected.first)
                                                     .arg(expected.second)));
        }
    }

    // Random bytes, weighted towards UTF-8's lead and continuation bytes.
    void randomBytes()
    {
        QRandomGenerator random(20261201);
        const unsigned char pool[] = {'a',  ',',  '\n', 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xbd, 0xc0, 0xc2,
                                      0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xfe, 0xa9};
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes;
            const int size = int(random.bounded(1, 40));
            for (int i = 0; i < size; ++i)
                bytes += char(pool[random.bounded(int(sizeof pool))]);
            const auto expected = decoded(bytes);
            const qsizetype block = qsizetype(random.bounded(1, 9));
            const auto got = counted(bytes, block);
            QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 (block %2): %3/%4, decoded %5/%6")
                                                     .arg(QString::fromLatin1(bytes.toHex(' ')))
                                                     .arg(block)
                                                     .arg(got.first)
                                                     .arg(got.second)
                                                     .arg(expected.first)
                                                     .arg(expected.second)));
        }
    }
};

QTEST_GUILESS_MAIN(TestUtf8Census)
#include "tst_utf8_census.moc"
