// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/TypeModel.h"

#include "match/MatchText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

// Q_INIT_RESOURCE must be called from the global namespace; a resource in a static library is otherwise
// dropped by the linker when nothing refers to it.
static void initClassifyResource()
{
    Q_INIT_RESOURCE(classify);
}

namespace recoupe::classify {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonArray jsonArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

} // namespace

const TypeModel& TypeModel::bundled()
{
    static const TypeModel model = [] {
        initClassifyResource();
        QFile file(QStringLiteral(":/classify/type-model.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the bundled type model is missing");
        QString error;
        std::optional<TypeModel> m = fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
        if (!m)
            qFatal("the bundled type model is invalid: %s", qPrintable(error));
        return *m;
    }();
    return model;
}

std::optional<TypeModel> TypeModel::fromJson(const QJsonObject& json, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return std::optional<TypeModel>();
    };
    if (json.value(QLatin1String("version")).toInt() != 1)
        return fail(QCoreApplication::translate("TypeModel", "not a type model of version 1"));
    TypeModel m;
    m.m_keywords = stringList(json.value(QLatin1String("keywords")));
    m.m_bias = json.value(QLatin1String("bias")).toDouble();
    const QJsonObject weights = json.value(QLatin1String("weights")).toObject();
    for (auto it = weights.begin(); it != weights.end(); ++it)
        m.m_weights.insert(it.key(), it.value().toDouble());
    m.m_categoryWeight = json.value(QLatin1String("category_weight")).toDouble(4.0);
    m.m_exclusionConfidence = json.value(QLatin1String("exclusion_confidence")).toDouble(0.7);
    for (const QJsonValue& v : json.value(QLatin1String("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        CategoryRule rule;
        rule.key = o.value(QLatin1String("key")).toString();
        for (const QString& value : stringList(o.value(QLatin1String("values"))))
            rule.values.append(match::foldText(value));
        const QString type = o.value(QLatin1String("type")).toString();
        if (rule.key.isEmpty() || !isPlaceTypeKey(type) || type == QLatin1String("unknown"))
            return fail(QCoreApplication::translate("TypeModel", "category rule “%1” has no key or no type")
                            .arg(rule.key));
        rule.type = placeTypeFromKey(type);
        rule.reason = exclusionReasonFromKey(o.value(QLatin1String("reason")).toString());
        m.m_categories.append(rule);
    }
    for (const QJsonValue& v : json.value(QLatin1String("exclusions")).toArray()) {
        const QJsonObject o = v.toObject();
        ExclusionRule rule{match::foldText(o.value(QLatin1String("phrase")).toString()),
                           exclusionReasonFromKey(o.value(QLatin1String("reason")).toString())};
        if (rule.phrase.isEmpty() || rule.reason == ExclusionReason::None)
            return fail(QCoreApplication::translate("TypeModel", "exclusion rule without phrase or reason"));
        m.m_exclusions.append(rule);
    }
    const QJsonObject fit = json.value(QLatin1String("fit")).toObject();
    m.m_l2 = fit.value(QLatin1String("l2")).toDouble(0.1);
    m.m_epochs = fit.value(QLatin1String("epochs")).toInt(30);
    m.m_learningRate = fit.value(QLatin1String("learning_rate")).toDouble(0.1);
    m.m_fittedOn = json.value(QLatin1String("fitted_on")).toString();
    return m;
}

QJsonObject TypeModel::toJson() const
{
    QJsonObject weights;
    // Rounded: the file stays readable and diffs stay small; 4 decimals change no suggestion.
    for (auto it = m_weights.begin(); it != m_weights.end(); ++it)
        if (qAbs(it.value()) >= 1e-4)
            weights.insert(it.key(), std::round(it.value() * 1e4) / 1e4);
    QJsonArray categories;
    for (const CategoryRule& rule : m_categories) {
        QJsonObject o{{QStringLiteral("key"), rule.key},
                      {QStringLiteral("values"), jsonArray(rule.values)},
                      {QStringLiteral("type"), placeTypeKey(rule.type)}};
        if (rule.reason != ExclusionReason::None)
            o.insert(QStringLiteral("reason"), exclusionReasonKey(rule.reason));
        categories.append(o);
    }
    QJsonArray exclusions;
    for (const ExclusionRule& rule : m_exclusions)
        exclusions.append(QJsonObject{{QStringLiteral("phrase"), rule.phrase},
                                      {QStringLiteral("reason"), exclusionReasonKey(rule.reason)}});
    return QJsonObject{
        {QStringLiteral("version"), 1},
        {QStringLiteral("fitted_on"), m_fittedOn},
        {QStringLiteral("fit"), QJsonObject{{QStringLiteral("l2"), m_l2},
                                            {QStringLiteral("epochs"), m_epochs},
                                            {QStringLiteral("learning_rate"), m_learningRate}}},
        {QStringLiteral("keywords"), jsonArray(m_keywords)},
        {QStringLiteral("category_weight"), m_categoryWeight},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("exclusion_confidence"), m_exclusionConfidence},
        {QStringLiteral("exclusions"), exclusions},
        {QStringLiteral("bias"), std::round(m_bias * 1e4) / 1e4},
        {QStringLiteral("weights"), weights},
    };
}

QStringList TypeModel::features(const RecordEvidence& record) const
{
    QSet<QString> out;
    const std::pair<QChar, const QString*> fields[] = {{u'n', &record.name},
                                                       {u'w', &record.website},
                                                       {u's', &record.facebook},
                                                       {u's', &record.twitter},
                                                       {u'a', &record.address}};
    for (const auto& [tag, value] : fields) {
        if (value->isEmpty())
            continue;
        const QString folded = match::foldText(*value);
        // Every word counts, web words too: ".org" says association, which most fablabs are.
        for (const QString& word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            out.insert(QStringLiteral("t:") + word);
            out.insert(tag + QLatin1Char(':') + word);
        }
        QString joined = folded;
        joined.remove(QLatin1Char(' '));
        for (const QString& keyword : m_keywords) {
            if (joined.contains(keyword)) {
                out.insert(QStringLiteral("kw:") + keyword);
                out.insert(tag + QStringLiteral("kw:") + keyword);
            }
        }
    }
    QStringList list(out.begin(), out.end());
    list.sort(); // a stable order: sums and explanations do not depend on hashing
    return list;
}

void TypeModel::setWeights(QHash<QString, double> weights, double bias)
{
    m_weights = std::move(weights);
    m_bias = bias;
}

} // namespace recoupe::classify
