#pragma once

#include "common/progress.h"
#include "model/distributedsettings.h"
#include "model/recipe.h"
#include "model/samplesource.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace spinhance {

/// What `train` does. Data come from `trainSource`/`validationSource` when set (tests, GUI),
/// else from the HDF5 file `dataPath` (train and validation splits), else from `generateCount`
/// samples generated on the fly by the simulator.
struct TrainingConfig {
    model::Recipe recipe = model::Recipe::R030;
    model::ModelSize size = model::ModelSize::Light;
    /// The dense spectrum through the CNN stem, or picked peaks as tokens (peak-list encoder).
    model::InputKind input = model::InputKind::Spectrum;
    std::string dataPath;
    long long generateCount = 0;
    int epochs = 10;
    int batchSize = 16;
    std::string outDir;
    bool resume = false;
    std::string initFrom;       ///< warm start from this .spinmodel's weights (fresh optimiser)
    std::string device = "cpu"; ///< "cpu", "cuda" or "auto" (bf16 autocast on CUDA)
    std::uint64_t seed = 1;
    double learningRate = 3e-4;
    double weightDecay = 0.01;
    double warmupFraction = 0.05;            ///< of all steps, linear warm-up
    double holdFraction = 0.35;              ///< of all steps, at the peak rate after warm-up
    double finalLearningRateFraction = 0.05; ///< cosine decay ends at this share of the peak
    double gradientClipNorm = 1.0;
    double emaDecay = 0.999;
    int threads = 0; ///< ≤ 0: min(2, cores) or OMP_NUM_THREADS
    /// Threads that make batches (generated data only). ≤ 0: all cores but one on CUDA, where the
    /// GPU outruns one simulating core; 1 on CPU, where the cores do the maths.
    int dataThreads = 0;
    /// Wall-clock budget in minutes (≤ 0: none). The schedule then runs on whichever is further
    /// along, steps or time, so the rate has decayed when the budget ends; training stops there,
    /// inside an epoch if need be, and exports the model. Timing makes such runs unrepeatable.
    double budgetMinutes = 0.0;
    /// Non-empty: a field-aware network (FiLM on log field) trained on spectra whose fields
    /// are drawn per spectrum, "MIN-MAX[+SHARE]" as `dataset generate --field-range` (generated
    /// data), or read from the dataset's per-spectrum fields (HDF5 data).
    std::string fieldRange;
    /// Generated data: keep each spectrum in memory (float16, 32 kB) after its first epoch, so
    /// later epochs do not simulate again (for GPUs, which outrun the simulator).
    bool cacheGenerated = false;
    /// Generated data: the sampler profile, "uniform" (the original) or "molecule-like"
    /// (reweighted towards GISSMO's statistics; docs/dataset.md).
    std::string profile = "uniform";
    long long maxValidationSamples = 512;
    /// Also checkpoint inside an epoch every this many steps (≤ 0: not by steps) …
    long long checkpointEverySteps = 0;
    /// … and once this long has passed since the last checkpoint (≤ 0: not by time). A light
    /// model's checkpoint (150 MB) takes about 1.5 s to write, so 10 min cost 0.3 %.
    double checkpointEveryMinutes = 10.0;
    /// Data-parallel training (docs/distributed.md): `batchSize` is each rank's share of a global
    /// batch of worldSize × batchSize; an epoch drops the samples that do not fill a whole global
    /// batch; only rank 0 validates and writes checkpoints, metrics and the model.
    model::DistributedSettings distributed;
    std::shared_ptr<const model::SampleSource> trainSource;
    std::shared_ptr<const model::SampleSource> validationSource;
};

struct EpochMetrics {
    int epoch = 0; ///< 1-based
    double trainLoss = 0.0;
    double validationLoss = 0.0;
    std::map<std::string, double> metrics; ///< validation figures and loss parts
    double samplesPerSecond = 0.0;
};

struct TrainingSummary {
    int epochsCompleted = 0;
    long long steps = 0;
    long long parameterCount = 0;
    std::vector<double> stepLosses;   ///< steps run by this call (a resumed run lists only its own)
    std::vector<EpochMetrics> epochs; ///< epochs run by this call
    std::string modelPath;            ///< <outDir>/model.spinmodel (EMA weights)
    std::string checkpointPath;       ///< <outDir>/checkpoint.pt
    std::string metricsPath;          ///< <outDir>/metrics.jsonl
};

/// Trains the spin-graph model. Starts no thread besides the data producer. Writes a checkpoint
/// atomically after every epoch, inside an epoch by steps or by time, and when cancelled;
/// `resume` continues from it step for step, also from inside an epoch. Throws Error{Cancelled}
/// when `cancel` is set (after checkpointing the steps since the last checkpoint),
/// Error{InvalidArgument} for a bad config, Error{Mismatch} when resuming a checkpoint of another
/// recipe/size/grid, Error{NotFound} when `resume` finds no checkpoint (the message names a
/// leftover .tmp), Error{InvalidInput} for a truncated or corrupted checkpoint.
TrainingSummary train(const TrainingConfig& config, const ProgressCallback& progress,
                      const std::function<void(const EpochMetrics&)>& onEpoch,
                      const CancelFlag* cancel);

/// Learning rate at `step` of `totalSteps`: linear warm-up → hold → cosine decay.
double learningRateAt(long long step, long long totalSteps, const TrainingConfig& config);

} // namespace spinhance
