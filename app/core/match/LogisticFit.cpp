// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/LogisticFit.h"

#include <algorithm>
#include <cmath>

namespace recoupe::match {

double LogisticFit::probability(const Weights& weights, const Weights& features)
{
    double z = 0;
    for (size_t f = 0; f < weights.size(); ++f)
        z += weights[f] * features[f];
    return 1.0 / (1.0 + std::exp(-z));
}

namespace {

// Negative log posterior.
double objective(const std::vector<LogisticFit::Example>& examples, const Weights& w, const Weights& prior,
                 double precision)
{
    double value = 0;
    for (size_t i = 0; i < w.size(); ++i)
        value += 0.5 * precision * (w[i] - prior[i]) * (w[i] - prior[i]);
    for (const LogisticFit::Example& e : examples) {
        double z = 0;
        for (size_t f = 0; f < w.size(); ++f)
            z += w[f] * e.features[f];
        // log(1 + exp(-z)) for same, log(1 + exp(z)) for different, computed stably.
        const double t = e.same ? -z : z;
        value += t > 0 ? t + std::log1p(std::exp(-t)) : std::log1p(std::exp(t));
    }
    return value;
}

} // namespace

Weights LogisticFit::fit(const std::vector<Example>& examples, const Weights& prior, double sigma)
{
    constexpr size_t n = FeatureCount;
    const double precision = 1.0 / (sigma * sigma);
    const std::array<int, FeatureCount> signs = MatchSettings::weightSigns();
    // Keeps each weight on the side its meaning gives it (0 allowed): a few hard labels must not turn
    // "different postcodes" into evidence for one place.
    const auto project = [&signs](Weights& w) {
        for (size_t i = 0; i < n; ++i) {
            if (signs[i] > 0)
                w[i] = std::max(0.0, w[i]);
            else if (signs[i] < 0)
                w[i] = std::min(0.0, w[i]);
        }
    };
    Weights w = prior;
    project(w);
    for (int iteration = 0; iteration < 100; ++iteration) {
        // Gradient and Hessian of the negative log posterior.
        std::array<double, n> g{};
        std::array<std::array<double, n>, n> h{};
        for (size_t i = 0; i < n; ++i) {
            g[i] = precision * (w[i] - prior[i]);
            h[i][i] = precision;
        }
        for (const Example& e : examples) {
            const double p = probability(w, e.features);
            const double r = p - (e.same ? 1.0 : 0.0);
            const double v = p * (1.0 - p);
            for (size_t i = 0; i < n; ++i) {
                if (e.features[i] == 0)
                    continue;
                g[i] += r * e.features[i];
                for (size_t j = 0; j < n; ++j)
                    h[i][j] += v * e.features[i] * e.features[j];
            }
        }
        // Weights held at their bound (0) by the sign constraint stay out of this step.
        for (size_t i = 0; i < n; ++i) {
            const bool held = w[i] == 0 && ((signs[i] > 0 && g[i] > 0) || (signs[i] < 0 && g[i] < 0));
            if (!held)
                continue;
            for (size_t j = 0; j < n; ++j)
                h[i][j] = h[j][i] = 0;
            h[i][i] = 1;
            g[i] = 0;
        }
        // Solve h · step = g (symmetric positive definite: Gaussian elimination without pivoting is safe).
        for (size_t c = 0; c < n; ++c) {
            for (size_t r = c + 1; r < n; ++r) {
                const double factor = h[r][c] / h[c][c];
                for (size_t k = c; k < n; ++k)
                    h[r][k] -= factor * h[c][k];
                g[r] -= factor * g[c];
            }
        }
        std::array<double, n> step{};
        for (size_t c = n; c-- > 0;) {
            double s = g[c];
            for (size_t k = c + 1; k < n; ++k)
                s -= h[c][k] * step[k];
            step[c] = s / h[c][c];
        }
        // Newton steps can overshoot where the labels nearly separate: halve until the posterior improves.
        const double before = objective(examples, w, prior, precision);
        double scale = 1.0;
        Weights next = w;
        bool improved = false;
        for (int halving = 0; halving < 30; ++halving, scale /= 2) {
            for (size_t i = 0; i < n; ++i)
                next[i] = w[i] - scale * step[i];
            project(next);
            if (objective(examples, next, prior, precision) <= before) {
                improved = true;
                break;
            }
        }
        if (!improved)
            break;
        double largest = 0;
        for (size_t i = 0; i < n; ++i)
            largest = std::max(largest, std::abs(next[i] - w[i]));
        w = next;
        if (largest < 1e-8)
            break;
    }
    return w;
}

} // namespace recoupe::match
