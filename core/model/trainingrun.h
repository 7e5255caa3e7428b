#pragma once
// Private to core/model: the state of one training run (includes LibTorch).

#include "model/checkpointfile.h"
#include "model/dataparallel.h"
#include "model/network.h"
#include "model/trainer.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>

namespace spinhance::model {

/// Everything a checkpoint holds: network, EMA copy, optimiser (with its moments), position in the
/// schedule and within the epoch, the model config (standardiser, vocabulary, grid) and the last
/// epoch's metrics.
struct TrainingRun {
    ModelConfig modelConfig;
    SpinGraphNet net{nullptr};
    SpinGraphNet ema{nullptr};
    std::unique_ptr<torch::optim::AdamW> optimizer;
    torch::Device device{torch::kCPU};
    int epochsDone = 0;
    long long step = 0;
    long long totalSteps = 0;
    EpochProgress inEpoch; ///< of epoch epochsDone + 1
    std::string lastMetricsJson = "{}";
    double budgetSeconds = 0.0; ///< ≤ 0: no time budget
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    DataParallelGroup* parallel = nullptr; ///< data-parallel training only

    /// Rank 0 (or the only process) validates and writes files.
    bool leads() const { return !parallel || parallel->rank() == 0; }
    int worldSize() const { return parallel ? parallel->worldSize() : 1; }

    /// Share of the time budget spent (0 without one).
    double timeFraction() const {
        if (budgetSeconds <= 0) return 0.0;
        const auto spent = std::chrono::steady_clock::now() - started;
        return std::chrono::duration<double>(spent).count() / budgetSeconds;
    }
    bool budgetSpent() const { return budgetSeconds > 0 && timeFraction() >= 1.0; }
    /// The step the schedule stands at: the real one, or further along when time runs ahead.
    long long scheduleStep() const {
        return std::max(step, static_cast<long long>(timeFraction() * double(totalSteps)));
    }
};

/// A fresh run: weights drawn from `modelConfig.seed`, EMA equal to them.
TrainingRun createRun(const ModelConfig& modelConfig, const TrainingConfig& config,
                      torch::Device device);

/// EMA ← d·EMA + (1−d)·weights, with d ramped up over the first steps so short runs are not
/// stale.
void updateEma(TrainingRun& run, double decay);

/// Atomic write (temporary file + rename) of a checksummed checkpoint (model/checkpointfile.h).
void saveCheckpoint(const TrainingRun& run, const std::string& path);
/// Restores `run` in place. Throws Error{Mismatch} for another recipe, size or grid, or for other
/// training data when the checkpoint stopped inside an epoch; Error{InvalidInput} for a truncated
/// or corrupted file.
void loadCheckpoint(TrainingRun& run, const std::string& path);

/// Warm start: the weights of a .spinmodel file (its EMA weights, as exported) become both the
/// network's and the EMA's, and its standardiser replaces the one fitted on the new data, because
/// the weights were learned on targets scaled by it. The optimiser stays fresh and the schedule
/// starts at step 0. Throws Error{Mismatch} for another recipe, size, grid or vocabulary.
void initialiseFromModel(TrainingRun& run, const std::string& path);

} // namespace spinhance::model
