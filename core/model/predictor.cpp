#include "model/predictor.h"

#include "common/error.h"
#include "model/decode.h"
#include "model/modelio.h"
#include "model/modelregistry.h"
#include "model/predictorloader.h"

#include <cmath>

namespace spinhance {

namespace model {

namespace {

// A tensor's values on the CPU in row-major order, as doubles.
std::vector<double> toDoubles(const torch::Tensor& tensor) {
    const auto values = tensor.to(torch::kCPU, torch::kFloat64).contiguous();
    return {values.data_ptr<double>(), values.data_ptr<double>() + values.numel()};
}

RawPrediction toRaw(const NetOutput& out, const Standardiser& s) {
    RawPrediction raw;
    auto shift = (out.shift[0] * s.shiftStdPpm + s.shiftMeanPpm)
                     .to(torch::kCPU, torch::kFloat64)
                     .contiguous();
    auto exist = torch::sigmoid(out.existLogit[0]).to(torch::kCPU, torch::kFloat64).contiguous();
    auto degeneracy =
        torch::softmax(out.degeneracyLogits[0], -1).to(torch::kCPU, torch::kFloat64).contiguous();
    auto coupling =
        (out.coupling[0] * s.couplingScaleHz).to(torch::kCPU, torch::kFloat64).contiguous();
    auto coupled =
        torch::sigmoid(out.coupledLogit[0]).to(torch::kCPU, torch::kFloat64).contiguous();
    auto equivalent =
        torch::sigmoid(out.equivalentLogit[0]).to(torch::kCPU, torch::kFloat64).contiguous();
    std::copy_n(shift.data_ptr<double>(), kMaxGroups, raw.shiftPpm.begin());
    std::copy_n(exist.data_ptr<double>(), kMaxGroups, raw.existProbability.begin());
    raw.degeneracyProbability.assign(degeneracy.data_ptr<double>(),
                                     degeneracy.data_ptr<double>() + degeneracy.numel());
    std::copy_n(coupling.data_ptr<double>(), kPairSlots, raw.couplingHz.begin());
    std::copy_n(coupled.data_ptr<double>(), kPairSlots, raw.coupledProbability.begin());
    std::copy_n(equivalent.data_ptr<double>(), kPairSlots, raw.equivalentProbability.begin());
    return raw;
}

class TorchPredictor : public Predictor {
public:
    TorchPredictor(const std::string& path, LoadedModel loaded, torch::Device device)
        : m_config(std::move(loaded.config)), m_net(std::move(loaded.net)), m_device(device),
          m_softEquivalence(recipeFlags(m_config.recipe).softEquivalence) {
        m_net->to(m_device);
        m_info = modelInfoFromConfig(path, m_config);
    }

    const ModelInfo& info() const override { return m_info; }

    Prediction predict(const std::vector<double>& spectrum) override {
        return predictAtField(spectrum, m_config.fieldMHz);
    }

    Prediction predictAtField(const std::vector<double>& spectrum, double fieldMHz) override {
        requireModelGrid(spectrum);
        if (!(fieldMHz > 0) || !std::isfinite(fieldMHz))
            throw Error(ErrorCode::InvalidArgument,
                        "expected a positive field in MHz, found " + std::to_string(fieldMHz),
                        ErrorContext{m_info.path, 0, "fieldMHz"});
        torch::NoGradGuard noGrad;
        auto input = torch::tensor(spectrum, torch::kFloat64).to(m_device, torch::kFloat32);
        input = input.unsqueeze(0);
        const auto fields = torch::full({1}, fieldMHz, torch::kFloat32).to(m_device);
        return decodePrediction(toRaw(m_net->forward(input, fields), m_config.standardiser),
                                m_softEquivalence);
    }

    std::vector<LayerActivations> layerActivations(const std::vector<std::vector<double>>& spectra,
                                                   bool withTokens) override {
        if (spectra.empty()) return {};
        std::vector<float> flat;
        for (const auto& spectrum : spectra) {
            requireModelGrid(spectrum);
            flat.insert(flat.end(), spectrum.begin(), spectrum.end());
        }
        torch::NoGradGuard noGrad;
        const auto input =
            torch::from_blob(flat.data(), {long(spectra.size()), m_config.grid.points})
                .to(m_device);
        std::vector<LayerActivations> out;
        std::vector<std::pair<std::string, torch::Tensor>> tokenStages;
        for (auto& [name, tensor] : m_net->stages(input, {}, withTokens ? &tokenStages : nullptr)) {
            out.push_back({name, tensor.size(0), tensor.size(1), toDoubles(tensor), 0, {}, {}});
        }
        const auto picked = withTokens ? m_net->tokenPositionsPpm(input) : torch::Tensor();
        const std::vector<double> positions =
            picked.defined() ? toDoubles(picked) : std::vector<double>();
        for (auto& [name, tensor] : tokenStages)
            for (LayerActivations& layer : out)
                if (layer.name == name) {
                    layer.tokens = tensor.size(1);
                    layer.tokenValues = toDoubles(tensor);
                    layer.tokenPositionsPpm = positions;
                }
        return out;
    }

private:
    void requireModelGrid(const std::vector<double>& spectrum) const {
        if (spectrum.size() != std::size_t(m_config.grid.points))
            throw Error(ErrorCode::InvalidArgument,
                        "expected a spectrum of " + std::to_string(m_config.grid.points) +
                            " points on the model grid, found " + std::to_string(spectrum.size()),
                        ErrorContext{m_info.path, 0, "spectrum"});
    }

    ModelInfo m_info;
    ModelConfig m_config;
    SpinGraphNet m_net;
    torch::Device m_device;
    bool m_softEquivalence;
};

} // namespace

std::unique_ptr<Predictor> loadPredictor(const std::string& path, const ModelConfig& expected,
                                         ComputeDevice device, bool sameRecipe) {
    LoadedModel loaded = loadModel(path);
    requireCompatible(expected, loaded.config, path, sameRecipe);
    const bool cuda = resolveComputeDevice(device) == ComputeDevice::Cuda;
    return std::make_unique<TorchPredictor>(path, std::move(loaded),
                                            cuda ? torch::Device(torch::kCUDA) : torch::kCPU);
}

} // namespace model

Prediction Predictor::predictAtField(const std::vector<double>& modelGridSpectrum, double) {
    return predict(modelGridSpectrum);
}

std::vector<LayerActivations> Predictor::layerActivations(const std::vector<std::vector<double>>&,
                                                          bool) {
    throw Error(ErrorCode::Unsupported,
                "this predictor (" + info().path + ") has no layer activations to inspect");
}

std::unique_ptr<Predictor> Predictor::load(const std::string& modelPath, ComputeDevice device) {
    model::ModelConfig expected;
    expected.vocabulary = model::degeneracyVocabulary();
    // Any recipe; the grid and format must match.
    return model::loadPredictor(modelPath, expected, device, false);
}

} // namespace spinhance
