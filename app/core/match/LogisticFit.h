// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "match/MatchSettings.h"

#include <vector>

namespace recoupe::match {

// Fits the weights of the logistic scoring model (see MatchSettings) to labelled examples:
// maximum a posteriori with a Gaussian prior N(prior, sigma²) on each weight, by Newton's method.
// A small sigma keeps the weights near the prior; a large one lets the labels decide. Each weight keeps
// the sign of MatchSettings::weightSigns() (projected Newton), so that few labels cannot invert evidence.
class LogisticFit
{
public:
    struct Example
    {
        Weights features{};
        bool same = false;
    };
    static Weights fit(const std::vector<Example>& examples, const Weights& prior, double sigma);
    static double probability(const Weights& weights, const Weights& features);
};

} // namespace recoupe::match
