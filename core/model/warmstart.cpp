// train --init-from: a new run that starts from a shipped model's weights (issue 15), so any
// machine can keep improving the default without the checkpoint it was trained with.
#include "common/error.h"
#include "model/modelio.h"
#include "model/trainingrun.h"

namespace spinhance::model {

namespace {

// Every parameter and buffer of `from` into the same-named one of `to`, which may have more.
void copyMatchingWeights(torch::nn::Module& from, torch::nn::Module& to, const std::string& path) {
    auto target = to.named_parameters(true);
    auto targetBuffers = to.named_buffers(true);
    torch::NoGradGuard noGrad;
    auto copy = [&](const std::string& name, const torch::Tensor& value, torch::Tensor* into) {
        if (!into || !into->sizes().equals(value.sizes()))
            throw Error(ErrorCode::Mismatch,
                        "the model's " + name +
                            " has no counterpart of the same shape in the "
                            "network being trained",
                        ErrorContext{path, 0, "weights"});
        into->copy_(value);
    };
    for (const auto& item : from.named_parameters(true))
        copy(item.key(), item.value(), target.find(item.key()));
    for (const auto& item : from.named_buffers(true))
        copy(item.key(), item.value(), targetBuffers.find(item.key()));
}

} // namespace

void initialiseFromModel(TrainingRun& run, const std::string& path) {
    LoadedModel loaded = loadModel(path);
    requireCompatible(run.modelConfig, loaded.config, path);
    if (loaded.config.size != run.modelConfig.size)
        throw Error(ErrorCode::Mismatch,
                    "expected a model of size " + modelSizeName(run.modelConfig.size) +
                        " to start from, found " + modelSizeName(loaded.config.size) +
                        " (train with --size " + modelSizeName(loaded.config.size) + ")",
                    ErrorContext{path, 0, "size"});
    loaded.net->to(torch::kCPU);
    if (loaded.config.fieldInput == run.modelConfig.fieldInput) {
        // Through bytes: buffers travel too, and a shape mismatch becomes an Error naming the file.
        const std::string weights = weightsToBytes(*loaded.net);
        weightsFromBytes(*run.net, weights, path);
        weightsFromBytes(*run.ema, weights, path);
    } else if (run.modelConfig.fieldInput) {
        // A field-blind model into a field-aware network: everything but the field branch, which
        // starts as the identity (network.cpp), so the run begins from the model's behaviour.
        copyMatchingWeights(*loaded.net, *run.net, path);
        copyMatchingWeights(*loaded.net, *run.ema, path);
    } else {
        throw Error(ErrorCode::Mismatch,
                    "expected a field-blind model to start a field-blind run from, found a "
                    "field-aware one (train with --field-range)",
                    ErrorContext{path, 0, "field_input"});
    }
    run.net->to(run.device);
    run.ema->to(run.device);
    for (auto& p : run.ema->parameters())
        p.set_requires_grad(false);
    run.modelConfig.standardiser = loaded.config.standardiser;
}

} // namespace spinhance::model
