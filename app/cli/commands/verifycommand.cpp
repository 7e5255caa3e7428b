#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/atomicfile.h"
#include "verify/verifyrecord.h"

#include <iostream>

namespace spinhance::cli {

namespace {

const char* kUsage =
    "SPECTRUM --structure SMILES|FILE.mol|FILE.sdf [--protons N] [--json] [--out R.json]\n\n"
    "Does the structure explain the spectrum? Its predicted 1H system (exchangeable OH/NH/SH\n"
    "protons dropped) is fitted with its couplings fixed, as predicted and with shifts free\n"
    "within ±0.3 ppm, and given to the analysis as a start (proton count = the structure's\n"
    "non-exchangeable H unless --protons). Each predicted group is then found where expected\n"
    "(an answer group with its proton count, give or take a third, within 0.15 ppm), found\n"
    "shifted (0.15-0.6 ppm) or missing; answer groups no prediction accounts for are\n"
    "unexplained signals. Score = mean of the proton agreement and the cosine of the fit with\n"
    "shifts free (docs/verify.md).";

int verifyVerb(const po::variables_map& vm) {
    verify::VerifyOptions options;
    if (vm.count("protons")) options.totalProtons = vm["protons"].as<int>();
    if (vm.count("field")) options.fieldMHz = vm["field"].as<double>();
    if (vm.count("solvent")) options.solvent = vm["solvent"].as<std::string>();
    options.threads = vm["threads"].as<int>();
    const verify::Verification v = verify::verifyFile(vm["spectrum"].as<std::string>(),
                                                      vm["structure"].as<std::string>(), options);
    for (const std::string& w : v.structure.warnings)
        std::cerr << "warning: " << w << "\n";
    if (vm.count("out"))
        writeFileAtomically(vm["out"].as<std::string>(), verify::verificationJson(v) + "\n",
                            "--out");
    std::cout << (vm.count("json") ? verify::verificationJson(v) + "\n"
                                   : verify::verificationText(v));
    return ExitOk;
}

int runVerify(const std::vector<std::string>& args) {
    po::options_description options("verify options");
    options.add_options()("spectrum", po::value<std::string>()->required(), "spectrum file")(
        "structure", po::value<std::string>()->required(), "SMILES, or a MOL/SDF file")(
        "protons", po::value<int>(), "the molecule's proton count for the analysis")(
        "field", po::value<double>(), "spectrometer 1H frequency in MHz (overrides the file)")(
        "solvent", po::value<std::string>(), "solvent (overrides the file)")(
        "threads", po::value<int>()->default_value(0),
        "parallel fits (0 = every core)")("json", "print the verification record as JSON")(
        "out", po::value<std::string>(), "write the verification record (JSON) here");
    po::positional_options_description positional;
    positional.add("spectrum", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("verify", args, options, positional, vm, exitCode, kUsage))
        return exitCode;
    return runReportingErrors("verify", [&] { return verifyVerb(vm); });
}

} // namespace

CliCommand verifyCommand() {
    return {"verify", "check a structure against a spectrum (verdict per group, match score)",
            runVerify};
}

} // namespace spinhance::cli
