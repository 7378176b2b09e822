// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/MappingProfile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace recoupe {

// The built-in mapping profiles (resources/profiles/*.json, compiled in) and lookup by name or file.
class ProfileRegistry
{
public:
    static const ProfileRegistry& builtIn();

    const QList<MappingProfile>& profiles() const { return m_profiles; }
    // A profile by id, or from a JSON file when `nameOrPath` is a path. Throws Error when neither.
    MappingProfile find(const QString& nameOrPath) const;
    // The profile whose `detect` columns are all in the header, else the generic one.
    MappingProfile detect(const QStringList& header) const;
    QStringList ids() const;

private:
    ProfileRegistry();
    QList<MappingProfile> m_profiles;
};

} // namespace recoupe
