// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Error.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"

#include <QUndoStack>

#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace recoupe::test {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(RECOUPE_TEST_DATA)).filePath(relative);
}

void writeCgetCopies(const QString& path, int copies, bool changed)
{
    QFile source(dataPath(QStringLiteral("cget/CGET_TiersLieux_2019.csv")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = source.readAll().split('\n');
    const QByteArray header = lines.takeFirst();
    lines.removeAll(QByteArray());
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(header + '\n');
    qint64 id = 0;
    for (int c = 0; c < copies; ++c) {
        for (const QByteArray& line : std::as_const(lines)) {
            const qsizetype comma = line.indexOf(',');
            ++id;
            // The name follows the ID: a changed record gets a mark at the start of its name.
            QByteArray rest = line.mid(comma);
            if (changed && id % 10 == 0)
                rest.insert(1, "Nouveau ");
            out.write(QByteArray::number(id) + rest + '\n');
        }
    }
}

TemporaryProject::TemporaryProject() = default;

QString TemporaryProject::path() const
{
    return m_dir.filePath(QStringLiteral("test.recoupe"));
}

std::unique_ptr<Store> TemporaryProject::open() const
{
    return std::make_unique<Store>(path());
}

qint64 rowCount(Store& store, const QString& table, const QString& where)
{
    const QString statement =
        QStringLiteral("SELECT count(*) FROM %1%2")
            .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    return sql::scalar(store.database(), statement).toLongLong();
}

void decide(Store& store, const PairKey& pair, std::optional<Decision> decision, const QString& note)
{
    QUndoStack stack;
    edit::Notifier notifier;
    edit::Session session{store, stack, notifier};
    QString error;
    if (!edit::decidePair(session, pair, decision, note, &error))
        throw Error(error);
}

} // namespace recoupe::test
