#include "common/error.h"
#include "model/checkpointfile.h"
#include "model/modelfile.h"
#include "model/trainingrun.h"

#include <sstream>

namespace spinhance::model {

namespace {

void copyParameters(torch::nn::Module& from, torch::nn::Module& to) {
    torch::NoGradGuard noGrad;
    auto source = from.parameters();
    auto target = to.parameters();
    for (std::size_t k = 0; k < source.size(); ++k)
        target[k].copy_(source[k]);
}

CheckpointState stateOf(const TrainingRun& run) {
    return {run.epochsDone, run.step, run.totalSteps, run.inEpoch, run.lastMetricsJson};
}

std::string readString(torch::serialize::InputArchive& archive, const std::string& key) {
    c10::IValue value;
    archive.read(key, value);
    return value.toStringRef();
}

torch::serialize::InputArchive openArchive(const std::string& bytes, torch::Device device,
                                           const std::string& path) {
    torch::serialize::InputArchive root;
    try {
        root.load_from(bytes.data(), bytes.size(), device);
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::InvalidInput, "expected a training checkpoint: " + e.msg(),
                    ErrorContext{path, 0, "archive"});
    }
    return root;
}

ModelConfig savedConfig(torch::serialize::InputArchive& root, const ModelConfig& expected,
                        const std::string& path) {
    const ModelConfig saved = modelConfigFromJson(readString(root, "config"), path);
    if (saved.recipe != expected.recipe || saved.size != expected.size)
        throw Error(ErrorCode::Mismatch,
                    "expected a checkpoint of recipe " + recipeName(expected.recipe) + " size " +
                        modelSizeName(expected.size) + ", found recipe " +
                        recipeName(saved.recipe) + " size " + modelSizeName(saved.size),
                    ErrorContext{path, 0, "config"});
    requireCompatible(expected, saved, path);
    return saved;
}

// The place within an epoch is a place in that epoch's shuffled order of these very samples;
// other data would silently skip or repeat samples.
void requireSameDataInsideEpoch(const CheckpointState& state, const ModelConfig& saved,
                                const ModelConfig& current, const std::string& path) {
    if (state.inEpoch.samplesDone == 0 || saved.trainingDataHash == current.trainingDataHash)
        return;
    throw Error(ErrorCode::Mismatch,
                "the checkpoint stopped inside epoch " + std::to_string(state.epochsDone + 1) +
                    " of training data " + saved.trainingDataHash +
                    "; expected the same data to resume there, found " + current.trainingDataHash,
                ErrorContext{path, 0, "training_data_hash"});
}

void loadModules(TrainingRun& run, torch::serialize::InputArchive& root) {
    torch::serialize::InputArchive net, ema, optimizer;
    root.read("model", net);
    root.read("ema", ema);
    root.read("optimizer", optimizer);
    run.net->load(net);
    run.ema->load(ema);
    run.optimizer->load(optimizer);
}

} // namespace

TrainingRun createRun(const ModelConfig& modelConfig, const TrainingConfig& config,
                      torch::Device device) {
    TrainingRun run;
    run.modelConfig = modelConfig;
    run.device = device;
    torch::manual_seed(modelConfig.seed);
    run.net = SpinGraphNet(modelConfig);
    run.ema = SpinGraphNet(modelConfig);
    run.net->to(device);
    run.ema->to(device);
    copyParameters(*run.net, *run.ema);
    for (auto& p : run.ema->parameters())
        p.set_requires_grad(false);
    run.modelConfig.parameterCount = parameterCount(*run.net);
    run.optimizer = std::make_unique<torch::optim::AdamW>(
        run.net->parameters(),
        torch::optim::AdamWOptions(config.learningRate).weight_decay(config.weightDecay));
    return run;
}

void updateEma(TrainingRun& run, double decay) {
    torch::NoGradGuard noGrad;
    const double d = std::min(decay, (1.0 + double(run.step)) / (10.0 + double(run.step)));
    auto source = run.net->parameters();
    auto target = run.ema->parameters();
    for (std::size_t k = 0; k < source.size(); ++k)
        target[k].mul_(d).add_(source[k].detach(), 1.0 - d);
}

void saveCheckpoint(const TrainingRun& run, const std::string& path) {
    torch::serialize::OutputArchive root;
    torch::serialize::OutputArchive net(root.compilation_unit());
    torch::serialize::OutputArchive ema(root.compilation_unit());
    torch::serialize::OutputArchive optimizer(root.compilation_unit());
    run.net->save(net);
    run.ema->save(ema);
    run.optimizer->save(optimizer);
    root.write("model", net);
    root.write("ema", ema);
    root.write("optimizer", optimizer);
    root.write("config", c10::IValue(toJson(run.modelConfig)));
    std::ostringstream archive;
    root.save_to(archive);
    writeFileAtomically(path, checkpointFileBytes({toJson(stateOf(run)), archive.str()}));
}

void loadCheckpoint(TrainingRun& run, const std::string& path) {
    const CheckpointFileContents contents = readCheckpointFile(path);
    torch::serialize::InputArchive root = openArchive(contents.archive, run.device, path);
    const ModelConfig saved = savedConfig(root, run.modelConfig, path);
    // Checkpoints that predate the header keep their state inside the archive.
    const CheckpointState state = checkpointStateFromJson(
        contents.stateJson.empty() ? readString(root, "state") : contents.stateJson, path);
    requireSameDataInsideEpoch(state, saved, run.modelConfig, path);
    loadModules(run, root);
    run.modelConfig = saved;
    run.modelConfig.parameterCount = parameterCount(*run.net);
    run.epochsDone = state.epochsDone;
    run.step = state.step;
    run.inEpoch = state.inEpoch;
    run.lastMetricsJson = state.metricsJson;
}

} // namespace spinhance::model
