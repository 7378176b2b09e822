// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/TypeEvidence.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace recoupe::classify {

// The data of the type suggestion (resources/classify/type-model.json; see its README for how it was
// fitted). Three kinds of evidence, all data, none of it C++:
// - words: a logistic model, fablab against coworking, over the words of a record's name, web address,
//   social accounts and address, and over keywords found inside the joined text ("fablabchalon" holds
//   "fablab"); fitted on records whose source says their type;
// - categories: a source's own category in an original attribute (OSM `leisure=hackerspace`,
//   fablabs.io `kind_name=fab_lab`), worth a fixed log-odds; the type a profile mapped counts the same;
// - exclusions: phrases that name what the mission excluded ("télécentre", "centre d'affaires").
class TypeModel
{
public:
    struct CategoryRule
    {
        QString key;        // attribute name
        QStringList values; // folded values (foldText), any of them
        PlaceType type = PlaceType::Unknown;
        ExclusionReason reason = ExclusionReason::None; // when type is Excluded
    };
    struct ExclusionRule
    {
        QString phrase; // folded words, matched as whole words
        ExclusionReason reason = ExclusionReason::None;
    };

    // The model built into the program.
    static const TypeModel& bundled();
    static std::optional<TypeModel> fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson() const;

    // The word features of one record (see the class comment): "t:word", "<field>:word", "kw:key",
    // "<field>kw:key", where field is n (name), w (web), s (social), a (address).
    QStringList features(const RecordEvidence& record) const;
    double bias() const { return m_bias; }
    double weight(const QString& feature) const { return m_weights.value(feature); }
    void setWeights(QHash<QString, double> weights, double bias);
    const QHash<QString, double>& weights() const { return m_weights; }

    double categoryWeight() const { return m_categoryWeight; }
    const QList<CategoryRule>& categoryRules() const { return m_categories; }
    const QList<ExclusionRule>& exclusionRules() const { return m_exclusions; }
    double exclusionConfidence() const { return m_exclusionConfidence; }
    // Fitting settings, kept with the model so that a refit is reproducible.
    double l2() const { return m_l2; }
    int epochs() const { return m_epochs; }
    double learningRate() const { return m_learningRate; }
    QString fittedOn() const { return m_fittedOn; }
    void setFittedOn(const QString& text) { m_fittedOn = text; }

private:
    QStringList m_keywords;
    QHash<QString, double> m_weights;
    double m_bias = 0.0;
    double m_categoryWeight = 4.0;
    double m_exclusionConfidence = 0.7;
    QList<CategoryRule> m_categories;
    QList<ExclusionRule> m_exclusions;
    double m_l2 = 0.1;
    int m_epochs = 30;
    double m_learningRate = 0.1;
    QString m_fittedOn;
};

} // namespace recoupe::classify
