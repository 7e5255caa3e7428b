#pragma once
// Private to core/model: <out>/metrics.jsonl, one JSON line per finished epoch.

#include "model/trainer.h"

#include <string>

namespace spinhance::model {

/// Appends the line of `metrics` ({"epoch", "train_loss", "validation_loss", …}).
void appendEpochMetrics(const std::string& path, const EpochMetrics& metrics);

/// Keeps only the lines of epochs 1 … `epochsDone` (none for a fresh run), rewriting the file
/// atomically.
void keepEpochMetricsUpTo(const std::string& path, int epochsDone);

} // namespace spinhance::model
