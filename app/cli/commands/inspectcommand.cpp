#include "analysis/pipeline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/atomicfile.h"
#include "common/error.h"

#include <iomanip>
#include <iostream>

namespace spinhance::cli {

namespace {

const char* kUsage =
    "--model A [--model B] --data FILE.h5 [--split test] [--samples N] [--json] "
    "[--out F.json]\n\n"
    "Looks inside spin-graph models (reference 001) on N spectra of a dataset split, stage by\n"
    "stage (stem, each encoder and decoder layer, the group nodes; features averaged over tokens\n"
    "or group slots): held-out linear probes of the group count (accuracy), the mean group shift\n"
    "and the share of coupled pairs (R²); the anisotropy of the space (mean pairwise cosine,\n"
    "variance on the first principal component); and with a second model, linear CKA, RBF CKA\n"
    "and SVCCA between the two at each stage of the same name (the table) and between every\n"
    "stage of one and every stage of the other (\"similarity\" in the JSON). Stages with a ppm\n"
    "axis (stem, encoder) are also probed per group, read at the token over its shift (its\n"
    "degeneracy class), and per pair (coupled or not, from its two tokens), each beside the\n"
    "majority-class share a probe that learnt nothing reaches.";

void printGroupProbes(const std::vector<inspect::LayerReport>& reports) {
    std::cout << "\n"
              << std::left << std::setw(12) << "stage" << std::right << std::setw(12)
              << "degeneracy" << std::setw(10) << "majority" << std::setw(10) << "coupled"
              << std::setw(10) << "majority"
              << "\n";
    for (const inspect::LayerReport& r : reports) {
        if (!r.groupDegeneracyProbeAccuracy || !r.pairCoupledProbeAccuracy) continue;
        std::cout << std::left << std::setw(12) << r.layer << std::right << std::fixed
                  << std::setprecision(3) << std::setw(12) << *r.groupDegeneracyProbeAccuracy
                  << std::setw(10) << *r.groupDegeneracyMajorityShare << std::setw(10)
                  << *r.pairCoupledProbeAccuracy << std::setw(10) << *r.pairCoupledMajorityShare
                  << "\n";
    }
    std::cout
        << "(per group at the token over its shift: held-out accuracy of its degeneracy "
           "class; per pair: of coupled or not; majority: the share of the commonest class)\n";
}

void printTable(const std::vector<inspect::LayerReport>& reports) {
    std::cout << std::left << std::setw(12) << "stage" << std::right << std::setw(7) << "dim"
              << std::setw(9) << "count" << std::setw(9) << "shift" << std::setw(9) << "coupled"
              << std::setw(9) << "cos" << std::setw(9) << "PC1" << std::setw(9) << "CKA"
              << std::setw(9) << "CKA-rbf" << std::setw(9) << "SVCCA"
              << "\n";
    for (const inspect::LayerReport& r : reports) {
        std::cout << std::left << std::setw(12) << r.layer << std::right << std::setw(7)
                  << r.features << std::fixed << std::setprecision(3) << std::setw(9)
                  << r.groupCountProbeAccuracy << std::setw(9) << r.meanShiftProbeR2 << std::setw(9)
                  << r.coupledShareProbeR2 << std::setw(9) << r.anisotropy.meanPairwiseCosine
                  << std::setw(9) << r.anisotropy.firstComponentShare;
        if (r.linearCkaToOther)
            std::cout << std::setw(9) << *r.linearCkaToOther << std::setw(9) << *r.rbfCkaToOther
                      << std::setw(9) << *r.svccaToOther;
        std::cout << "\n";
    }
    std::cout << "(count: probe accuracy of the group count; shift, coupled: probe R² of the mean "
                 "group shift and the coupled-pair share; cos: mean pairwise cosine; PC1: variance "
                 "share of the first principal component)\n";
    printGroupProbes(reports);
}

int runInspect(const std::vector<std::string>& args) {
    std::vector<std::string> models;
    std::string dataPath, split = "test", out;
    std::size_t samples = 400;
    po::options_description options("inspect options");
    options.add_options()("model", po::value(&models)->required(),
                          "model file (give twice to compare two models)")(
        "data", po::value(&dataPath)->required(), "HDF5 dataset")(
        "split", po::value(&split)->default_value(split),
        "train, validation or test")("samples", po::value(&samples)->default_value(samples),
                                     "spectra of the split to use (the first N)")(
        "json", "print the report as JSON")("out", po::value(&out), "write the JSON report here");
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("inspect", args, options, {}, vm, exitCode, kUsage)) return exitCode;
    return runReportingErrors("inspect", [&] {
        if (models.size() > 2)
            throw Error(ErrorCode::InvalidArgument,
                        "expected one or two models, found " + std::to_string(models.size()),
                        {"", 0, "--model"});
        inspect::InspectionOptions inspection;
        inspection.split = splitFromName(split);
        inspection.samples = samples;
        const inspect::ModelInspection found = analysis::inspectModelFiles(
            models[0], models.size() > 1 ? models[1] : "", dataPath, inspection);
        if (!out.empty()) writeFileAtomically(out, inspect::inspectionJson(found) + "\n", "--out");
        if (vm.count("json"))
            std::cout << inspect::inspectionJson(found) << "\n";
        else
            printTable(found.layers);
        return int(ExitOk);
    });
}

} // namespace

CliCommand inspectCommand() {
    return {"inspect", "look inside models: probes, anisotropy, CKA/SVCCA between two, per layer",
            runInspect};
}

} // namespace spinhance::cli
