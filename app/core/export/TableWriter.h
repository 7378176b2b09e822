// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QStringList>
#include <QVariantList>
#include <memory>

namespace recoupe {

// Writes rows as CSV (RFC 4180, UTF-8, comma) or as a JSON array of objects, streaming.
class TableWriter
{
public:
    enum class Format
    {
        Csv,
        Json
    };
    static std::unique_ptr<TableWriter> create(Format format, QIODevice& out, const QStringList& columns);
    // "csv" or "json"; nullopt for anything else.
    static std::optional<Format> formatFromName(const QString& name);
    virtual ~TableWriter() = default;
    virtual void write(const QVariantList& values) = 0;
    virtual void finish() = 0;
};

} // namespace recoupe
