// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/FlatJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace recoupe::exporting {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string& out, char32_t u)
{
    if (u < 0x80) {
        out += char(u);
    } else if (u < 0x800) {
        out += char(0xC0 | (u >> 6));
        out += char(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
        out += char(0xE0 | (u >> 12));
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
    } else {
        out += char(0xF0 | (u >> 18));
        out += char(0x80 | ((u >> 12) & 0x3F));
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
    }
}

// A JSON string starting at json[i] == '"': its text in `out` (when given), i past the closing quote.
bool readString(std::string_view json, size_t& i, std::string* out, bool& escaped)
{
    ++i;
    escaped = false;
    const size_t start = i;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            if (out && !escaped)
                out->assign(json.data() + start, i - start);
            ++i;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
        if (c != '\\') {
            if (escaped && out)
                *out += c;
            ++i;
            continue;
        }
        if (!escaped && out)
            out->assign(json.data() + start, i - start);
        escaped = true;
        if (++i >= json.size())
            return false;
        const char e = json[i++];
        char32_t u = 0;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            u = char32_t(e);
            break;
        case 'b':
            u = '\b';
            break;
        case 'f':
            u = '\f';
            break;
        case 'n':
            u = '\n';
            break;
        case 'r':
            u = '\r';
            break;
        case 't':
            u = '\t';
            break;
        case 'u': {
            auto hex4 = [&](char32_t& v) {
                if (i + 4 > json.size())
                    return false;
                v = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexValue(json[i + size_t(k)]);
                    if (h < 0)
                        return false;
                    v = v * 16 + char32_t(h);
                }
                i += 4;
                return true;
            };
            if (!hex4(u))
                return false;
            if (u >= 0xD800 && u < 0xDC00) {
                char32_t low = 0;
                if (i + 6 > json.size() || json[i] != '\\' || json[i + 1] != 'u')
                    return false;
                i += 2;
                if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                    return false;
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            } else if (u >= 0xDC00 && u < 0xE000) {
                return false;
            }
            break;
        }
        default:
            return false;
        }
        if (out)
            appendUtf8(*out, u);
    }
    return false;
}

} // namespace

FlatJson::FlatJson(const QList<QStringList>& groups) : m_groups(groups)
{
    for (const QStringList& group : groups) {
        for (const QString& key : group)
            m_keys.push_back(key.toStdString());
    }
    // The keys' storage is fixed now: the map's views stay valid.
    for (int i = 0; i < int(m_keys.size()); ++i)
        m_slot.emplace(std::string_view(m_keys[size_t(i)]), i);
    m_found.resize(m_keys.size());
    m_present.resize(m_keys.size());
}

bool FlatJson::fastRead(std::string_view json)
{
    size_t i = 0;
    auto skip = [&] {
        while (i < json.size() && isSpace(json[i]))
            ++i;
    };
    skip();
    if (i >= json.size() || json[i] != '{')
        return false;
    ++i;
    skip();
    if (i < json.size() && json[i] == '}')
        return true;
    std::string key, value;
    while (i < json.size()) {
        if (json[i] != '"')
            return false;
        bool escaped = false;
        const size_t keyStart = i + 1;
        if (!readString(json, i, &key, escaped))
            return false;
        const std::string_view name =
            escaped ? std::string_view(key) : std::string_view(json.data() + keyStart, i - 1 - keyStart);
        const auto slot = m_slot.find(name);
        const int index = slot == m_slot.end() ? -1 : slot->second;
        skip();
        if (i >= json.size() || json[i] != ':')
            return false;
        ++i;
        skip();
        if (i >= json.size())
            return false;
        const char c = json[i];
        if (c == '"') {
            const size_t start = i + 1;
            if (!readString(json, i, index >= 0 ? &value : nullptr, escaped))
                return false;
            // The first occurrence of a key wins, as in json_extract.
            if (index >= 0 && !m_present[size_t(index)]) {
                m_present[size_t(index)] = true;
                m_found[size_t(index)] =
                    escaped ? QString::fromStdString(value)
                            : QString::fromUtf8(json.data() + start, qsizetype(i - 1 - start));
            }
        } else if (c == '{' || c == '[') {
            return false; // nested: QJsonDocument's work
        } else {
            // A number, true, false or null, up to the next separator.
            const size_t start = i;
            while (i < json.size() && json[i] != ',' && json[i] != '}' && !isSpace(json[i]))
                ++i;
            const std::string_view literal = json.substr(start, i - start);
            if (literal.empty())
                return false;
            if (index >= 0 && !m_present[size_t(index)] && literal != "null") {
                m_present[size_t(index)] = true;
                m_found[size_t(index)] = literal == "true" ? QStringLiteral("1")
                                         : literal == "false"
                                             ? QStringLiteral("0")
                                             : QString::fromLatin1(literal.data(), qsizetype(literal.size()));
            }
        }
        skip();
        if (i >= json.size())
            return false;
        if (json[i] == '}')
            return true;
        if (json[i] != ',')
            return false;
        ++i;
        skip();
    }
    return false;
}

void FlatJson::slowRead(std::string_view json)
{
    std::fill(m_present.begin(), m_present.end(), false);
    const QJsonObject object =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size()))).object();
    for (size_t k = 0; k < m_keys.size(); ++k) {
        const QJsonValue v = object.value(QString::fromStdString(m_keys[k]));
        switch (v.type()) {
        case QJsonValue::String:
            m_found[k] = v.toString();
            break;
        case QJsonValue::Double:
            m_found[k] = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
            break;
        case QJsonValue::Bool:
            m_found[k] = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
            break;
        case QJsonValue::Object:
            m_found[k] = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            break;
        case QJsonValue::Array:
            m_found[k] = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            break;
        default:
            continue;
        }
        m_present[k] = true;
    }
}

void FlatJson::read(std::string_view json, std::vector<QString>& values)
{
    std::fill(m_present.begin(), m_present.end(), false);
    if (json.data() != nullptr && !fastRead(json))
        slowRead(json);
    settle(values);
}

void FlatJson::settle(std::vector<QString>& values) const
{
    values.assign(size_t(m_groups.size()), QString());
    size_t k = 0;
    for (size_t g = 0; g < size_t(m_groups.size()); ++g) {
        bool done = false;
        for (qsizetype n = 0; n < m_groups.at(qsizetype(g)).size(); ++n, ++k) {
            if (!done && m_present[k]) {
                values[g] = m_found[k];
                done = true;
            }
        }
    }
}

} // namespace recoupe::exporting
