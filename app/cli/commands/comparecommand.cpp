#include "analysis/pipeline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"

#include <filesystem>
#include <iomanip>
#include <iostream>

namespace spinhance::cli {

namespace {

void printHeader() {
    std::cout << std::left << std::setw(28) << "model" << std::setw(7) << "recipe" << std::setw(7)
              << "size" << std::setw(10) << "input" << std::right << std::setw(10) << "shift ppm"
              << std::setw(10) << "J cpl Hz" << std::setw(10) << "J all Hz" << std::setw(8) << "F1"
              << std::setw(8) << "deg" << std::setw(8) << "count" << std::setw(8) << "cosine"
              << std::setw(10) << "H shift" << std::setw(10) << "H J cpl"
              << "\n";
}

void printRow(const std::string& path, const ModelInfo& info, const EvaluationMetrics& m) {
    std::cout << std::left << std::setw(28) << std::filesystem::path(path).filename().string()
              << std::setw(7) << info.recipe << std::setw(7) << info.size << std::setw(10)
              << model::inputKindName(info.input) << std::right << std::fixed
              << std::setprecision(4) << std::setw(10) << m.canonical.shiftMaePpm << std::setw(10)
              << m.canonical.jMaeCoupledHz << std::setw(10) << m.canonical.jMaeAllHz << std::setw(8)
              << std::setprecision(3) << m.canonical.couplingF1 << std::setw(8)
              << m.canonical.degeneracyBalancedAccuracy << std::setw(8) << m.groupCountAccuracy
              << std::setw(8) << m.spectralCosine << std::setprecision(4) << std::setw(10)
              << m.hungarian.shiftMaePpm << std::setw(10) << m.hungarian.jMaeCoupledHz << "\n";
}

int runCompare(const std::vector<std::string>& args) {
    std::vector<std::string> models;
    std::string dataPath, split = "test";
    long long maxSamples = 0;
    po::options_description options("compare options");
    options.add_options()("models", po::value(&models)->multitoken()->required(),
                          "model files")("data", po::value(&dataPath)->required(), "HDF5 dataset")(
        "split", po::value(&split)->default_value(split),
        "train, validation or test")("max-samples", po::value(&maxSamples)->default_value(0),
                                     "score at most N samples (0: all)");
    po::positional_options_description positional;
    positional.add("models", -1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("compare", args, options, positional, vm, exitCode,
                          "M1 M2 ... --data FILE.h5"))
        return exitCode;
    return runReportingErrors("compare", [&] {
        const Split which = splitFromName(split);
        printHeader();
        for (const auto& path : models) {
            ModelInfo info;
            const EvaluationMetrics m =
                analysis::evaluateModelFile(path, dataPath, which, maxSamples, &info);
            printRow(path, info, m);
        }
        std::cout
            << "(canonical order unless marked H = Hungarian-matched; deg = degeneracy balanced "
               "accuracy; count = group-count accuracy)\n";
        return int(ExitOk);
    });
}

} // namespace

CliCommand compareCommand() {
    return {"compare", "evaluate several models on one dataset split: one table, one row per model",
            runCompare};
}

} // namespace spinhance::cli
