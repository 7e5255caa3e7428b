#include "analysis/pipeline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/error.h"
#include "model/computedevice.h"
#include "model/modelregistry.h"

#include <cmath>
#include <iomanip>
#include <iostream>

namespace spinhance::cli {

namespace {

void printTable(const Prediction& p) {
    const std::size_t n = p.system.size();
    std::cout << "group  shift/ppm  nH  confidence\n";
    for (std::size_t a = 0; a < n; ++a)
        std::cout << std::left << std::setw(7) << p.system.group(a).label << std::right
                  << std::fixed << std::setprecision(3) << std::setw(9)
                  << p.system.group(a).shiftPpm << std::setw(4) << p.system.group(a).protonCount
                  << std::setw(12) << std::setprecision(2) << p.groupConfidence[a] << "\n";
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a + 1; b < n; ++b)
            if (std::abs(p.system.couplingHz(a, b)) > 0)
                std::cout << "J(" << p.system.group(a).label << "," << p.system.group(b).label
                          << ") = " << std::setprecision(2) << p.system.couplingHz(a, b)
                          << " Hz  (confidence " << p.pairConfidence[a * n + b] << ")\n";
}

int runPredict(const std::vector<std::string>& args) {
    std::string file, modelPath, device = "cpu";
    po::options_description options("predict options");
    options.add_options()("file", po::value(&file)->required(), "spectrum file, folder or TSV")(
        "model", po::value(&modelPath), "model file (default: the bundled default model)")(
        "device", po::value(&device)->default_value(device),
        "cpu, cuda or auto")("json", "print the interchange record with confidences");
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("predict", args, options, positional, vm, exitCode,
                          "FILE [--model M] [--json]"))
        return exitCode;
    return runReportingErrors("predict", [&] {
        setPreferredComputeDevice(parseComputeDevice(device));
        const auto predictor = analysis::openModel(modelPath, analysis::ModelNeed::Required);
        const analysis::PredictionRun run = analysis::predictFile(file, *predictor);
        const double fieldMHz = run.processed.fieldMHz;
        Prediction p = run.prediction;
        p.system.id = file;
        if (vm.count("json")) {
            std::cout << analysis::predictionRecord(p, 2) << "\n";
            return int(ExitOk);
        }
        std::cout << file << " (" << fieldMHz << " MHz) with " << modelShapeName(predictor->info())
                  << "\n";
        printTable(p);
        return int(ExitOk);
    });
}

} // namespace

CliCommand predictCommand() {
    return {"predict", "predict the spin system of a spectrum file (with confidences)", runPredict};
}

} // namespace spinhance::cli
