// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PreparedSource.h"

#include "Error.h"
#include "import/ProfileRegistry.h"
#include "import/RecordMapper.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace recoupe {

namespace {

QStringList columnsOf(const MappingProfile& profile, Field field)
{
    QStringList out;
    for (const auto& getter : profile.getters(field))
        out << getter.columns;
    return out;
}

} // namespace

PreparedSource prepareSource(const QString& path, const QString& profileNameOrPath, qint64 maxFileSize)
{
    const ProfileRegistry& registry = ProfileRegistry::builtIn();
    SourceOpenOptions open;
    open.maxFileSize = maxFileSize;
    std::optional<MappingProfile> named;
    if (!profileNameOrPath.isEmpty()) {
        named = registry.find(profileNameOrPath);
        open.preferredLayer = named->preferredLayer();
    }
    PreparedSource prepared{openSource(path, open), named.value_or(MappingProfile()), MappingProfile()};
    if (!named) {
        prepared.profile = registry.detect(prepared.reader->columns());
        const QString layer = prepared.profile.preferredLayer();
        if (!layer.isEmpty() && layer != prepared.reader->layerName()) {
            open.preferredLayer = layer;
            prepared.reader = openSource(path, open);
        }
    }
    const QStringList header = prepared.reader->columns();
    prepared.resolved = prepared.profile.resolvedFor(header);

    const QString file = QFileInfo(path).fileName();
    if (header.isEmpty() && !prepared.reader->hasGeometry())
        throw Error(QCoreApplication::translate("Importer",
                                                "Cannot import %1: its sheet or layer \"%2\" is empty "
                                                "(no header row, no columns)")
                        .arg(file, prepared.reader->layerName()));
    const MappingProfile& p = prepared.profile;
    if (!p.isGeneric() && !p.keyColumns().isEmpty() && prepared.resolved.keyColumns().isEmpty()) {
        throw Error(QCoreApplication::translate("Importer",
                                                "Cannot import %1 with profile %2: the key column %3 "
                                                "is missing (columns found: %4)")
                        .arg(file, p.id(), p.keyColumns().join(QStringLiteral(" / ")),
                             header.join(QStringLiteral(", "))));
    }
    const RecordMapper mapper(prepared.resolved, header);
    if (!mapper.hasCoordinateColumns() && !prepared.reader->hasGeometry()) {
        const QStringList wanted = columnsOf(p, Field::Lon) + columnsOf(p, Field::Lat);
        throw Error(QCoreApplication::translate("Importer",
                                                "Cannot import %1: no coordinate column (looked for %2) "
                                                "and no geometry (columns found: %3)")
                        .arg(file, wanted.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    }
    return prepared;
}

} // namespace recoupe
