#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/error.h"
#include "report/journalformat.h"
#include "spin/spinsystemjson.h"
#include "structure/structure.h"

#include <iomanip>
#include <iostream>

namespace spinhance::cli {

namespace {

const char* kUsage =
    "SMILES|FILE.mol|FILE.sdf [--field MHz] [--json] [--out SYSTEM.json] [options]\n\n"
    "Predicts the 1H spin system of a structure (RDKit reads it; hydrogens are made explicit).\n"
    "Groups come from the graph's symmetry, split into magnetically equivalent sets (AA'BB'\n"
    "partners apart, diastereotopic CH2 protons apart next to a stereocentre); shifts from\n"
    "published additive increments; couplings from the bonds between the protons (see\n"
    "docs/structure.md). Labels: H<n> = protons on atom n; OH<n>, NH<n>, SH<n> = exchangeable\n"
    "(typical shift for --solvent, couplings 0; left out in D2O or CD3OD). A salt keeps its\n"
    "largest organic fragment (a warning says so). Prints the groups, couplings and the journal\n"
    "line at --field (default 400 MHz); --json prints the interchange record, --out writes it\n"
    "(for simulate, fit, analyze).";

void printSpin(const StructureSpin& spin, double fieldMHz) {
    const SpinSystem& s = spin.system;
    std::cout << std::fixed;
    for (std::size_t g = 0; g < s.size(); ++g)
        std::cout << std::left << std::setw(6) << s.group(g).label << std::right
                  << std::setprecision(2) << std::setw(7) << s.group(g).shiftPpm << " ppm  "
                  << s.group(g).protonCount << "H"
                  << (spin.info[g].exchangeable ? "  exchangeable" : "") << "\n";
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (s.couplingHz(i, j) != 0.0)
                std::cout << "J(" << s.group(i).label << "," << s.group(j).label
                          << ") = " << std::setprecision(1) << s.couplingHz(i, j) << " Hz\n";
    JournalOptions journal;
    journal.fieldMHz = fieldMHz;
    journal.solvent.clear();
    std::cout << formatJournalString(s, journal) << "\n";
}

int structure(const po::variables_map& vm) {
    const double fieldMHz = vm["field"].as<double>();
    if (!(fieldMHz >= 1.0 && fieldMHz <= 2000.0))
        throw Error(ErrorCode::InvalidArgument, "expected a field of 1 to 2000 MHz",
                    {"", 0, "--field"});
    StructureOptions options;
    options.solvent = structureSolventOf(vm["solvent"].as<std::string>());
    StructureSpin spin = structureToSpin(vm["input"].as<std::string>(), options);
    spin.system.id = vm["id"].as<std::string>();
    if (vm.count("drop-exchangeable")) {
        spin.system = withoutExchangeable(spin);
        spin.info.erase(std::remove_if(spin.info.begin(), spin.info.end(),
                                       [](const auto& i) { return i.exchangeable; }),
                        spin.info.end());
    }
    for (const std::string& w : spin.warnings)
        std::cerr << "warning: " << w << "\n";
    if (vm.count("json"))
        std::cout << spinSystemToJson(spin.system) << "\n";
    else
        printSpin(spin, fieldMHz);
    // writeSpinSystems writes through writeFileAtomically: a failed write leaves no half file.
    if (vm.count("out")) writeSpinSystems(vm["out"].as<std::string>(), {spin.system}, false);
    return int(ExitOk);
}

int runStructure(const std::vector<std::string>& args) {
    po::options_description options("structure options");
    options.add_options()("input", po::value<std::string>()->required(),
                          "SMILES, or a MOL/SDF file")(
        "field", po::value<double>()->default_value(400.0),
        "spectrometer 1H frequency for the journal line, MHz")(
        "json", "print the interchange record instead of the table")(
        "out", po::value<std::string>(), "write the interchange record (JSON)")(
        "drop-exchangeable", "leave out OH, NH and SH protons")(
        "solvent", po::value<std::string>()->default_value("CDCl3"),
        "NMR solvent: sets OH/NH shifts (DMSO-d6 moves them downfield; D2O, CD3OD exchange them)")(
        "id", po::value<std::string>()->default_value("structure"), "record id");
    po::positional_options_description positional;
    positional.add("input", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("structure", args, options, positional, vm, exitCode, kUsage))
        return exitCode;
    return runReportingErrors("structure", [&] { return structure(vm); });
}

} // namespace

CliCommand structureCommand() {
    return {"structure", "predict the 1H spin system of a structure (SMILES, MOL, SDF)",
            runStructure};
}

} // namespace spinhance::cli
