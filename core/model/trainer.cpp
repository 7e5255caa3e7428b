#include "model/trainer.h"

#include "common/error.h"
#include "common/numberformat.h"
#include "model/batchproducer.h"
#include "model/computedevice.h"
#include "model/datasources.h"
#include "model/metricsfile.h"
#include "model/modelio.h"
#include "model/trainingrun.h"

#include <ATen/Context.h>
#include <ATen/autocast_mode.h>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>
#include <thread>
#include <torch/version.h>

namespace spinhance {

namespace {

using namespace model;
namespace fs = std::filesystem;

void checkConfig(const TrainingConfig& c) {
    auto bad = [](const std::string& field, const std::string& what) {
        return Error(ErrorCode::InvalidArgument, what, ErrorContext{{}, 0, field});
    };
    if (c.epochs < 1) throw bad("epochs", "expected at least 1 epoch");
    if (c.batchSize < 1) throw bad("batch-size", "expected a batch size of at least 1");
    if (c.outDir.empty()) throw bad("out", "expected an output folder");
    if (!(c.learningRate > 0)) throw bad("learning-rate", "expected a positive learning rate");
    if (!(c.budgetMinutes >= 0) || !std::isfinite(c.budgetMinutes))
        throw bad("budget-minutes", "expected a budget of 0 or more minutes");
    if (c.dataThreads > 256) throw bad("data-threads", "expected at most 256 data threads");
    if (c.resume && !c.initFrom.empty())
        throw bad("init-from", "--init-from starts a new run from a model's weights and --resume "
                               "continues a checkpoint; expected one of them, found both");
}

torch::Device deviceFor(const std::string& name) {
    const ComputeDevice device = resolveComputeDevice(parseComputeDevice(name, "device"));
    return device == ComputeDevice::Cuda ? torch::Device(torch::kCUDA) : torch::kCPU;
}

// bf16 autocast on CUDA only; on CPU the model trains in fp32. LibTorch 2.4 replaced the
// GPU-only setters by per-device ones (the old ones are deprecated there).
struct AutocastScope {
    explicit AutocastScope(bool enabled) : m_enabled(enabled) {
        if (!m_enabled) return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
        at::autocast::set_autocast_enabled(at::kCUDA, true);
#else
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_enabled(true);
#endif
    }
    ~AutocastScope() {
        if (!m_enabled) return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        at::autocast::set_autocast_enabled(at::kCUDA, false);
#else
        at::autocast::set_enabled(false);
#endif
        at::autocast::clear_cache();
    }
    bool m_enabled;
};

// fp32 matrix products outside autocast (the losses, the EMA) may use TF32 on Ampere and later.
void allowTensorFloat32(torch::Device device) {
    if (!device.is_cuda()) return;
    at::globalContext().setAllowTF32CuBLAS(true);
    at::globalContext().setAllowTF32CuDNN(true);
}

// Generated samples are pure functions of their index: on CUDA every core but one simulates.
// (BatchProducer widens its queue by the worker count itself.)
BatchProducer producerFor(const SampleSource& source, std::vector<std::size_t> order,
                          const TrainingConfig& c, torch::Device device) {
    int workers = c.dataThreads;
    if (workers <= 0)
        workers = device.is_cuda() ? std::max(1, int(std::thread::hardware_concurrency()) - 1) : 1;
    return BatchProducer(source, std::move(order), c.batchSize, 3, workers);
}

ModelConfig makeModelConfig(const TrainingConfig& c, const SampleSource& source) {
    ModelConfig m;
    m.recipe = c.recipe;
    m.size = c.size;
    m.input = c.input;
    m.grid = source.grid();
    m.fieldMHz = source.fieldMHz();
    if (const auto span = trainingFieldSpanMHz(c)) {
        m.fieldInput = true;
        m.fieldMinMHz = span->first;
        m.fieldMaxMHz = span->second;
    } else {
        m.fieldMinMHz = m.fieldMaxMHz = m.fieldMHz;
    }
    m.vocabulary = degeneracyVocabulary();
    m.standardiser = fitStandardiser(source);
    m.trainingDataHash = source.contentHash();
    m.seed = c.seed;
    return m;
}

std::vector<std::size_t> epochOrder(std::size_t count, std::uint64_t seed, int epoch) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ull + std::uint64_t(epoch));
    std::shuffle(order.begin(), order.end(), rng);
    return order;
}

struct BatchTensors {
    torch::Tensor spectra;
    torch::Tensor fieldsMHz; ///< [B]
    BatchTargets targets;
};

BatchTensors toTensors(const SampleBatch& batch, const ModelConfig& m, torch::Device device) {
    std::vector<const std::vector<float>*> spectra;
    for (const auto& s : batch.samples) {
        if (s.spectrum.size() != std::size_t(m.grid.points))
            throw Error(ErrorCode::InvalidInput,
                        "expected spectra of " + std::to_string(m.grid.points) + " points, found " +
                            std::to_string(s.spectrum.size()),
                        ErrorContext{s.target.id, 0, "spectrum"});
        spectra.push_back(&s.spectrum);
    }
    BatchTargets t = makeBatchTargets(batch.targets, m.standardiser);
    for (auto* tensor :
         {&t.shift, &t.degeneracy, &t.exists, &t.coupling, &t.coupled, &t.equivalent, &t.pairMask})
        *tensor = tensor->to(device);
    std::vector<float> fields;
    for (const auto& s : batch.samples)
        fields.push_back(float(s.fieldMHz));
    return {makeBatchSpectra(spectra).to(device), torch::tensor(fields).to(device), t};
}

// Data-parallel: the loss denominators summed over the ranks, and rank 0's schedule step (the
// others add 0), so every rank averages over the global batch and uses one learning rate even
// when a time budget drives the schedule.
struct SharedStep {
    LossDenominators denominators;
    long long scheduleStep = 0;
};

SharedStep shareStep(const TrainingRun& run, const BatchTargets& targets) {
    SharedStep shared{lossDenominators(targets), run.scheduleStep()};
    if (!run.parallel) return shared;
    auto step = torch::full({}, run.leads() ? double(shared.scheduleStep) : 0.0, torch::kFloat64);
    auto& d = shared.denominators;
    run.parallel->sumInPlace({d.slots, d.groups, d.pairs, d.equivalentPairs, step});
    shared.scheduleStep = std::llround(step.item<double>());
    return shared;
}

void sumGradients(const TrainingRun& run) {
    if (!run.parallel) return;
    std::vector<torch::Tensor> gradients;
    for (const auto& p : run.net->parameters())
        gradients.push_back(p.grad());
    run.parallel->sumInPlace(gradients);
}

// A NaN step would spread into every weight and, through the EMA, into the exported model; the
// run stops before it instead, the weights and the last checkpoint as they were.
Error nonFiniteLoss(const TrainingRun& run, const LossParts& loss) {
    std::string parts;
    for (const auto& [name, value] : loss.parts)
        parts += std::string(parts.empty() ? "" : ", ") + name + " " + formatNumber(value);
    return Error(ErrorCode::InvalidInput,
                 "the training loss is not finite at step " + std::to_string(run.step + 1) + " (" +
                     parts + "); no weight was updated with it",
                 ErrorContext{{}, 0, "loss"});
}

// Every rank must stop together: one that threw alone would leave the others waiting in the
// gradient all-reduce until the rendezvous timeout.
bool anyRankNonFinite(TrainingRun& run, double loss) {
    if (!run.parallel) return !std::isfinite(loss);
    auto flag = torch::full({1}, std::isfinite(loss) ? 0.0 : 1.0, torch::kFloat64);
    run.parallel->sumInPlace({flag});
    return flag.item<double>() > 0.0;
}

// Returns this rank's share of the global batch's loss (the whole loss on one process).
double trainStep(TrainingRun& run, const SampleBatch& batch, const TrainingConfig& c) {
    // Dropout draws depend only on (seed, step, rank), so a resumed run repeats the same steps.
    const int rank = run.parallel ? run.parallel->rank() : 0;
    torch::manual_seed(c.seed * 1000003ull + std::uint64_t(run.step) + 7919ull * rank);
    const BatchTensors b = toTensors(batch, run.modelConfig, run.device);
    const SharedStep shared = shareStep(run, b.targets);
    const double lr = learningRateAt(shared.scheduleStep, run.totalSteps, c);
    for (auto& group : run.optimizer->param_groups())
        static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
    run.net->train();
    run.optimizer->zero_grad();
    LossParts loss;
    {
        // LibTorch 1.13's C++ attention applies a key-padding mask to float and double weights
        // only: a peak-list network (padding masked) trains in fp32 on CUDA.
        AutocastScope autocast(run.device.is_cuda() &&
                               run.modelConfig.input == InputKind::Spectrum);
        loss = computeLoss(run.net->forward(b.spectra, b.fieldsMHz), b.targets,
                           recipeFlags(run.modelConfig.recipe), &shared.denominators);
    }
    const double total = loss.total.item<double>();
    if (anyRankNonFinite(run, total)) throw nonFiniteLoss(run, loss);
    loss.total.backward();
    sumGradients(run);
    run.net->zeroGradientFreeDirections();
    torch::nn::utils::clip_grad_norm_(run.net->parameters(), c.gradientClipNorm);
    run.optimizer->step();
    ++run.step;
    updateEma(run, c.emaDecay);
    return total;
}

void addValidationFigures(const NetOutput& out, const BatchTargets& t, const Standardiser& s,
                          std::map<std::string, double>& sums) {
    auto shiftError = (out.shift - t.shift).abs() * s.shiftStdPpm * t.exists;
    auto degHit = (out.degeneracyLogits.argmax(-1) == t.degeneracy).to(torch::kFloat32) * t.exists;
    auto existHit = ((out.existLogit > 0).to(torch::kFloat32) == t.exists).to(torch::kFloat32);
    auto coupledMask = t.pairMask * t.coupled;
    auto jError = (out.coupling - t.coupling).abs() * s.couplingScaleHz * coupledMask;
    sums["shift_abs_sum"] += shiftError.sum().item<double>();
    sums["groups"] += t.exists.sum().item<double>();
    sums["degeneracy_hits"] += degHit.sum().item<double>();
    sums["exist_hits"] += existHit.sum().item<double>();
    sums["slots"] += double(t.exists.numel());
    sums["j_abs_sum"] += jError.sum().item<double>();
    sums["coupled_pairs"] += coupledMask.sum().item<double>();
}

void validate(TrainingRun& run, const SampleSource* source, const TrainingConfig& c,
              EpochMetrics& m) {
    if (!source || source->size() == 0) return;
    torch::NoGradGuard noGrad;
    run.ema->eval();
    const std::size_t n =
        std::min<std::size_t>(source->size(), std::size_t(std::max(1LL, c.maxValidationSamples)));
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    BatchProducer producer = producerFor(*source, std::move(order), c, run.device);
    std::map<std::string, double> sums;
    double lossSum = 0, batches = 0;
    while (auto batch = producer.next()) {
        const BatchTensors b = toTensors(*batch, run.modelConfig, run.device);
        const NetOutput out = run.ema->forward(b.spectra, b.fieldsMHz);
        lossSum +=
            computeLoss(out, b.targets, recipeFlags(run.modelConfig.recipe)).total.item<double>();
        batches += 1;
        addValidationFigures(out, b.targets, run.modelConfig.standardiser, sums);
    }
    m.validationLoss = lossSum / std::max(1.0, batches);
    m.metrics["shift_mae_ppm"] = sums["shift_abs_sum"] / std::max(1.0, sums["groups"]);
    m.metrics["degeneracy_accuracy"] = sums["degeneracy_hits"] / std::max(1.0, sums["groups"]);
    m.metrics["existence_accuracy"] = sums["exist_hits"] / std::max(1.0, sums["slots"]);
    m.metrics["j_mae_coupled_hz"] = sums["j_abs_sum"] / std::max(1.0, sums["coupled_pairs"]);
}

void reportProgress(const ProgressCallback& progress, const TrainingRun& run,
                    const TrainingConfig& c) {
    if (progress)
        progress({run.step, run.totalSteps,
                  "epoch " + std::to_string(run.epochsDone + 1) + "/" + std::to_string(c.epochs)});
}

// The samples an epoch trains on: all of them on one process; data-parallel, those that fill
// whole global batches (every rank must run the same number of steps).
std::size_t epochSampleCount(const TrainingRun& run, std::size_t count, const TrainingConfig& c) {
    if (!run.parallel) return count;
    const std::size_t global = std::size_t(c.batchSize) * std::size_t(run.worldSize());
    return count / global * global;
}

// This rank's slice of each global batch in `order`.
std::vector<std::size_t> rankSlice(const std::vector<std::size_t>& order, const TrainingRun& run,
                                   const TrainingConfig& c) {
    if (!run.parallel) return order;
    std::vector<std::size_t> mine;
    const auto batch = std::size_t(c.batchSize), world = std::size_t(run.worldSize());
    for (std::size_t k = 0; k < order.size(); ++k)
        if ((k / batch) % world == std::size_t(run.parallel->rank())) mine.push_back(order[k]);
    return mine;
}

// The epoch's shuffled order without the samples a resumed run has already trained on (counted
// over all ranks), this rank's share of it.
std::vector<std::size_t> remainingOrder(const TrainingRun& run, std::size_t count,
                                        const TrainingConfig& c) {
    std::vector<std::size_t> order = epochOrder(count, c.seed, run.epochsDone);
    order.resize(epochSampleCount(run, count, c));
    const auto done = std::min(order.size(), std::size_t(run.inEpoch.samplesDone));
    order.erase(order.begin(), order.begin() + std::ptrdiff_t(done));
    return rankSlice(order, run, c);
}

struct LastCheckpoint {
    long long step = 0;
    std::chrono::steady_clock::time_point time = std::chrono::steady_clock::now();
};

// Ctrl+C keeps the partial epoch: the checkpoint records how far into it the run got.
void stopIfCancelled(const TrainingRun& run, const CancelFlag* cancel, const LastCheckpoint& last,
                     const std::string& checkpointPath) {
    if (!cancel || !*cancel) return;
    if (run.step > last.step && run.leads()) saveCheckpoint(run, checkpointPath);
    throwIfCancelled(cancel);
}

// What all ranks agree on after a step: the global batch's loss, and whether any rank was
// cancelled or ran out of time (so all stop at the same step).
struct StepOutcome {
    double loss = 0.0;
    bool cancelled = false;
    bool budgetSpent = false;
};

StepOutcome agreeOnStep(const TrainingRun& run, double loss, const CancelFlag* cancel) {
    StepOutcome outcome{loss, cancel && *cancel, run.budgetSpent()};
    if (!run.parallel) return outcome;
    auto values = torch::tensor({loss, double(outcome.cancelled), double(outcome.budgetSpent)},
                                torch::kFloat64);
    run.parallel->sumInPlace({values});
    return {values[0].item<double>(), values[1].item<double>() > 0, values[2].item<double>() > 0};
}

bool insideEpoch(const TrainingRun& run, std::size_t epochSamples) {
    return run.inEpoch.samplesDone < static_cast<long long>(epochSamples);
}

// Inside the epoch only: its last step is followed by the epoch-end checkpoint anyway. The clock
// bounds the work a hard kill loses whatever a step costs (20–30 s for a light model on 2 CPU
// cores, far less on a GPU).
bool checkpointDue(const TrainingRun& run, const TrainingConfig& c, const LastCheckpoint& last) {
    const double minutes =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - last.time).count() / 60.0;
    return (c.checkpointEverySteps > 0 && run.step % c.checkpointEverySteps == 0) ||
           (c.checkpointEveryMinutes > 0 && minutes >= c.checkpointEveryMinutes);
}

EpochMetrics runEpoch(TrainingRun& run, const SourcePair& sources, const TrainingConfig& c,
                      const ProgressCallback& progress, const CancelFlag* cancel,
                      TrainingSummary& summary) {
    const auto start = std::chrono::steady_clock::now();
    const std::size_t epochSamples = epochSampleCount(run, sources.train->size(), c);
    const long long samplesBefore = run.inEpoch.samplesDone;
    LastCheckpoint last{run.step, start};
    BatchProducer producer =
        producerFor(*sources.train, remainingOrder(run, sources.train->size(), c), c, run.device);
    while (auto batch = producer.next()) {
        // Set while validating (one process; data-parallel ranks agree after each step instead).
        if (!run.parallel) stopIfCancelled(run, cancel, last, summary.checkpointPath);
        const StepOutcome step = agreeOnStep(run, trainStep(run, *batch, c), cancel);
        summary.stepLosses.push_back(step.loss);
        run.inEpoch.lossSum += step.loss, ++run.inEpoch.stepsDone;
        run.inEpoch.samplesDone += static_cast<long long>(batch->samples.size()) * run.worldSize();
        reportProgress(progress, run, c);
        if (step.cancelled) {
            const CancelFlag anyRank{true};
            stopIfCancelled(run, &anyRank, last, summary.checkpointPath);
        }
        if (step.budgetSpent) break;
        if (!insideEpoch(run, epochSamples)) continue;
        if (checkpointDue(run, c, last) && run.leads())
            saveCheckpoint(run, summary.checkpointPath), last = LastCheckpoint{run.step};
        // Before waiting for the next batch, which the simulator may take seconds to make.
        if (!run.parallel) stopIfCancelled(run, cancel, last, summary.checkpointPath);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EpochMetrics m;
    m.epoch = run.epochsDone + 1;
    m.trainLoss = run.inEpoch.lossSum / double(std::max(1LL, run.inEpoch.stepsDone));
    m.samplesPerSecond = double(run.inEpoch.samplesDone - samplesBefore) / std::max(1e-9, seconds);
    if (run.leads()) validate(run, sources.validation.get(), c, m);
    return m;
}

// Data-parallel: joins the job and starts every rank from rank 0's weights (network and EMA), so
// the ranks stay identical step for step. Nothing on one process.
std::unique_ptr<DataParallelGroup> joinGroup(TrainingRun& run, const TrainingConfig& c,
                                             std::size_t samples) {
    if (!c.distributed.enabled()) return nullptr;
    const std::size_t global = std::size_t(c.batchSize) * std::size_t(c.distributed.worldSize);
    if (samples < global)
        throw Error(ErrorCode::InvalidArgument,
                    "expected at least one global batch (" +
                        std::to_string(c.distributed.worldSize) + " ranks × batch size " +
                        std::to_string(c.batchSize) + " = " + std::to_string(global) +
                        " samples), found " + std::to_string(samples),
                    ErrorContext{c.dataPath, 0, "batch-size"});
    auto group = std::make_unique<DataParallelGroup>(c.distributed);
    run.parallel = group.get();
    std::vector<torch::Tensor> state;
    for (auto* module : {&run.net, &run.ema}) {
        for (const auto& p : (*module)->parameters())
            state.push_back(p);
        for (const auto& b : (*module)->buffers())
            state.push_back(b);
    }
    group->broadcastFromRankZero(state);
    return group;
}

} // namespace

double learningRateAt(long long step, long long totalSteps, const TrainingConfig& c) {
    const double t = double(step);
    const double total = double(std::max(1LL, totalSteps));
    const double warmup = std::max(1.0, c.warmupFraction * total);
    const double holdEnd = warmup + c.holdFraction * total;
    if (t < warmup) return c.learningRate * (t + 1.0) / warmup;
    if (t < holdEnd) return c.learningRate;
    const double progress = std::min(1.0, (t - holdEnd) / std::max(1.0, total - holdEnd));
    const double floor = c.finalLearningRateFraction;
    return c.learningRate * (floor + (1.0 - floor) * 0.5 * (1.0 + std::cos(M_PI * progress)));
}

// --resume without a checkpoint used to start again at step 1 and append to the metrics (epochs
// 1, 1, 2, 3): refused instead, naming a leftover .tmp from an interrupted checkpoint write.
void requireCheckpoint(const std::string& path) {
    if (fs::exists(path)) return;
    const bool partial = fs::exists(path + ".tmp");
    throw Error(
        ErrorCode::NotFound,
        partial
            ? "expected a checkpoint to resume from, found only " +
                  fs::path(path).filename().string() +
                  ".tmp (a checkpoint write was interrupted); train again without --resume "
                  "(or with --restart) to start at step 1"
            : "expected a checkpoint to resume from, found none; train without --resume (or with "
              "--restart) to start at step 1",
        ErrorContext{path, 0, "resume"});
}

TrainingSummary train(const TrainingConfig& c, const ProgressCallback& progress,
                      const std::function<void(const EpochMetrics&)>& onEpoch,
                      const CancelFlag* cancel) {
    checkConfig(c);
    if (c.resume) requireCheckpoint((fs::path(c.outDir) / "checkpoint.pt").string());
    configureTorchThreads(c.threads);
    const SourcePair sources = openTrainingSources(c);
    if (sources.train->size() == 0)
        throw Error(ErrorCode::InvalidInput, "the training data hold no samples",
                    ErrorContext{c.dataPath, 0, {}});
    fs::create_directories(c.outDir);
    TrainingSummary summary;
    summary.checkpointPath = (fs::path(c.outDir) / "checkpoint.pt").string();
    summary.metricsPath = (fs::path(c.outDir) / "metrics.jsonl").string();
    summary.modelPath = (fs::path(c.outDir) / "model.spinmodel").string();
    TrainingRun run = createRun(makeModelConfig(c, *sources.train), c, deviceFor(c.device));
    if (c.resume) loadCheckpoint(run, summary.checkpointPath);
    if (!c.initFrom.empty()) initialiseFromModel(run, c.initFrom);
    const std::unique_ptr<DataParallelGroup> group = joinGroup(run, c, sources.train->size());
    if (run.leads()) keepEpochMetricsUpTo(summary.metricsPath, run.epochsDone);
    const long long globalBatch = static_cast<long long>(c.batchSize) * run.worldSize();
    const long long stepsPerEpoch =
        (static_cast<long long>(epochSampleCount(run, sources.train->size(), c)) + globalBatch -
         1) /
        globalBatch;
    run.totalSteps = stepsPerEpoch * c.epochs;
    run.budgetSeconds = c.budgetMinutes * 60.0;
    run.started = std::chrono::steady_clock::now();
    allowTensorFloat32(run.device);
    summary.parameterCount = run.modelConfig.parameterCount;
    while (run.epochsDone < c.epochs && !run.budgetSpent()) {
        EpochMetrics m = runEpoch(run, sources, c, progress, cancel, summary);
        run.epochsDone = m.epoch;
        run.inEpoch = {};
        run.lastMetricsJson = nlohmann::json(m.metrics).dump();
        if (run.leads()) {
            appendEpochMetrics(summary.metricsPath, m);
            saveCheckpoint(run, summary.checkpointPath);
        }
        summary.epochs.push_back(m);
        if (onEpoch) onEpoch(m);
    }
    ModelConfig exported = run.modelConfig;
    exported.metricsJson = run.lastMetricsJson;
    if (run.leads()) saveModel(summary.modelPath, exported, run.ema);
    summary.epochsCompleted = run.epochsDone;
    summary.steps = run.step;
    return summary;
}

} // namespace spinhance
