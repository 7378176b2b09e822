// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/HashedOutput.h"

#include "Error.h"

#include <QCoreApplication>

namespace recoupe::exporting {

namespace {

[[noreturn]] void cannotWrite(const QFile& file)
{
    throw Error(QCoreApplication::translate("Export", "Cannot write %1: %2")
                    .arg(file.fileName(), file.errorString()));
}

} // namespace

HashedOutput::HashedOutput(const QString& path) : m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        cannotWrite(m_file);
}

void HashedOutput::flush()
{
    m_hash.addData(m_buffer);
    if (m_file.write(m_buffer) != m_buffer.size())
        cannotWrite(m_file);
    m_buffer.clear();
}

QString HashedOutput::finish()
{
    flush();
    if (!m_file.flush())
        cannotWrite(m_file);
    m_file.close();
    return QString::fromLatin1(m_hash.result().toHex());
}

} // namespace recoupe::exporting
