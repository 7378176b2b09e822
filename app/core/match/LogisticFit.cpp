// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/LogisticFit.h"

#include <cmath>

namespace recoupe::match {

double LogisticFit::probability(const Weights& weights, const Weights& features)
{
    double z = 0;
    for (size_t f = 0; f < weights.size(); ++f)
        z += weights[f] * features[f];
    return 1.0 / (1.0 + std::exp(-z));
}

Weights LogisticFit::fit(const std::vector<Example>& examples, const Weights& prior, double sigma)
{
    constexpr size_t n = FeatureCount;
    const double precision = 1.0 / (sigma * sigma);
    Weights w = prior;
    for (int iteration = 0; iteration < 50; ++iteration) {
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
        double largest = 0;
        for (size_t i = 0; i < n; ++i) {
            w[i] -= step[i];
            largest = std::max(largest, std::abs(step[i]));
        }
        if (largest < 1e-8)
            break;
    }
    return w;
}

} // namespace recoupe::match
