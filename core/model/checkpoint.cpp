#include "common/error.h"
#include "model/modelfile.h"
#include "model/trainingrun.h"

#include <nlohmann/json.hpp>
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

std::string stateJson(const TrainingRun& run) {
    nlohmann::json j{{"epochs_done", run.epochsDone},
                     {"step", run.step},
                     {"total_steps", run.totalSteps},
                     {"metrics", nlohmann::json::parse(run.lastMetricsJson)}};
    return j.dump();
}

std::string readString(torch::serialize::InputArchive& archive, const std::string& key) {
    c10::IValue value;
    archive.read(key, value);
    return value.toStringRef();
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
    root.write("state", c10::IValue(stateJson(run)));
    std::ostringstream out;
    root.save_to(out);
    writeFileAtomically(path, out.str());
}

void loadCheckpoint(TrainingRun& run, const std::string& path) {
    torch::serialize::InputArchive root;
    try {
        root.load_from(path, run.device);
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::InvalidInput, "expected a training checkpoint: " + e.msg(),
                    ErrorContext{path, 0, {}});
    }
    const ModelConfig saved = modelConfigFromJson(readString(root, "config"), path);
    if (saved.recipe != run.modelConfig.recipe || saved.size != run.modelConfig.size)
        throw Error(ErrorCode::Mismatch,
                    "expected a checkpoint of recipe " + run.modelConfig.recipe + " size " +
                        run.modelConfig.size + ", found recipe " + saved.recipe + " size " +
                        saved.size,
                    ErrorContext{path, 0, "config"});
    requireCompatible(run.modelConfig, saved, path);
    torch::serialize::InputArchive net, ema, optimizer;
    root.read("model", net);
    root.read("ema", ema);
    root.read("optimizer", optimizer);
    run.net->load(net);
    run.ema->load(ema);
    run.optimizer->load(optimizer);
    const auto state = nlohmann::json::parse(readString(root, "state"));
    run.modelConfig = saved;
    run.modelConfig.parameterCount = parameterCount(*run.net);
    run.epochsDone = state.at("epochs_done").get<int>();
    run.step = state.at("step").get<long long>();
    run.lastMetricsJson = state.at("metrics").dump();
}

} // namespace spinhance::model
