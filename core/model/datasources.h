#pragma once

#include "model/modelconfig.h"
#include "model/samplesource.h"

#include <memory>
#include <optional>
#include <utility>
#include <string>

namespace spinhance {
struct TrainingConfig;
}

namespace spinhance::model {

struct SourcePair {
    std::shared_ptr<const SampleSource> train;
    std::shared_ptr<const SampleSource> validation;
};

/// The config's injected sources, else the HDF5 train/validation splits of `dataPath`, else
/// `generateCount` generated samples (+10 % for validation, disjoint seeds). Throws
/// Error{InvalidArgument} when none is given, Error{Unsupported} when this build has no dataset
/// room.
SourcePair openTrainingSources(const TrainingConfig& config);

/// The fields a run trains on (TrainingConfig::fieldRange; its high-field share widens the
/// span to 600 MHz), or nothing for a single-field run. Throws Error{InvalidArgument} for a
/// malformed range.
std::optional<std::pair<double, double>> trainingFieldSpanMHz(const TrainingConfig& config);

/// Shift mean/std and a coupling scale from the first `maxSamples` targets.
Standardiser fitStandardiser(const SampleSource& source, std::size_t maxSamples = 4096);

} // namespace spinhance::model
