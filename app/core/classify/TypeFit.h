// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/TypeModel.h"

#include <QList>
#include <QString>
#include <array>

namespace recoupe::classify {

// A record whose source says it is a coworking or a fablab: what the word model is fitted on.
struct LabelledRecord
{
    RecordEvidence record;
    PlaceType type = PlaceType::Unknown;
};

// Fits the word weights of `base` (its keywords, rules and fitting settings are kept) by L2-regularised
// logistic regression, stochastic gradient descent in a fixed shuffled order (`seed`), so that a refit
// on the same records gives the same model.
TypeModel fitTypeModel(const TypeModel& base, const QList<LabelledRecord>& records, unsigned seed = 1);

// Accuracy of the suggestions on labelled records whose type is hidden (source type and attributes left
// out: only the words and the exclusion phrases speak). Rows: truth coworking / fablab; columns:
// suggested coworking / fablab / excluded.
struct TypeEvaluation
{
    QString name;
    int records = 0;
    int correct = 0;
    std::array<std::array<int, 3>, 2> confusion{};
    double accuracy() const { return records ? double(correct) / records : 0.0; }
};
TypeEvaluation evaluate(const TypeModel& model, const QList<LabelledRecord>& records, const QString& name);

// k-fold cross-validation (records shuffled with `seed`, each fold suggested by a model fitted on the
// others): the whole first, then each source's records; and leave-one-source-out (each source suggested
// by a model fitted on the other sources).
QList<TypeEvaluation> crossValidate(const TypeModel& base, const QList<LabelledRecord>& records, int folds,
                                    unsigned seed = 1);
QList<TypeEvaluation> leaveOneSourceOut(const TypeModel& base, const QList<LabelledRecord>& records);

} // namespace recoupe::classify
