#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/atomicfile.h"
#include "common/error.h"
#include "spin/lineshape.h"
#include "spin/simulator.h"
#include "spin/spinsystemjson.h"

#include <iomanip>
#include <iostream>
#include <sstream>

namespace spinhance::cli {

namespace {

const char* kUsage =
    "SYSTEM.json --out OUT.tsv [options]\n\n"
    "Simulates the exact 1H spectrum of a spin system (interchange JSON: one record or an array;\n"
    "for an array the first record, or the one named by --record). Writes 'ppm<TAB>intensity' "
    "rows\n"
    "with ppm INCREASING from --from to --to (row 1 = --from); the area of each line is its "
    "number\n"
    "of protons in ppm units. With --sticks writes 'hz<TAB>ppm<TAB>intensity' rows, one per\n"
    "transition, frequency increasing, hz measured from 0 ppm (= ppm x field).";

LineShape parseShape(const std::string& name) {
    if (name == "lorentzian") return LineShape::Lorentzian;
    if (name == "gaussian") return LineShape::Gaussian;
    if (name == "voigt") return LineShape::Voigt;
    throw Error(ErrorCode::InvalidArgument, "expected lorentzian, gaussian or voigt, found " + name,
                {"", 0, "--shape"});
}

SpinSystem pickRecord(const std::vector<SpinSystem>& systems, const std::string& file,
                      const std::string& id) {
    if (systems.empty())
        throw Error(ErrorCode::InvalidInput, "expected at least one record, found none",
                    {file, 0, ""});
    if (id.empty()) return systems.front();
    for (const SpinSystem& s : systems)
        if (s.id == id) return s;
    throw Error(ErrorCode::NotFound, "no record with id " + id, {file, 0, "--record"});
}

int simulate(const po::variables_map& vm) {
    const std::string file = vm["system"].as<std::string>();
    const SpinSystem system =
        pickRecord(readSpinSystems(file), file, vm["record"].as<std::string>());
    const SimulationOptions simulation{vm["field"].as<double>()};
    const std::vector<Stick> sticks = simulateSticks(system, simulation);
    std::ostringstream out;
    if (vm.count("sticks")) {
        out << std::setprecision(10);
        for (const Stick& s : sticks)
            out << s.frequencyHz << '\t' << s.shiftPpm << '\t' << s.intensity << '\n';
    } else {
        const PpmGrid grid{vm["from"].as<double>(), vm["to"].as<double>(), vm["points"].as<int>()};
        LineShapeOptions shape;
        shape.linewidthHz = vm["linewidth"].as<double>();
        shape.shape = parseShape(vm["shape"].as<std::string>());
        shape.gaussianFraction = vm["gaussian-fraction"].as<double>();
        out << ppmIntensityRows(grid, renderSpectrum(sticks, grid, simulation.fieldMHz, shape));
    }
    writeFileAtomically(vm["out"].as<std::string>(), out.str(), "--out");
    std::cerr << system.id << ": " << system.size() << " groups, " << system.protonCount() << " H, "
              << sticks.size() << " transitions\n";
    return ExitOk;
}

int runSimulate(const std::vector<std::string>& args) {
    po::options_description options("simulate options");
    options.add_options()("system", po::value<std::string>()->required(),
                          "spin-system JSON (interchange record or array)")(
        "out,o", po::value<std::string>()->required(), "output TSV file")(
        "record", po::value<std::string>()->default_value(""),
        "id of the record to simulate (arrays)")("field", po::value<double>()->default_value(90.0),
                                                 "spectrometer 1H frequency, MHz")(
        "from", po::value<double>()->default_value(0.0), "first grid point, ppm (row 1)")(
        "to", po::value<double>()->default_value(12.0),
        "last grid point, ppm")("points", po::value<int>()->default_value(16384), "grid points")(
        "linewidth", po::value<double>()->default_value(1.0), "full width at half maximum, Hz")(
        "shape", po::value<std::string>()->default_value("lorentzian"),
        "lorentzian | gaussian | voigt")("gaussian-fraction",
                                         po::value<double>()->default_value(0.5),
                                         "Gaussian share of a (pseudo-)Voigt line")(
        "sticks", "write the stick list (hz, ppm, intensity) instead of a spectrum");
    po::positional_options_description positional;
    positional.add("system", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("simulate", args, options, positional, vm, exitCode, kUsage))
        return exitCode;
    return runReportingErrors("simulate", [&] { return simulate(vm); });
}

} // namespace

CliCommand simulateCommand() {
    return {"simulate", "simulate the exact spectrum (or stick list) of a spin-system JSON",
            runSimulate};
}

} // namespace spinhance::cli
