#include "model/network.h"

#include <cmath>

namespace spinhance::model {

namespace {

constexpr int kPpmFeatures = 32;
constexpr int kFieldHidden = 64; // width of the field-conditioning MLP
constexpr double kFocalGamma = 2.0;

int groupsFor(int channels) {
    for (int g : {8, 4, 2})
        if (channels % g == 0) return g;
    return 1;
}

// Splits the total stride over the stages: 4 where it divides, the remainder in the last stage.
std::vector<int> stageStrides(int totalStride, int stages) {
    std::vector<int> strides;
    for (int k = 0; k < stages - 1; ++k) {
        const int s =
            totalStride % 4 == 0 && totalStride >= 16 ? 4 : (totalStride % 2 == 0 ? 2 : 1);
        strides.push_back(s);
        totalStride /= s;
    }
    strides.push_back(std::max(1, totalStride));
    return strides;
}

torch::nn::Sequential makeStem(const SizeSpec& size, int inChannels, int points) {
    std::vector<int> channels = size.stemChannels;
    channels.push_back(size.modelDim);
    const auto strides = stageStrides(std::max(1, points / size.tokens), int(channels.size()));
    torch::nn::Sequential stem;
    int cin = inChannels;
    for (std::size_t k = 0; k < channels.size(); ++k) {
        const int s = strides[k];
        stem->push_back(torch::nn::Conv1d(
            torch::nn::Conv1dOptions(cin, channels[k], 2 * s + 1).stride(s).padding(s)));
        stem->push_back(
            torch::nn::GroupNorm(torch::nn::GroupNormOptions(groupsFor(channels[k]), channels[k])));
        stem->push_back(torch::nn::GELU());
        cin = channels[k];
    }
    return stem;
}

// Sinusoids of the token's centre shift (periods 0.01–24 ppm), so attention knows where in ppm it
// is.
torch::Tensor ppmFeatures(const PpmGrid& grid, int tokens) {
    auto centres = torch::arange(tokens, torch::kFloat64)
                       .add(0.5)
                       .div(tokens)
                       .mul(grid.toPpm - grid.fromPpm)
                       .add(grid.fromPpm);
    const int half = kPpmFeatures / 2;
    auto periods = torch::logspace(std::log10(24.0), std::log10(0.01), half, 10.0, torch::kFloat64);
    auto phase = centres.unsqueeze(1) * (2.0 * M_PI) / periods.unsqueeze(0);
    return torch::cat({phase.sin(), phase.cos()}, 1).to(torch::kFloat32);
}

torch::nn::Sequential mlp(int in, int hidden, int out) {
    return torch::nn::Sequential(torch::nn::Linear(in, hidden), torch::nn::GELU(),
                                 torch::nn::Linear(hidden, out));
}

// No dropout where training data are fresh every step anyway (tiny for tests, desk because
// dropout's random masks cost a quarter of a CPU training step).
double dropoutFor(ModelSize size) {
    return size == ModelSize::Tiny || size == ModelSize::Desk ? 0.0 : 0.1;
}

// Mean over the tokens of z [T, B, d] that are not padding ([B, T] bool, undefined: none).
torch::Tensor tokenMean(const torch::Tensor& z, const torch::Tensor& padding) {
    if (!padding.defined()) return z.mean(0);
    auto keep = padding.logical_not().transpose(0, 1).unsqueeze(-1).to(z.dtype()); // [T, B, 1]
    return (z * keep).sum(0) / keep.sum(0).clamp_min(1.0);
}

torch::Tensor maskedMean(const torch::Tensor& values, const torch::Tensor& mask,
                         const torch::Tensor& count) {
    return (values * mask).sum() / count.clamp_min(1.0);
}

torch::Tensor binaryLoss(const torch::Tensor& logits, const torch::Tensor& target, bool focal) {
    auto ce =
        torch::binary_cross_entropy_with_logits(logits, target, {}, {}, torch::Reduction::None);
    if (!focal) return ce;
    auto p = torch::sigmoid(logits);
    auto pt = p * target + (1 - p) * (1 - target);
    return ce * (1 - pt).pow(kFocalGamma);
}

torch::Tensor classLoss(const torch::Tensor& logits, const torch::Tensor& target, bool focal) {
    auto logp = torch::log_softmax(logits, -1);
    auto logpt = logp.gather(-1, target.unsqueeze(-1)).squeeze(-1);
    if (!focal) return -logpt;
    return -(1 - logpt.exp()).pow(kFocalGamma) * logpt;
}

} // namespace

SpinGraphNetImpl::SpinGraphNetImpl(const ModelConfig& config)
    : m_flags(recipeFlags(config.recipe)), m_size(sizeSpec(config.size)), m_grid(config.grid) {
    const int d = m_size.modelDim;
    const double dropout = dropoutFor(config.size);
    if (config.input == InputKind::Peaks) {
        // As many peak tokens as the dense encoder has ppm tokens: the same attention cost.
        m_peakTokens = register_module("peak_tokens", PeakTokeniser(d, kPpmFeatures, config.grid));
    } else {
        m_stem =
            register_module("stem", makeStem(m_size, m_flags.inputChannels(), config.grid.points));
        m_position = register_module("position", torch::nn::Linear(kPpmFeatures, d));
        m_ppmFeatures = register_buffer("ppm_features", ppmFeatures(config.grid, m_size.tokens));
    }
    auto encoderLayer = torch::nn::TransformerEncoderLayer(
        torch::nn::TransformerEncoderLayerOptions(d, m_size.heads)
            .dim_feedforward(m_size.feedForwardDim)
            .dropout(dropout)
            .activation(torch::kGELU));
    m_encoder = register_module(
        "encoder", torch::nn::TransformerEncoder(
                       torch::nn::TransformerEncoderOptions(encoderLayer, m_size.encoderLayers)));
    auto decoderLayer = torch::nn::TransformerDecoderLayer(
        torch::nn::TransformerDecoderLayerOptions(d, m_size.heads)
            .dim_feedforward(m_size.feedForwardDim)
            .dropout(dropout)
            .activation(torch::kGELU));
    m_decoder = register_module(
        "decoder", torch::nn::TransformerDecoder(
                       torch::nn::TransformerDecoderOptions(decoderLayer, m_size.decoderLayers)));
    m_queries = register_parameter("queries", torch::randn({kMaxGroups, d}) * 0.5);
    m_nodeNorm =
        register_module("node_norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d})));
    const int classes = int(degeneracyVocabulary().size());
    m_nodeHead = register_module("node_head", mlp(d, d, 2 + classes));
    m_pairHead = register_module("pair_head", mlp(3 * d, d, 3));
    if (config.fieldInput) {
        // FiLM from log(field / 90 MHz): the last layer starts at zero, so a field-aware network
        // begins as the field-blind one it may be warm-started from.
        m_fieldFilm = register_module("field_film", mlp(1, kFieldHidden, 2 * d));
        auto last = m_fieldFilm[2]->as<torch::nn::LinearImpl>();
        torch::NoGradGuard noGrad;
        last->weight.zero_();
        last->bias.zero_();
    }
}

torch::Tensor SpinGraphNetImpl::inputChannels(const torch::Tensor& spectra) const {
    // Scale to unit maximum so every spectrum reaches the stem at the same amplitude.
    auto x = spectra / spectra.amax(1, true).clamp_min(1e-12);
    std::vector<torch::Tensor> channels{x};
    if (m_flags.peakChannel) {
        channels.push_back(x * peakMask(x).to(x.dtype()));
    }
    if (m_flags.integralChannel) {
        auto area = spectra.clamp_min(0.0);
        channels.push_back(area.cumsum(1) / area.sum(1, true).clamp_min(1e-12));
    }
    return torch::stack(channels, 1);
}

torch::Tensor SpinGraphNetImpl::tokenPositionsPpm(const torch::Tensor& spectra) const {
    if (!m_peakTokens) return {};
    const PickedPeaks peaks = pickPeaks(spectra, m_grid, m_size.tokens);
    return peaks.positionPpm.masked_fill(peaks.padding, std::nan(""));
}

SpinGraphNetImpl::Tokens SpinGraphNetImpl::tokens(const torch::Tensor& spectra,
                                                  const torch::Tensor& fieldsMHz) {
    Tokens t;
    if (m_peakTokens) {
        const PickedPeaks peaks = pickPeaks(spectra, m_grid, m_size.tokens);
        t.padding = peaks.padding;
        t.z = m_peakTokens->forward(peaks);
    } else {
        auto z = m_stem->forward(inputChannels(spectra));
        z = torch::adaptive_avg_pool1d(z, {m_size.tokens});
        t.z = z.permute({2, 0, 1}) + m_position->forward(m_ppmFeatures).unsqueeze(1); // [T, B, d]
    }
    t.z = conditionOnField(t.z, fieldsMHz, spectra.size(0));
    return t;
}

torch::Tensor SpinGraphNetImpl::conditionOnField(const torch::Tensor& z,
                                                 const torch::Tensor& fieldsMHz, int64_t batch) {
    if (!m_fieldFilm) return z;
    const auto options = torch::TensorOptions().device(z.device()).dtype(torch::kFloat32);
    auto fields =
        fieldsMHz.defined() ? fieldsMHz.to(options) : torch::full({batch}, kModelFieldMHz, options);
    const auto film = m_fieldFilm->forward(torch::log(fields / kModelFieldMHz).unsqueeze(1));
    const std::vector<torch::Tensor> parts = film.to(z.dtype()).chunk(2, 1);
    return z * (1.0 + parts[0].unsqueeze(0)) + parts[1].unsqueeze(0);
}

SpinGraphNetImpl::Tokens SpinGraphNetImpl::encode(const torch::Tensor& spectra,
                                                  const torch::Tensor& fieldsMHz) {
    Tokens t = tokens(spectra, fieldsMHz);
    t.z = m_encoder->forward(t.z, {}, t.padding);
    return t;
}

std::vector<std::pair<std::string, torch::Tensor>>
SpinGraphNetImpl::stages(const torch::Tensor& spectra, const torch::Tensor& fieldsMHz) {
    return stages(spectra, fieldsMHz, nullptr);
}

std::vector<std::pair<std::string, torch::Tensor>>
SpinGraphNetImpl::stages(const torch::Tensor& spectra, const torch::Tensor& fieldsMHz,
                         std::vector<std::pair<std::string, torch::Tensor>>* tokenStages) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    const Tokens first = tokens(spectra, fieldsMHz);
    auto z = first.z;
    const auto padding = first.padding; // a plain variable: lambdas may not capture bindings
    auto keep = [&](const std::string& name, const torch::Tensor& tokens) { // [T, B, d]
        out.emplace_back(name, tokenMean(tokens, padding));
        if (tokenStages) tokenStages->emplace_back(name, tokens.permute({1, 0, 2}));
    };
    keep(m_peakTokens ? "peak tokens" : "stem", z);
    for (std::size_t l = 0; l < m_encoder->layers->size(); ++l) {
        z = m_encoder->layers[l]->as<torch::nn::TransformerEncoderLayerImpl>()->forward(z, {},
                                                                                        padding);
        keep("encoder " + std::to_string(l + 1), z);
    }
    // The encoder and decoder have no final norm: their layers in turn are their forward().
    const auto memory = z;
    auto nodes = m_queries.unsqueeze(1).expand({kMaxGroups, spectra.size(0), m_size.modelDim});
    for (std::size_t l = 0; l < m_decoder->layers->size(); ++l) {
        nodes = m_decoder->layers[l]->as<torch::nn::TransformerDecoderLayerImpl>()->forward(
            nodes, memory, {}, {}, {}, padding);
        out.emplace_back("decoder " + std::to_string(l + 1), nodes.mean(0));
    }
    out.emplace_back("nodes", m_nodeNorm->forward(nodes.permute({1, 0, 2})).mean(1));
    return out;
}

void SpinGraphNetImpl::zeroGradientFreeDirections() {
    torch::NoGradGuard noGrad;
    for (std::size_t k = 0; m_stem && k + 1 < m_stem->size(); ++k) {
        auto* conv = m_stem[k]->as<torch::nn::Conv1dImpl>();
        auto* norm = m_stem[k + 1]->as<torch::nn::GroupNormImpl>();
        if (!conv || !norm || norm->options.num_groups() != norm->options.num_channels()) continue;
        if (conv->bias.defined() && conv->bias.grad().defined()) conv->bias.mutable_grad().zero_();
    }
    for (auto& p : named_parameters()) {
        const std::string& name = p.key();
        const std::string suffix = "in_proj_bias";
        if (name.size() < suffix.size() ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        auto grad = p.value().mutable_grad();
        if (!grad.defined()) continue;
        const auto d = grad.size(0) / 3; // [query | key | value] biases
        grad.narrow(0, d, d).zero_();
    }
}

NetOutput SpinGraphNetImpl::forward(const torch::Tensor& spectra, const torch::Tensor& fieldsMHz) {
    const Tokens memory = encode(spectra, fieldsMHz);
    const auto batch = spectra.size(0);
    auto queries = m_queries.unsqueeze(1).expand({kMaxGroups, batch, m_size.modelDim});
    auto nodes =
        m_decoder->forward(queries, memory.z, {}, {}, {}, memory.padding).permute({1, 0, 2});
    return heads(m_nodeNorm->forward(nodes));
}

NetOutput SpinGraphNetImpl::heads(const torch::Tensor& h) {
    NetOutput out;
    auto node = m_nodeHead->forward(h);
    out.shift = node.select(-1, 0);
    out.existLogit = node.select(-1, 1);
    out.degeneracyLogits = node.narrow(-1, 2, node.size(-1) - 2);
    const auto shape = std::vector<int64_t>{h.size(0), kMaxGroups, kMaxGroups, h.size(2)};
    auto hi = h.unsqueeze(2).expand(shape);
    auto hj = h.unsqueeze(1).expand(shape);
    // Only symmetric functions of (h_i, h_j); the final average with the transpose makes the
    // symmetry exact even where BLAS would round identical rows differently.
    auto pair = m_pairHead->forward(torch::cat({hi + hj, hi * hj, (hi - hj).abs()}, -1));
    pair = (pair + pair.transpose(1, 2)) * 0.5;
    out.coupling = pair.select(-1, 0);
    out.coupledLogit = pair.select(-1, 1);
    out.equivalentLogit = pair.select(-1, 2);
    return out;
}

long long parameterCount(torch::nn::Module& module) {
    long long n = 0;
    for (const auto& p : module.parameters())
        n += p.numel();
    return n;
}

BatchTargets makeBatchTargets(const std::vector<EncodedTarget>& targets, const Standardiser& s) {
    const auto b = int64_t(targets.size());
    std::vector<float> shift, exists, coupling, coupled, equivalent, pairMask;
    std::vector<int64_t> degeneracy;
    for (const auto& t : targets) {
        for (int i = 0; i < kMaxGroups; ++i) {
            shift.push_back(float((t.shiftPpm[i] - s.shiftMeanPpm) / s.shiftStdPpm) * t.exists[i]);
            exists.push_back(t.exists[i]);
            degeneracy.push_back(t.degeneracyClass[i]);
            for (int j = 0; j < kMaxGroups; ++j) {
                const int k = i * kMaxGroups + j;
                coupling.push_back(float(t.couplingHz[k] / s.couplingScaleHz));
                coupled.push_back(t.coupled[k]);
                equivalent.push_back(t.equivalent[k]);
                pairMask.push_back(i != j ? t.exists[i] * t.exists[j] : 0.0f);
            }
        }
    }
    auto groups = [b](std::vector<float>& v) { return torch::tensor(v).view({b, kMaxGroups}); };
    auto pairs = [b](std::vector<float>& v) {
        return torch::tensor(v).view({b, kMaxGroups, kMaxGroups});
    };
    return {groups(shift),  torch::tensor(degeneracy).view({b, kMaxGroups}),
            groups(exists), pairs(coupling),
            pairs(coupled), pairs(equivalent),
            pairs(pairMask)};
}

torch::Tensor makeBatchSpectra(const std::vector<const std::vector<float>*>& spectra) {
    const auto points = int64_t(spectra.front()->size());
    auto out = torch::empty({int64_t(spectra.size()), points}, torch::kFloat32);
    for (std::size_t k = 0; k < spectra.size(); ++k)
        std::copy(spectra[k]->begin(), spectra[k]->end(), out[int64_t(k)].data_ptr<float>());
    return out;
}

LossDenominators lossDenominators(const BatchTargets& t) {
    const auto slots = torch::full({}, double(t.exists.numel()), t.exists.options());
    return {slots, t.exists.sum(), t.pairMask.sum(), (t.equivalent * t.pairMask).sum()};
}

LossParts computeLoss(const NetOutput& out, const BatchTargets& t, const RecipeFlags& flags,
                      const LossDenominators* global) {
    const LossDenominators n = global ? *global : lossDenominators(t);
    const bool focal = flags.focalLoss;
    LossParts loss;
    auto add = [&](const std::string& name, const torch::Tensor& value, double weight) {
        loss.parts[name] = value.item<double>();
        loss.total = loss.total.defined() ? loss.total + weight * value : weight * value;
    };
    add("exist", binaryLoss(out.existLogit, t.exists, focal).sum() / n.slots.clamp_min(1.0), 1.0);
    add("shift",
        maskedMean(torch::smooth_l1_loss(out.shift, t.shift, torch::Reduction::None, 0.1), t.exists,
                   n.groups),
        flags.shiftLossWeight);
    add("degeneracy",
        maskedMean(classLoss(out.degeneracyLogits, t.degeneracy, focal), t.exists, n.groups), 1.0);
    add("coupling",
        maskedMean(torch::smooth_l1_loss(out.coupling, t.coupling, torch::Reduction::None, 0.1),
                   t.pairMask, n.pairs),
        1.0);
    add("coupled", maskedMean(binaryLoss(out.coupledLogit, t.coupled, focal), t.pairMask, n.pairs),
        1.0);
    if (flags.softEquivalence) {
        add("equivalent",
            maskedMean(binaryLoss(out.equivalentLogit, t.equivalent, focal), t.pairMask, n.pairs),
            1.0);
        // Shift tying: equivalent groups must come out with one shift.
        auto gap = (out.shift.unsqueeze(2) - out.shift.unsqueeze(1)).pow(2);
        add("tie", maskedMean(gap, t.equivalent * t.pairMask, n.equivalentPairs), 1.0);
    }
    return loss;
}

} // namespace spinhance::model
