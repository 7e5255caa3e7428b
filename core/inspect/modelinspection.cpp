#include "inspect/modelinspection.h"

#include "common/error.h"
#include "inspect/probes.h"
#include "model/targets.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>

namespace spinhance::inspect {

namespace {

// Per-stage activation rows gathered batch by batch.
using StageRows = std::map<std::string, std::vector<std::vector<double>>>;

// Per-group and per-pair rows of the stages with tokens: each group read at the token that covers
// its shift; a pair as the symmetric features [t_i * t_j, |t_i - t_j|] of its two groups'
// tokens (the form the model's own pair head reads).
struct GroupRows {
    StageRows groups, pairs;
};

// The token over `shiftPpm`: its equal ppm slice, or for a peak-list model the peak nearest it.
std::size_t tokenAt(double shiftPpm, const PpmGrid& grid, const LayerActivations& layer,
                    long long row) {
    const long long tokens = layer.tokens;
    if (!layer.tokenPositionsPpm.empty()) {
        const double* positions = layer.tokenPositionsPpm.data() + row * tokens;
        std::size_t best = 0;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (long long k = 0; k < tokens; ++k) { // NaN (padding) never compares smaller
            const double distance = std::abs(positions[k] - shiftPpm);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = std::size_t(k);
            }
        }
        return best;
    }
    const double fraction = (shiftPpm - grid.fromPpm) / (grid.toPpm - grid.fromPpm);
    const auto k = static_cast<long long>(std::floor(fraction * double(tokens)));
    return std::size_t(std::clamp(k, 0LL, tokens - 1));
}

void appendGroupRows(const LayerActivations& layer, const std::vector<SpinSystem>& systems,
                     const PpmGrid& grid, GroupRows& out) {
    if (layer.tokens <= 0) return;
    const long long d = layer.cols;
    for (long long b = 0; b < layer.rows && std::size_t(b) < systems.size(); ++b) {
        const SpinSystem& s = systems[std::size_t(b)];
        std::vector<const double*> token;
        for (std::size_t g = 0; g < s.size(); ++g) {
            const std::size_t k = tokenAt(s.group(g).shiftPpm, grid, layer, b);
            token.push_back(layer.tokenValues.data() +
                            (b * layer.tokens + static_cast<long long>(k)) * d);
            out.groups[layer.name].emplace_back(token.back(), token.back() + d);
        }
        for (std::size_t i = 0; i < s.size(); ++i)
            for (std::size_t j = i + 1; j < s.size(); ++j) {
                std::vector<double> row(std::size_t(2 * d));
                for (long long c = 0; c < d; ++c) {
                    row[std::size_t(c)] = token[i][c] * token[j][c];
                    row[std::size_t(d + c)] = std::abs(token[i][c] - token[j][c]);
                }
                out.pairs[layer.name].push_back(std::move(row));
            }
    }
}

void appendStages(Predictor& predictor, const std::vector<std::vector<double>>& spectra,
                  const std::vector<SpinSystem>& systems, const PpmGrid& grid, StageRows& rows,
                  GroupRows* groupRows, std::vector<std::string>& order) {
    for (const LayerActivations& layer : predictor.layerActivations(spectra, groupRows)) {
        if (!rows.count(layer.name)) order.push_back(layer.name);
        auto& out = rows[layer.name];
        for (long long r = 0; r < layer.rows; ++r)
            out.emplace_back(layer.values.begin() + r * layer.cols,
                             layer.values.begin() + (r + 1) * layer.cols);
        if (groupRows) appendGroupRows(layer, systems, grid, *groupRows);
    }
}

Activations toMatrix(const std::vector<std::vector<double>>& rows) {
    Activations x(Eigen::Index(rows.size()), rows.empty() ? 0 : Eigen::Index(rows[0].size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = 0; j < rows[i].size(); ++j)
            x(Eigen::Index(i), Eigen::Index(j)) = rows[i][j];
    return x;
}

struct Targets {
    std::vector<int> groupCount;
    std::vector<double> meanShiftPpm;
    std::vector<double> coupledShare;
    std::vector<int> degeneracy; ///< per group: its class in the model's vocabulary
    std::vector<int> coupled;    ///< per pair (i < j): 1 when J ≠ 0
};

void appendTargets(const SpinSystem& s, Targets& t) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        // -1: outside the vocabulary, a class of its own
        const int c = model::degeneracyClass(s.group(i).protonCount);
        t.degeneracy.push_back(c >= 0 ? c : int(model::degeneracyVocabulary().size()));
        for (std::size_t j = i + 1; j < s.size(); ++j)
            t.coupled.push_back(s.couplingHz(i, j) != 0.0 ? 1 : 0);
    }
    t.groupCount.push_back(int(s.size()));
    double sum = 0.0;
    int coupled = 0, pairs = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        sum += s.group(i).shiftPpm;
        for (std::size_t j = i + 1; j < s.size(); ++j, ++pairs)
            coupled += s.couplingHz(i, j) != 0.0;
    }
    t.meanShiftPpm.push_back(s.size() ? sum / double(s.size()) : 0.0);
    t.coupledShare.push_back(pairs ? double(coupled) / pairs : 0.0);
}

} // namespace

namespace {

struct Gathered {
    StageRows mine, theirs;
    GroupRows groupRows; ///< `model`'s token stages only
    std::vector<std::string> order, otherOrder;
    Targets targets;
};

Gathered gather(Predictor& model, Predictor* other, const DatasetReader& data,
                const std::vector<std::size_t>& indices, const InspectionOptions& options,
                const ProgressCallback& progress, const CancelFlag* cancel) {
    Gathered g;
    for (std::size_t start = 0; start < indices.size(); start += options.batch) {
        throwIfCancelled(cancel);
        const std::vector<std::size_t> chunk(
            indices.begin() + long(start),
            indices.begin() + long(std::min(indices.size(), start + options.batch)));
        std::vector<std::vector<double>> spectra;
        std::vector<SpinSystem> systems;
        for (const DatasetSample& sample : data.readMany(chunk)) {
            spectra.emplace_back(sample.spectrum.begin(), sample.spectrum.end());
            appendTargets(sample.target, g.targets);
            systems.push_back(sample.target);
        }
        appendStages(model, spectra, systems, data.grid(), g.mine, &g.groupRows, g.order);
        if (other)
            appendStages(*other, spectra, systems, data.grid(), g.theirs, nullptr, g.otherOrder);
        if (progress)
            progress({long(start + chunk.size()), long(indices.size()), "layer activations"});
    }
    return g;
}

// The share of the most frequent label among the held-out samples: what a probe that learnt
// nothing scores.
double majorityShare(const std::vector<int>& labels, double trainFraction) {
    const std::size_t first = std::size_t(trainFraction * double(labels.size()));
    std::map<int, std::size_t> counts;
    for (std::size_t k = first; k < labels.size(); ++k)
        ++counts[labels[k]];
    std::size_t most = 0;
    for (const auto& [label, count] : counts)
        most = std::max(most, count);
    return labels.size() > first ? double(most) / double(labels.size() - first) : 0.0;
}

LayerReport reportOf(const std::string& name, const Activations& x, const Targets& targets,
                     GroupRows& groupRows) {
    LayerReport r;
    r.layer = name;
    r.features = x.cols();
    r.anisotropy = anisotropy(x);
    r.groupCountProbeAccuracy = classificationProbeAccuracy(x, targets.groupCount);
    r.meanShiftProbeR2 = regressionProbeR2(x, targets.meanShiftPpm);
    r.coupledShareProbeR2 = regressionProbeR2(x, targets.coupledShare);
    const ProbeOptions probe;
    if (groupRows.groups.count(name) &&
        groupRows.groups[name].size() == targets.degeneracy.size()) {
        r.groupDegeneracyProbeAccuracy =
            classificationProbeAccuracy(toMatrix(groupRows.groups[name]), targets.degeneracy);
        r.groupDegeneracyMajorityShare = majorityShare(targets.degeneracy, probe.trainFraction);
    }
    if (groupRows.pairs.count(name) && groupRows.pairs[name].size() == targets.coupled.size() &&
        targets.coupled.size() >= 10) {
        r.pairCoupledProbeAccuracy =
            classificationProbeAccuracy(toMatrix(groupRows.pairs[name]), targets.coupled);
        r.pairCoupledMajorityShare = majorityShare(targets.coupled, probe.trainFraction);
    }
    return r;
}

std::vector<PreparedRepresentation> prepared(const std::vector<std::string>& order, StageRows& rows,
                                             const CancelFlag* cancel) {
    std::vector<PreparedRepresentation> out;
    for (const std::string& name : order) {
        throwIfCancelled(cancel);
        out.push_back(prepareRepresentation(toMatrix(rows[name])));
    }
    return out;
}

// Every stage against every stage; the same-named pairs also go into the layer reports.
SimilarityMatrix similarityMatrix(Gathered& g, std::vector<LayerReport>& reports,
                                  const ProgressCallback& progress, const CancelFlag* cancel) {
    const auto a = prepared(g.order, g.mine, cancel);
    const auto b = prepared(g.otherOrder, g.theirs, cancel);
    SimilarityMatrix m{g.order, g.otherOrder, {}, {}, {}};
    for (std::size_t i = 0; i < a.size(); ++i) {
        throwIfCancelled(cancel);
        for (std::size_t j = 0; j < b.size(); ++j) {
            const Similarity s = similarityOf(a[i], b[j]);
            m.linearCka.push_back(s.linearCka);
            m.rbfCka.push_back(s.rbfCka);
            m.svcca.push_back(s.svcca);
            if (g.order[i] != g.otherOrder[j]) continue;
            reports[i].linearCkaToOther = s.linearCka;
            reports[i].rbfCkaToOther = s.rbfCka;
            reports[i].svccaToOther = s.svcca;
        }
        if (progress) progress({long(i + 1), long(a.size()), "layer similarity"});
    }
    return m;
}

nlohmann::json rowsOf(const std::vector<double>& values, std::size_t columns) {
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t start = 0; start + columns <= values.size() && columns > 0; start += columns)
        rows.push_back(std::vector<double>(values.begin() + long(start),
                                           values.begin() + long(start + columns)));
    return rows;
}

} // namespace

ModelInspection inspectModels(Predictor& model, Predictor* other, const DatasetReader& data,
                              const InspectionOptions& options, const ProgressCallback& progress,
                              const CancelFlag* cancel) {
    std::vector<std::size_t> indices = data.indicesOf(options.split);
    indices.resize(std::min(indices.size(), options.samples));
    if (indices.size() < 10)
        throw Error(ErrorCode::InvalidArgument,
                    "model inspection needs at least 10 spectra in the split, found " +
                        std::to_string(indices.size()),
                    ErrorContext{data.path(), 0, "split"});
    Gathered g = gather(model, other, data, indices, options, progress, cancel);
    ModelInspection out;
    for (const std::string& name : g.order) {
        throwIfCancelled(cancel);
        out.layers.push_back(reportOf(name, toMatrix(g.mine[name]), g.targets, g.groupRows));
        if (progress) progress({long(out.layers.size()), long(g.order.size()), "probes"});
    }
    if (other) out.similarity = similarityMatrix(g, out.layers, progress, cancel);
    return out;
}

std::string inspectionJson(const ModelInspection& inspection, int indent) {
    nlohmann::json layers = nlohmann::json::array();
    for (const LayerReport& r : inspection.layers) {
        nlohmann::json layer = {{"layer", r.layer},
                                {"features", r.features},
                                {"anisotropy",
                                 {{"mean_pairwise_cosine", r.anisotropy.meanPairwiseCosine},
                                  {"first_component_share", r.anisotropy.firstComponentShare},
                                  {"top_tenth_share", r.anisotropy.topTenthShare}}},
                                {"probes",
                                 {{"group_count_accuracy", r.groupCountProbeAccuracy},
                                  {"mean_shift_r2", r.meanShiftProbeR2},
                                  {"coupled_share_r2", r.coupledShareProbeR2}}}};
        if (r.groupDegeneracyProbeAccuracy) {
            layer["probes"]["group_degeneracy_accuracy"] = *r.groupDegeneracyProbeAccuracy;
            layer["probes"]["group_degeneracy_majority"] = *r.groupDegeneracyMajorityShare;
        }
        if (r.pairCoupledProbeAccuracy) {
            layer["probes"]["pair_coupled_accuracy"] = *r.pairCoupledProbeAccuracy;
            layer["probes"]["pair_coupled_majority"] = *r.pairCoupledMajorityShare;
        }
        if (r.linearCkaToOther) {
            layer["linear_cka"] = *r.linearCkaToOther;
            layer["rbf_cka"] = *r.rbfCkaToOther;
            layer["svcca"] = *r.svccaToOther;
        }
        layers.push_back(layer);
    }
    nlohmann::json out{{"layers", layers}};
    if (const auto& m = inspection.similarity) {
        const std::size_t columns = m->columns.size();
        out["similarity"] = {{"rows", m->rows},
                             {"columns", m->columns},
                             {"linear_cka", rowsOf(m->linearCka, columns)},
                             {"rbf_cka", rowsOf(m->rbfCka, columns)},
                             {"svcca", rowsOf(m->svcca, columns)}};
    }
    return out.dump(indent);
}

} // namespace spinhance::inspect
