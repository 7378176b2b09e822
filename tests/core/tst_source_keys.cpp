// SPDX-License-Identifier: GPL-3.0-or-later
// SourceKeys, the compact table of an import's keys, against QHash on the same operations.
#include "import/SourceKeys.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace recoupe;

namespace {

QByteArray hexDigest(int n)
{
    return QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha1).toHex();
}

} // namespace

class TestSourceKeys : public QObject
{
    Q_OBJECT

private slots:
    void behavesLikeAHash()
    {
        QRandomGenerator random(14);
        SourceKeys keys;
        QHash<QByteArray, std::pair<qint64, bool>> stored; // key → record id, removed
        const int storedCount = 20000;
        keys.reserve(storedCount / 4); // the table grows past what was reserved
        for (int i = 0; i < storedCount; ++i) {
            const QByteArray key = "k" + QByteArray::number(random.bounded(1000000)) + "é";
            if (stored.contains(key))
                continue;
            const bool removed = i % 17 == 0;
            stored.insert(key, {i + 1, removed});
            keys.addStored(key, i + 1, hexDigest(i + 1), removed);
        }
        QCOMPARE(keys.storedCount(), stored.size());
        QSet<QByteArray> seen;
        for (int i = 0; i < 30000; ++i) {
            const QByteArray key = "k" + QByteArray::number(random.bounded(1000000)) + "é";
            const qsizetype found = keys.find(key);
            QCOMPARE(found >= 0 && keys.isSeen(found), seen.contains(key));
            const qsizetype index = keys.markSeen(key);
            QVERIFY(index >= 0);
            QVERIFY(keys.isSeen(index));
            seen.insert(key);
            const auto it = stored.constFind(key);
            QCOMPARE(keys.isStored(index), it != stored.constEnd());
            if (it != stored.constEnd()) {
                QCOMPARE(keys.recordId(index), it->first);
                QCOMPARE(keys.isRemoved(index), it->second);
                QVERIFY(keys.sameDigest(index, hexDigest(int(it->first))));
                QVERIFY(!keys.sameDigest(index, hexDigest(int(it->first) + 1)));
            }
        }
        QSet<qint64> vanished;
        keys.forEachVanished([&vanished](qint64 id) { vanished.insert(id); });
        QSet<qint64> expected;
        for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
            if (!it->second && !seen.contains(it.key()))
                expected.insert(it->first);
        }
        QCOMPARE(vanished, expected);
    }

    void oddDigestsAreNeverTheSame()
    {
        SourceKeys keys;
        keys.addStored("a", 1, "not a digest", false);
        keys.addStored("b", 2, hexDigest(2).toUpper(), false);
        QVERIFY(!keys.sameDigest(keys.find("a"), "not a digest"));
        QVERIFY(!keys.sameDigest(keys.find("b"), hexDigest(2)));
        QCOMPARE(keys.find("c"), -1);
        QCOMPARE(keys.find(""), -1);
    }
};

QTEST_GUILESS_MAIN(TestSourceKeys)
#include "tst_source_keys.moc"
