// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/TypeSuggester.h"

#include "match/MatchText.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace recoupe::classify {

namespace {

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
}

// How a word feature reads for a curator: "« fablab » in the name".
QString featureText(const QString& feature)
{
    const int colon = feature.indexOf(QLatin1Char(':'));
    QString prefix = feature.left(colon);
    const QString word = feature.mid(colon + 1);
    if (prefix.endsWith(QLatin1String("kw")))
        prefix.chop(2);
    if (prefix == QLatin1String("n"))
        return QCoreApplication::translate("TypeSuggester", "“%1” in the name").arg(word);
    if (prefix == QLatin1String("w"))
        return QCoreApplication::translate("TypeSuggester", "“%1” in the web address").arg(word);
    if (prefix == QLatin1String("s"))
        return QCoreApplication::translate("TypeSuggester", "“%1” in a social account").arg(word);
    if (prefix == QLatin1String("a"))
        return QCoreApplication::translate("TypeSuggester", "“%1” in the address").arg(word);
    return QCoreApplication::translate("TypeSuggester", "“%1”").arg(word);
}

// Whether a word feature is worth naming to a person: a word of a named field ("n:", "wkw:"), not the
// field-less twin of one, nor a digit or a one- or two-letter word.
bool explains(const QString& feature)
{
    if (feature.startsWith(QLatin1String("t:")) || feature.startsWith(QLatin1String("kw:")))
        return false;
    const QString word = feature.mid(feature.indexOf(QLatin1Char(':')) + 1);
    if (word.size() < 3)
        return false;
    bool digits = true;
    for (QChar c : word)
        digits = digits && c.isDigit();
    return !digits;
}

// Pulls towards fablab (positive) or coworking (negative) by a category's weight.
double categoryPull(const TypeModel& model, PlaceType type)
{
    return type == PlaceType::Fablab ? model.categoryWeight() : -model.categoryWeight();
}

bool hasWholePhrase(const QString& paddedText, const QString& phrase)
{
    return paddedText.contains(QLatin1Char(' ') + phrase + QLatin1Char(' '));
}

// Text a source gives besides the curated fields: a description or notes.
QString describingAttributes(const QJsonObject& attributes)
{
    QString out;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QString key = it.key().toLower();
        if (key.contains(QLatin1String("descr")) || key.contains(QLatin1String("note")) ||
            key == QLatin1String("description"))
            out += QLatin1Char(' ') + it.value().toString();
    }
    return out;
}

} // namespace

double wordLogOdds(const TypeModel& model, const QStringList& features)
{
    double z = model.bias();
    for (const QString& f : features)
        z += model.weight(f);
    return z;
}

QString Suggestion::reasonText() const
{
    QStringList parts;
    for (int i = 0; i < reasons.size() && i < 3; ++i)
        parts.append(reasons.at(i).text);
    return parts.join(QStringLiteral("; "));
}

Suggestion suggestType(const TypeModel& model, const PlaceEvidence& place)
{
    Suggestion s;
    QList<SuggestionReason> categoryReasons;
    QSet<int> sourceTypes;
    double categoryZ = 0.0;
    ExclusionReason categoryExclusion = ExclusionReason::None;
    QSet<QString> features;
    QString exclusionText = QStringLiteral(" ");
    bool namesItsKind = false; // a name that says coworking or fablab is not only a desk rental

    for (const RecordEvidence& record : place.records) {
        bool ruled = false;
        for (const TypeModel::CategoryRule& rule : model.categoryRules()) {
            const QJsonValue value = record.attributes.value(rule.key);
            if (value.isUndefined() || value.isNull())
                continue;
            const QString folded = match::foldText(value.toVariant().toString());
            if (!rule.values.contains(folded))
                continue;
            ruled = true;
            sourceTypes.insert(int(rule.type));
            const QString text = QCoreApplication::translate("TypeSuggester", "%1 says %2=%3")
                                     .arg(record.source, rule.key, value.toVariant().toString());
            if (rule.type == PlaceType::Excluded) {
                categoryExclusion = rule.reason;
                categoryReasons.append({text, 0.0});
            } else {
                categoryZ += categoryPull(model, rule.type);
                categoryReasons.append({text, categoryPull(model, rule.type)});
            }
            // No break: a record may carry several categories (OSM office=coworking and
            // leisure=hackerspace); each counts.
        }
        if (!ruled && record.sourceType != PlaceType::Unknown) {
            sourceTypes.insert(int(record.sourceType));
            const QString text = QCoreApplication::translate("TypeSuggester", "%1 says %2")
                                     .arg(record.source, placeTypeLabel(record.sourceType));
            if (record.sourceType == PlaceType::Excluded) {
                categoryExclusion = ExclusionReason::Other;
                categoryReasons.append({text, 0.0});
            } else {
                categoryZ += categoryPull(model, record.sourceType);
                categoryReasons.append({text, categoryPull(model, record.sourceType)});
            }
        }
        for (const QString& f : model.features(record))
            features.insert(f);
        const QString described = match::foldText(record.name + QLatin1Char(' ') + record.website +
                                                  describingAttributes(record.attributes));
        exclusionText += described + QLatin1Char(' ');
        const QString name = match::foldText(record.name).remove(QLatin1Char(' '));
        if (name.contains(QLatin1String("cowork")) || name.contains(QLatin1String("fablab")) ||
            name.contains(QLatin1String("fabrique")))
            namesItsKind = true;
    }
    s.disputed = sourceTypes.size() > 1;

    // Words: each feature's weight, the strongest named as reasons.
    QStringList featureList(features.begin(), features.end());
    featureList.sort();
    const double wordZ = wordLogOdds(model, featureList);
    QList<SuggestionReason> wordReasons;
    QSet<QString> explained;
    for (const QString& f : featureList) {
        const double w = model.weight(f);
        if (qAbs(w) < 0.3 || !explains(f))
            continue;
        const QString text = featureText(f);
        if (explained.contains(text))
            continue;
        explained.insert(text);
        wordReasons.append({text, w});
    }

    // A source that names an excluded kind decides; so does a phrase such as "télécentre" when no source
    // says coworking or fablab and the name does not claim either.
    ExclusionReason phraseExclusion = ExclusionReason::None;
    QString phrase;
    for (const TypeModel::ExclusionRule& rule : model.exclusionRules()) {
        if (hasWholePhrase(exclusionText, rule.phrase)) {
            phraseExclusion = rule.reason;
            phrase = rule.phrase;
            break;
        }
    }
    if (categoryExclusion != ExclusionReason::None && categoryZ == 0.0) {
        s.type = PlaceType::Excluded;
        s.exclusion = categoryExclusion;
        s.confidence = 0.9;
        s.reasons = categoryReasons;
        return s;
    }
    if (phraseExclusion != ExclusionReason::None && categoryZ == 0.0 && !namesItsKind) {
        s.type = PlaceType::Excluded;
        s.exclusion = phraseExclusion;
        s.confidence = model.exclusionConfidence();
        s.reasons = {{QCoreApplication::translate("TypeSuggester", "“%1” names a place that only rents desks")
                          .arg(phrase),
                      0.0}};
        return s;
    }

    const double z = wordZ + categoryZ;
    s.type = z > 0 ? PlaceType::Fablab : PlaceType::Coworking;
    s.confidence = sigmoid(std::abs(z));
    // Reasons that pull the chosen way, strongest first; categories before words.
    const double sign = z > 0 ? 1.0 : -1.0;
    auto byPull = [sign](const SuggestionReason& a, const SuggestionReason& b) {
        return a.logOdds * sign > b.logOdds * sign;
    };
    std::stable_sort(categoryReasons.begin(), categoryReasons.end(), byPull);
    std::stable_sort(wordReasons.begin(), wordReasons.end(), byPull);
    for (const SuggestionReason& r : categoryReasons)
        if (r.logOdds * sign > 0)
            s.reasons.append(r);
    for (const SuggestionReason& r : wordReasons)
        if (r.logOdds * sign > 0)
            s.reasons.append(r);
    if (s.reasons.isEmpty())
        s.reasons.append(
            {QCoreApplication::translate("TypeSuggester", "nothing says otherwise: most places are "
                                                          "coworkings"),
             0.0});
    if (s.disputed)
        s.reasons.prepend({QCoreApplication::translate("TypeSuggester", "its sources disagree"), 0.0});
    return s;
}

} // namespace recoupe::classify
