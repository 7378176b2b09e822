// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

namespace recoupe::cli {

// `export OUT --format csv|geojson|gpkg|xlsx [--layout cget2019|recoupe] [--public] [--filter TEXT]
// [--semicolon]`: a dated snapshot with its metadata sidecar, recorded in the project.
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

// `snapshots`: the recorded snapshots, oldest first
// (snapshot,at,user,layout,format,public,places,file,sha256).
class SnapshotsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("snapshots"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

// `diff A B --format csv|json`: change,place_id,field,old_value,new_value.
class DiffCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    int run(const QStringList& arguments, Context& context) override;
};

} // namespace recoupe::cli
