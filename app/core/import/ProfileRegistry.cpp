// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ProfileRegistry.h"

#include "Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

static void initProfileResources()
{
    Q_INIT_RESOURCE(profiles);
}

namespace recoupe {

namespace {

MappingProfile loadProfile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("ProfileRegistry", "Cannot read profile %1: %2")
                        .arg(path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        throw Error(
            QCoreApplication::translate("ProfileRegistry", "Profile %1 is not valid JSON: %2 at offset %3")
                .arg(path, error.errorString())
                .arg(error.offset));
    return MappingProfile::fromJson(doc.object(), path);
}

} // namespace

const ProfileRegistry& ProfileRegistry::builtIn()
{
    static const ProfileRegistry registry;
    return registry;
}

ProfileRegistry::ProfileRegistry()
{
    initProfileResources();
    const QDir dir(QStringLiteral(":/recoupe/profiles"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        m_profiles.append(loadProfile(dir.filePath(name)));
}

QStringList ProfileRegistry::ids() const
{
    QStringList out;
    for (const MappingProfile& p : m_profiles)
        out << p.id();
    return out;
}

MappingProfile ProfileRegistry::find(const QString& nameOrPath) const
{
    for (const MappingProfile& p : m_profiles) {
        if (p.id() == nameOrPath)
            return p;
    }
    if (QFile::exists(nameOrPath))
        return loadProfile(nameOrPath);
    throw Error(QCoreApplication::translate("ProfileRegistry", "Unknown profile \"%1\" (known: %2)")
                    .arg(nameOrPath, ids().join(QStringLiteral(", "))));
}

MappingProfile ProfileRegistry::detect(const QStringList& header) const
{
    const MappingProfile* best = nullptr;
    double bestScore = 0.0;
    for (const MappingProfile& p : m_profiles) {
        const double score = p.detectionScore(header);
        if (score > bestScore ||
            (best && score == bestScore && p.detectColumns().size() > best->detectColumns().size())) {
            best = &p;
            bestScore = score;
        }
    }
    if (best && bestScore >= 1.0)
        return *best;
    return find(QStringLiteral("generic"));
}

} // namespace recoupe
