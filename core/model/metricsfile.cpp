#include "model/metricsfile.h"

#include "common/error.h"
#include "model/modelfile.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace spinhance::model {

namespace {

std::string epochJson(const EpochMetrics& m) {
    nlohmann::json j{{"epoch", m.epoch},
                     {"train_loss", m.trainLoss},
                     {"validation_loss", m.validationLoss},
                     {"samples_per_second", m.samplesPerSecond},
                     {"metrics", m.metrics}};
    return j.dump();
}

// A line half written by a killed run does not parse; it belongs to no finished epoch.
int epochOfLine(const std::string& line) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    return j.is_object() ? j.value("epoch", 0) : 0;
}

} // namespace

void appendEpochMetrics(const std::string& path, const EpochMetrics& metrics) {
    std::ofstream out(path, std::ios::app);
    out << epochJson(metrics) << "\n";
    out.flush();
    if (!out) throw Error(ErrorCode::Io, "cannot append to the metrics", ErrorContext{path, 0, {}});
}

// A run killed between writing an epoch's line and that epoch's checkpoint resumes before the
// epoch; without this the epoch would be listed twice.
void keepEpochMetricsUpTo(const std::string& path, int epochsDone) {
    std::string kept;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        const int epoch = epochOfLine(line);
        if (epoch >= 1 && epoch <= epochsDone) kept += line + "\n";
    }
    in.close();
    writeFileAtomically(path, kept);
}

} // namespace spinhance::model
