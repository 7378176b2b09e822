// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "Error.h"
#include "edit/Edit.h"
#include "edit/EditNotifier.h"

#include <QUndoStack>

#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDir>

namespace recoupe::test {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(RECOUPE_TEST_DATA)).filePath(relative);
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
