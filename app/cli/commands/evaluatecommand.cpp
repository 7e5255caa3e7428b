#include "analysis/pipeline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "model/computedevice.h"

#include <iomanip>
#include <iostream>

namespace spinhance::cli {

namespace {

void printMatched(const char* name, const MatchedMetrics& m) {
    std::cout << std::left << std::setw(10) << name << std::right << std::fixed
              << std::setprecision(4) << "  shift MAE " << m.shiftMaePpm << " ppm  J MAE coupled "
              << m.jMaeCoupledHz << " Hz  J MAE all " << m.jMaeAllHz << " Hz  coupling F1 "
              << m.couplingF1 << "  degeneracy bal. acc. " << m.degeneracyBalancedAccuracy << "\n";
}

int runEvaluate(const std::vector<std::string>& args) {
    std::string modelPath, dataPath, split = "test", device = "cpu";
    long long maxSamples = 0;
    po::options_description options("evaluate options");
    options.add_options()("model", po::value(&modelPath)->required(), "model file (.spinmodel)")(
        "data", po::value(&dataPath)->required(), "HDF5 dataset")(
        "split", po::value(&split)->default_value(split), "train, validation or test")(
        "max-samples", po::value(&maxSamples)->default_value(0),
        "score at most N samples (0: all)")("device", po::value(&device)->default_value(device),
                                            "cpu, cuda or auto")("json", "print one JSON object");
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("evaluate", args, options, {}, vm, exitCode,
                          "--model M --data FILE.h5 [--json]"))
        return exitCode;
    return runReportingErrors("evaluate", [&] {
        setPreferredComputeDevice(parseComputeDevice(device));
        const EvaluationMetrics m =
            analysis::evaluateModelFile(modelPath, dataPath, splitFromName(split), maxSamples);
        if (vm.count("json")) {
            std::cout << toJson(m) << "\n";
            return int(ExitOk);
        }
        std::cout << modelPath << " on " << dataPath << " (" << split << ", " << m.count
                  << " spectra)\n";
        printMatched("canonical", m.canonical);
        printMatched("hungarian", m.hungarian);
        std::cout << "group-count accuracy " << m.groupCountAccuracy << "  spectral cosine "
                  << m.spectralCosine << "  (true system: " << m.truthSpectralCosine << ")\n";
        return int(ExitOk);
    });
}

} // namespace

CliCommand evaluateCommand() {
    return {"evaluate",
            "score a model on a dataset split (shift, J, F1, degeneracy, count, cosine)",
            runEvaluate};
}

} // namespace spinhance::cli
