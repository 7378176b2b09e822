// SPDX-License-Identifier: GPL-3.0-or-later
#include "classify/TypeFit.h"

#include "classify/TypeSuggester.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <vector>

namespace recoupe::classify {

namespace {

RecordEvidence hidden(const RecordEvidence& r)
{
    RecordEvidence out = r;
    out.sourceType = PlaceType::Unknown;
    out.attributes = {};
    return out;
}

int column(PlaceType type)
{
    return type == PlaceType::Fablab ? 1 : type == PlaceType::Excluded ? 2 : 0;
}

} // namespace

TypeModel fitTypeModel(const TypeModel& base, const QList<LabelledRecord>& records, unsigned seed)
{
    QHash<QString, int> index;
    struct Example
    {
        std::vector<int> features;
        double y = 0;
    };
    std::vector<Example> examples;
    for (const LabelledRecord& r : records) {
        if (r.type != PlaceType::Coworking && r.type != PlaceType::Fablab)
            continue;
        Example e;
        e.y = r.type == PlaceType::Fablab ? 1.0 : 0.0;
        for (const QString& f : base.features(r.record)) {
            auto it = index.constFind(f);
            if (it == index.constEnd())
                it = index.insert(f, int(index.size()));
            e.features.push_back(it.value());
        }
        examples.push_back(std::move(e));
    }
    std::vector<double> w(index.size(), 0.0);
    double b = 0.0;
    const double n = std::max<double>(1.0, double(examples.size()));
    const double lr = base.learningRate();
    const double l2 = base.l2();
    std::vector<size_t> order(examples.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::mt19937 random(seed);
    for (int epoch = 0; epoch < base.epochs(); ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        for (size_t i : order) {
            const Example& e = examples[i];
            double z = b;
            for (int f : e.features)
                z += w[f];
            const double p = 1.0 / (1.0 + std::exp(-std::clamp(z, -30.0, 30.0)));
            const double g = p - e.y;
            b -= lr * g;
            for (int f : e.features)
                w[f] -= lr * (g + l2 * w[f] / n);
        }
    }
    QHash<QString, double> weights;
    for (auto it = index.begin(); it != index.end(); ++it)
        weights.insert(it.key(), w[it.value()]);
    TypeModel model = base;
    model.setWeights(std::move(weights), b);
    return model;
}

TypeEvaluation evaluate(const TypeModel& model, const QList<LabelledRecord>& records, const QString& name)
{
    TypeEvaluation e;
    e.name = name;
    for (const LabelledRecord& r : records) {
        if (r.type != PlaceType::Coworking && r.type != PlaceType::Fablab)
            continue;
        PlaceEvidence place;
        place.records = {hidden(r.record)};
        const Suggestion s = suggestType(model, place);
        ++e.records;
        e.correct += s.type == r.type;
        ++e.confusion[column(r.type)][column(s.type)];
    }
    return e;
}

QList<TypeEvaluation> crossValidate(const TypeModel& base, const QList<LabelledRecord>& records, int folds,
                                    unsigned seed)
{
    std::vector<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    QList<TypeEvaluation> out{TypeEvaluation{QStringLiteral("%1-fold").arg(folds)}};
    auto add = [](TypeEvaluation& total, const TypeEvaluation& e) {
        total.records += e.records;
        total.correct += e.correct;
        for (int t = 0; t < 2; ++t)
            for (int s = 0; s < 3; ++s)
                total.confusion[t][s] += e.confusion[t][s];
    };
    for (int k = 0; k < folds; ++k) {
        QList<LabelledRecord> train;
        QList<LabelledRecord> test;
        for (size_t i = 0; i < order.size(); ++i)
            (int(i % size_t(folds)) == k ? test : train).append(records.at(order[i]));
        const TypeModel model = fitTypeModel(base, train, seed);
        for (const LabelledRecord& r : test) {
            const QString name = QStringLiteral("%1-fold, %2").arg(folds).arg(r.record.source);
            auto it =
                std::find_if(out.begin(), out.end(), [&](const TypeEvaluation& e) { return e.name == name; });
            if (it == out.end()) {
                out.append(TypeEvaluation{name});
                it = out.end() - 1;
            }
            const TypeEvaluation e = evaluate(model, {r}, {});
            add(*it, e);
            add(out.first(), e);
        }
    }
    return out;
}

QList<TypeEvaluation> leaveOneSourceOut(const TypeModel& base, const QList<LabelledRecord>& records)
{
    QStringList sources;
    for (const LabelledRecord& r : records)
        if (!sources.contains(r.record.source))
            sources.append(r.record.source);
    QList<TypeEvaluation> out;
    for (const QString& source : sources) {
        QList<LabelledRecord> train;
        QList<LabelledRecord> test;
        for (const LabelledRecord& r : records)
            (r.record.source == source ? test : train).append(r);
        out.append(evaluate(fitTypeModel(base, train), test, source));
    }
    return out;
}

} // namespace recoupe::classify
