// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PairKey.h"

#include <QCoreApplication>
#include <QHashFunctions>

namespace recoupe {

namespace {

// Negative, zero or positive like strcmp; keys that are both whole numbers compare as numbers
// ("15" < "156" < "1000").
int compareKeys(const QString& a, const QString& b)
{
    bool okA = false;
    bool okB = false;
    const qlonglong na = a.toLongLong(&okA);
    const qlonglong nb = b.toLongLong(&okB);
    if (okA && okB)
        return na < nb ? -1 : (na > nb ? 1 : 0);
    return a.compare(b);
}

} // namespace

PairKey PairKey::canonical() const
{
    int order = sourceA.compare(sourceB);
    if (order == 0)
        order = compareKeys(keyA, keyB);
    if (order <= 0)
        return *this;
    return PairKey{sourceB, keyB, sourceA, keyA};
}

size_t qHash(const PairKey& key, size_t seed)
{
    return qHashMulti(seed, key.sourceA, key.keyA, key.sourceB, key.keyB);
}

QString decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Same:
        return QStringLiteral("same");
    case Decision::Different:
        return QStringLiteral("different");
    case Decision::Unsure:
        break;
    }
    return QStringLiteral("unsure");
}

std::optional<Decision> decisionFromKey(const QString& key)
{
    if (key == QLatin1String("same"))
        return Decision::Same;
    if (key == QLatin1String("different"))
        return Decision::Different;
    if (key == QLatin1String("unsure"))
        return Decision::Unsure;
    return std::nullopt;
}

QString decisionLabel(Decision decision)
{
    switch (decision) {
    case Decision::Same:
        return QCoreApplication::translate("Decision", "Same place");
    case Decision::Different:
        return QCoreApplication::translate("Decision", "Different places");
    case Decision::Unsure:
        break;
    }
    return QCoreApplication::translate("Decision", "Unsure");
}

QString verdictKey(Verdict verdict)
{
    return verdict == Verdict::Same ? QStringLiteral("same") : QStringLiteral("review");
}

} // namespace recoupe
