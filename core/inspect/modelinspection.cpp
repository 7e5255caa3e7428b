#include "inspect/modelinspection.h"

#include "common/error.h"
#include "inspect/probes.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

namespace spinhance::inspect {

namespace {

// Per-stage activation rows gathered batch by batch.
using StageRows = std::map<std::string, std::vector<std::vector<double>>>;

void appendStages(Predictor& predictor, const std::vector<std::vector<double>>& spectra,
                  StageRows& rows, std::vector<std::string>& order) {
    for (const LayerActivations& layer : predictor.layerActivations(spectra)) {
        if (!rows.count(layer.name)) order.push_back(layer.name);
        auto& out = rows[layer.name];
        for (long long r = 0; r < layer.rows; ++r)
            out.emplace_back(layer.values.begin() + r * layer.cols,
                             layer.values.begin() + (r + 1) * layer.cols);
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
};

void appendTargets(const SpinSystem& s, Targets& t) {
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
        for (const DatasetSample& sample : data.readMany(chunk)) {
            spectra.emplace_back(sample.spectrum.begin(), sample.spectrum.end());
            appendTargets(sample.target, g.targets);
        }
        appendStages(model, spectra, g.mine, g.order);
        if (other) appendStages(*other, spectra, g.theirs, g.otherOrder);
        if (progress)
            progress({long(start + chunk.size()), long(indices.size()), "layer activations"});
    }
    return g;
}

LayerReport reportOf(const std::string& name, const Activations& x, const Targets& targets) {
    LayerReport r;
    r.layer = name;
    r.features = x.cols();
    r.anisotropy = anisotropy(x);
    r.groupCountProbeAccuracy = classificationProbeAccuracy(x, targets.groupCount);
    r.meanShiftProbeR2 = regressionProbeR2(x, targets.meanShiftPpm);
    r.coupledShareProbeR2 = regressionProbeR2(x, targets.coupledShare);
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
        out.layers.push_back(reportOf(name, toMatrix(g.mine[name]), g.targets));
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
