#pragma once

#include <string>

namespace spinhance::model {

/// How far a run got into the epoch it has not finished; all zero at an epoch boundary.
struct EpochProgress {
    long long samplesDone = 0; ///< from the start of the epoch's shuffled order
    long long stepsDone = 0;
    double lossSum = 0.0; ///< of those steps, so the epoch's train loss still covers all of it
};

/// Where a training run stands: the state JSON of a checkpoint.
struct CheckpointState {
    int epochsDone = 0;
    long long step = 0;             ///< optimiser steps taken
    long long totalSteps = 0;       ///< of the whole run, the length of the learning-rate schedule
    EpochProgress inEpoch;          ///< of epoch epochsDone + 1
    std::string metricsJson = "{}"; ///< validation figures of the last finished epoch
};

/// The state JSON ("epochs_done", "step", "total_steps", "metrics", "epoch_samples_done", …).
std::string toJson(const CheckpointState& state);
/// Parses a state JSON; the "epoch_…" keys are absent (zero) in checkpoints that predate them.
/// Throws Error{InvalidInput} naming `path`.
CheckpointState checkpointStateFromJson(const std::string& json, const std::string& path);

/// A training checkpoint (`checkpoint.pt`): the magic line "SPINCKPT1\n" (1 is the checkpoint
/// format version), then four 8-byte little-endian numbers (state JSON length, archive length,
/// FNV-1a 64 of the state, FNV-1a 64 of the archive), the state JSON (where the run stands: epoch,
/// step, place within the epoch), then a LibTorch archive (weights, EMA, optimiser, model config).
/// The layout of a model file, so the state is read without LibTorch. Checkpoints written before
/// the header existed (a bare LibTorch archive, state inside it) are still read.
struct CheckpointFileContents {
    std::string stateJson; ///< empty for a legacy checkpoint (its state is inside the archive)
    std::string archive;   ///< serialised LibTorch archive
};

/// Reads and checks a checkpoint. Throws NotFound, Io, Mismatch (not a checkpoint, or another
/// format version), or InvalidInput whose message says "truncated" (shorter than its header
/// announces) or "corrupted" (a checksum or a length that does not match); each names the file.
CheckpointFileContents readCheckpointFile(const std::string& path);

/// The bytes of a checkpoint holding `contents` (current format, with checksums).
std::string checkpointFileBytes(const CheckpointFileContents& contents);

} // namespace spinhance::model
