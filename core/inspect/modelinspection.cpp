#include "inspect/modelinspection.h"

#include "common/error.h"
#include "inspect/probes.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

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

std::vector<LayerReport> inspectModels(Predictor& model, Predictor* other,
                                       const DatasetReader& data,
                                       const InspectionOptions& options,
                                       const ProgressCallback& progress,
                                       const CancelFlag* cancel) {
    std::vector<std::size_t> indices = data.indicesOf(options.split);
    indices.resize(std::min(indices.size(), options.samples));
    if (indices.size() < 10)
        throw Error(ErrorCode::InvalidArgument,
                    "model inspection needs at least 10 spectra in the split, found " +
                        std::to_string(indices.size()),
                    ErrorContext{data.path(), 0, "split"});
    StageRows mine, theirs;
    std::vector<std::string> order, otherOrder;
    Targets targets;
    for (std::size_t start = 0; start < indices.size(); start += options.batch) {
        throwIfCancelled(cancel);
        const std::vector<std::size_t> chunk(
            indices.begin() + long(start),
            indices.begin() + long(std::min(indices.size(), start + options.batch)));
        std::vector<std::vector<double>> spectra;
        for (const DatasetSample& sample : data.readMany(chunk)) {
            spectra.emplace_back(sample.spectrum.begin(), sample.spectrum.end());
            appendTargets(sample.target, targets);
        }
        appendStages(model, spectra, mine, order);
        if (other) appendStages(*other, spectra, theirs, otherOrder);
        if (progress)
            progress({long(start + chunk.size()), long(indices.size()), "layer activations"});
    }
    std::vector<LayerReport> reports;
    for (const std::string& name : order) {
        throwIfCancelled(cancel);
        const Activations x = toMatrix(mine[name]);
        LayerReport r;
        r.layer = name;
        r.features = x.cols();
        r.anisotropy = anisotropy(x);
        r.groupCountProbeAccuracy = classificationProbeAccuracy(x, targets.groupCount);
        r.meanShiftProbeR2 = regressionProbeR2(x, targets.meanShiftPpm);
        r.coupledShareProbeR2 = regressionProbeR2(x, targets.coupledShare);
        if (other && theirs.count(name)) {
            const Activations y = toMatrix(theirs[name]);
            r.linearCkaToOther = linearCka(x, y);
            r.rbfCkaToOther = rbfCka(x, y);
            r.svccaToOther = svcca(x, y);
        }
        reports.push_back(r);
    }
    return reports;
}

std::string inspectionJson(const std::vector<LayerReport>& reports, int indent) {
    nlohmann::json layers = nlohmann::json::array();
    for (const LayerReport& r : reports) {
        nlohmann::json layer = {
            {"layer", r.layer},
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
    return nlohmann::json{{"layers", layers}}.dump(indent);
}

} // namespace spinhance::inspect
