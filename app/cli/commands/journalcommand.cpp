#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/atomicfile.h"
#include "common/error.h"
#include "report/journalparse.h"
#include "spin/lineshape.h"
#include "spin/simulator.h"
#include "spin/spinsystemjson.h"

#include <iomanip>
#include <iostream>

namespace spinhance::cli {

namespace {

const char* kUsage =
    "\"1H NMR (400 MHz, CDCl3) δ 4.12 (q, J = 7.1 Hz, 2H), 1.25 (t, J = 7.1 Hz, 3H)\"\n"
    "       [options]\n\n"
    "Reads a journal line: one group per entry (centre of a range), couplings found by matching\n"
    "the printed J values between entries whose proton counts fit the splitting. Prints the\n"
    "groups and couplings; --out writes the interchange record (for simulate, fit, analyze),\n"
    "--json prints it, --spectrum simulates it exactly at --field (default: the line's field).";

void printParsed(const ParsedJournal& p) {
    std::cout << "field " << (p.fieldMHz > 0 ? std::to_string(int(p.fieldMHz)) + " MHz" : "?")
              << ", solvent " << (p.solvent.empty() ? "?" : p.solvent) << "\n";
    std::cout << std::fixed;
    for (std::size_t g = 0; g < p.system.size(); ++g) {
        const JournalEntry& e = p.entries[g];
        std::cout << p.system.group(g).label << "  " << std::setprecision(3)
                  << p.system.group(g).shiftPpm << " ppm  " << e.multiplicity << "  "
                  << p.system.group(g).protonCount << "H"
                  << (e.exchangeable ? "  exchangeable" : "")
                  << (e.assignment.empty() ? "" : "  (" + e.assignment + ")") << "\n";
    }
    for (std::size_t i = 0; i < p.system.size(); ++i)
        for (std::size_t j = i + 1; j < p.system.size(); ++j)
            if (p.system.couplingHz(i, j) != 0.0)
                std::cout << "J(" << p.system.group(i).label << "," << p.system.group(j).label
                          << ") = " << std::setprecision(1) << p.system.couplingHz(i, j) << " Hz\n";
    for (const std::string& w : p.warnings)
        std::cerr << "warning: " << w << "\n";
}

void writeSpectrum(const SpinSystem& system, double fieldMHz, const std::string& path) {
    const std::vector<Stick> sticks = simulateSticks(system, SimulationOptions{fieldMHz});
    const PpmGrid grid{0.0, 12.0, 16384};
    writeFileAtomically(
        path, ppmIntensityRows(grid, renderSpectrum(sticks, grid, fieldMHz, LineShapeOptions{})),
        "--spectrum");
}

int journal(const po::variables_map& vm) {
    ParsedJournal p = parseJournalString(vm["line"].as<std::string>());
    p.system.id = vm["id"].as<std::string>();
    printParsed(p);
    if (vm.count("json")) std::cout << spinSystemToJson(p.system) << "\n";
    if (vm.count("out")) writeSpinSystems(vm["out"].as<std::string>(), {p.system}, false);
    if (vm.count("spectrum")) {
        const double field = vm.count("field") ? vm["field"].as<double>()
                             : p.fieldMHz > 0  ? p.fieldMHz
                                               : 90.0;
        if (!(field >= 1.0 && field <= 2000.0))
            throw Error(ErrorCode::InvalidArgument, "expected a field of 1 to 2000 MHz",
                        {"", 0, "--field"});
        writeSpectrum(p.system, field, vm["spectrum"].as<std::string>());
    }
    return int(ExitOk);
}

int runJournal(const std::vector<std::string>& args) {
    po::options_description options("journal options");
    options.add_options()("line", po::value<std::string>()->required(), "the journal line")(
        "field", po::value<double>(), "spectrometer 1H frequency for --spectrum, MHz")(
        "json", "print the interchange record")("out", po::value<std::string>(),
                                                "write the interchange record (JSON)")(
        "spectrum", po::value<std::string>(), "write the simulated spectrum (ppm<TAB>intensity)")(
        "id", po::value<std::string>()->default_value("journal"), "record id");
    po::positional_options_description positional;
    positional.add("line", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("journal", args, options, positional, vm, exitCode, kUsage))
        return exitCode;
    return runReportingErrors("journal", [&] { return journal(vm); });
}

} // namespace

CliCommand journalCommand() {
    return {"journal", "read a journal 1H line into a spin system (and simulate it)", runJournal};
}

} // namespace spinhance::cli
