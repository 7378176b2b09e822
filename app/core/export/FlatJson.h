// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string_view>
#include <unordered_map>
#include <vector>

namespace recoupe::exporting {

// Picks a few attributes out of a raw record's JSON object, as SQLite's json_extract('$."KEY"') reads
// them (text as is, numbers as their text, true/false as 1/0, null as absent), for a million records:
// one pass over the text for every key asked, where json_extract parsed the object once per key.
// Objects whose values are not all plain (a nested object or array) and text that is not valid JSON
// are read by QJsonDocument instead.
class FlatJson
{
public:
    // Each group is a list of keys, the first present (not null) wins, as coalesce(json_extract...) did.
    explicit FlatJson(const QList<QStringList>& groups);
    // The group's value, or a null QString when none of its keys is present.
    void read(std::string_view json, std::vector<QString>& values);

private:
    bool fastRead(std::string_view json);
    void slowRead(std::string_view json);
    void settle(std::vector<QString>& values) const;

    QList<QStringList> m_groups;
    std::vector<std::string> m_keys; // every key asked, once
    std::unordered_map<std::string_view, int> m_slot;
    std::vector<QString> m_found; // per key
    std::vector<bool> m_present;
};

} // namespace recoupe::exporting
