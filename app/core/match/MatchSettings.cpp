// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/MatchSettings.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <algorithm>

// Q_INIT_RESOURCE must be called from the global namespace; a resource in a static library is otherwise
// dropped by the linker when nothing refers to it.
static void initMatchResource()
{
    Q_INIT_RESOURCE(match);
}

namespace recoupe::match {

QString featureName(Feature feature)
{
    static const char* const names[FeatureCount] = {"bias",
                                                    "name_similarity",
                                                    "name_contained",
                                                    "name_high",
                                                    "near",
                                                    "far",
                                                    "same_point",
                                                    "same_point_names_differ",
                                                    "same_website",
                                                    "same_host_only",
                                                    "same_host_chain",
                                                    "different_websites",
                                                    "same_handle",
                                                    "different_handles",
                                                    "same_postcode",
                                                    "different_postcodes",
                                                    "address_similarity",
                                                    "same_address",
                                                    "type_conflict",
                                                    "generic_name",
                                                    "near_name_high",
                                                    "name_low",
                                                    "branch_pages",
                                                    "different_address",
                                                    "building_address",
                                                    "same_website_across",
                                                    "coarse_far"};
    return QString::fromLatin1(names[feature]);
}

// Hand-set log-odds contributions: what an experienced curator would say each piece of evidence is worth.
Weights MatchSettings::priorWeights()
{
    Weights w{};
    w[Bias] = -6.0;
    w[NameSimilarity] = 6.0;
    w[NameContained] = 1.0;
    w[NameHigh] = 2.0;
    w[Near] = 4.0;
    w[Far] = -3.0;
    w[SamePoint] = 0.5;
    w[SamePointNamesDiffer] = -2.0;
    w[SameWebsite] = 4.0;
    w[SameHostOnly] = 2.0;
    w[SameHostChain] = 0.5;
    w[DifferentWebsites] = -2.5;
    w[SameHandle] = 3.5;
    w[DifferentHandles] = -2.0;
    w[SamePostcode] = 0.5;
    w[DifferentPostcodes] = -1.0;
    w[AddressSimilarity] = 2.5;
    w[SameAddress] = 1.5;
    w[TypeConflict] = -1.0;
    w[GenericName] = -0.5;
    w[NearNameHigh] = 2.0;
    w[NameLow] = -3.0;
    w[BranchPages] = -2.0;
    w[DifferentAddress] = -1.5;
    w[BuildingAddress] = 2.0;
    w[SameWebsiteAcross] = 4.0; // as SameWebsite close by: one website across sources, not branches
    w[CoarseFar] = 3.0;         // −Far: a commune's centre says nothing of the distance
    return w;
}

std::array<int, FeatureCount> MatchSettings::weightSigns()
{
    std::array<int, FeatureCount> s{}; // free: bias, same point, chain
    for (Feature f :
         {NameSimilarity, NameContained, NameHigh, Near, SameWebsite, SameHostOnly, SameHandle, SamePostcode,
          AddressSimilarity, SameAddress, NearNameHigh, SameWebsiteAcross, CoarseFar})
        s[size_t(f)] = 1;
    for (Feature f : {Far, SamePointNamesDiffer, DifferentWebsites, DifferentHandles, DifferentPostcodes,
                      TypeConflict, GenericName, NameLow, BranchPages, DifferentAddress})
        s[size_t(f)] = -1;
    return s;
}

namespace {

// The built-in model, read once (its JSON is checked by tst_matchsettings; a broken one falls back to
// the hand-set weights rather than stopping the program).
const QJsonObject& builtInModel()
{
    static const QJsonObject model = [] {
        initMatchResource();
        QFile file(QStringLiteral(":/match/match-model.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return model;
}

} // namespace

double MatchSettings::builtIn(const char* key, double fallback)
{
    return builtInModel().value(QLatin1String(key)).toDouble(fallback);
}

// Fitted by `recoupe-cli match --fit-labels …` (see resources/match/README.md); features the file does
// not name keep their hand-set weight.
Weights MatchSettings::fittedWeights()
{
    Weights w = priorWeights();
    const QJsonObject weights = builtInModel().value(QStringLiteral("weights")).toObject();
    for (int f = 0; f < FeatureCount; ++f)
        w[size_t(f)] = weights.value(featureName(Feature(f))).toDouble(w[size_t(f)]);
    return w;
}

QJsonObject MatchSettings::toJson() const
{
    QJsonObject w;
    for (int f = 0; f < FeatureCount; ++f)
        w.insert(featureName(Feature(f)), weights[size_t(f)]);
    return QJsonObject{{QStringLiteral("weights"), w},
                       {QStringLiteral("same_threshold"), sameThreshold},
                       {QStringLiteral("review_threshold"), reviewThreshold},
                       {QStringLiteral("review_same_website_metres"), reviewSameWebsiteMetres},
                       {QStringLiteral("generic_name_factor"), genericNameFactor},
                       {QStringLiteral("review_rare_name_records"), reviewRareNameRecords},
                       {QStringLiteral("review_rare_name_metres"), reviewRareNameMetres},
                       {QStringLiteral("review_website_name_similarity"), reviewWebsiteNameSimilarity},
                       {QStringLiteral("grid_cell_metres"), gridCellMetres},
                       {QStringLiteral("spatial_radius_metres"), spatialRadiusMetres},
                       {QStringLiteral("spatial_neighbours"), spatialNeighbours},
                       {QStringLiteral("max_block_size"), maxBlockSize},
                       {QStringLiteral("block_window"), blockWindow},
                       {QStringLiteral("rare_name_block_records"), rareNameBlockRecords},
                       {QStringLiteral("chain_host_spread"), chainHostSpread},
                       {QStringLiteral("chain_place_metres"), chainPlaceMetres},
                       {QStringLiteral("chain_local_metres"), chainLocalMetres},
                       {QStringLiteral("threads"), threads}};
}

MatchSettings MatchSettings::fromJson(const QJsonObject& object)
{
    MatchSettings s;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const double v = it.value().toDouble();
        if (key == QLatin1String("weights")) {
            const QJsonObject w = it.value().toObject();
            for (auto wi = w.begin(); wi != w.end(); ++wi) {
                int f = 0;
                while (f < FeatureCount && featureName(Feature(f)) != wi.key())
                    ++f;
                if (f == FeatureCount)
                    throw Error(
                        QCoreApplication::translate("match", "Unknown feature \"%1\" in the match weights")
                            .arg(wi.key()));
                s.weights[size_t(f)] = wi.value().toDouble();
            }
        } else if (key == QLatin1String("same_threshold")) {
            s.sameThreshold = v;
        } else if (key == QLatin1String("review_threshold")) {
            s.reviewThreshold = v;
        } else if (key == QLatin1String("review_same_website_metres")) {
            s.reviewSameWebsiteMetres = v;
        } else if (key == QLatin1String("review_rare_name_records")) {
            s.reviewRareNameRecords = int(v);
        } else if (key == QLatin1String("review_rare_name_metres")) {
            s.reviewRareNameMetres = v;
        } else if (key == QLatin1String("review_website_name_similarity")) {
            s.reviewWebsiteNameSimilarity = v;
        } else if (key == QLatin1String("generic_name_factor")) {
            s.genericNameFactor = std::clamp(v, 0.0, 1.0);
        } else if (key == QLatin1String("grid_cell_metres")) {
            s.gridCellMetres = v;
        } else if (key == QLatin1String("spatial_radius_metres")) {
            s.spatialRadiusMetres = v;
        } else if (key == QLatin1String("spatial_neighbours")) {
            s.spatialNeighbours = int(v);
        } else if (key == QLatin1String("max_block_size")) {
            s.maxBlockSize = int(v);
        } else if (key == QLatin1String("block_window")) {
            s.blockWindow = int(v);
        } else if (key == QLatin1String("rare_name_block_records")) {
            s.rareNameBlockRecords = int(v);
        } else if (key == QLatin1String("chain_host_spread")) {
            s.chainHostSpread = int(v);
        } else if (key == QLatin1String("chain_place_metres")) {
            s.chainPlaceMetres = v;
        } else if (key == QLatin1String("chain_local_metres")) {
            s.chainLocalMetres = v;
        } else if (key == QLatin1String("threads")) {
            s.threads = std::max(1, int(v));
        } else {
            throw Error(QCoreApplication::translate("match", "Unknown match setting \"%1\"").arg(key));
        }
    }
    if (!(s.reviewThreshold <= s.sameThreshold))
        throw Error(QCoreApplication::translate("match", "The review threshold (%1) must not exceed the same "
                                                         "threshold (%2)")
                        .arg(s.reviewThreshold)
                        .arg(s.sameThreshold));
    return s;
}

MatchSettings MatchSettings::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("match", "Cannot read the match settings %1: %2")
                        .arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        throw Error(QCoreApplication::translate("match", "%1 is not a JSON object of match settings: %2")
                        .arg(path, error.errorString()));
    return fromJson(doc.object());
}

} // namespace recoupe::match
