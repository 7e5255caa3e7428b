#include "analysis/analysisflags.h"
#include "analysis/analysisrecord.h"
#include "analysis/pipeline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/atomicfile.h"
#include "common/error.h"
#include "spin/spinsystemjson.h"

#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace spinhance::cli {

namespace {

const char* kUsage =
    "SPECTRUM_FILE --start SYSTEM.json --out FITTED.json [options]\n\n"
    "Refines a spin system against a measured spectrum by total line-shape fitting (Levenberg-\n"
    "Marquardt, analytic derivatives, progressively less broadened stages). SPECTRUM_FILE: "
    "anything\n"
    "the readers open (a FID is processed automatically) or a ppm<TAB>intensity text file.\n"
    "--fix takes a comma list of: shifts, couplings, linewidth, scale, a group label (its shift)\n"
    "or a label pair A-B (that J). Groups with equal start shifts stay tied (AA'BB').\n"
    "--singlet PPM fits a known singlet inside the signal (CHCl3 under an aromatic multiplet)\n"
    "with the system instead of leaving it to distort it: free height (H) and shift (+-0.015).\n"
    "FITTED.json is the interchange record plus a \"fit\" object with errors and residuals.";

std::vector<std::string> splitList(const std::vector<std::string>& values) {
    std::vector<std::string> items;
    for (const std::string& value : values) {
        std::stringstream in(value);
        for (std::string item; std::getline(in, item, ',');)
            if (!item.empty()) items.push_back(item);
    }
    return items;
}

void applyFix(const std::vector<std::string>& items, const SpinSystem& start, FitOptions& options) {
    for (const std::string& item : items) {
        if (item == "shifts")
            options.fitShifts = false;
        else if (item == "couplings")
            options.fitCouplings = false;
        else if (item == "linewidth")
            options.fitLinewidth = false;
        else if (item == "scale")
            options.fitScale = false;
        else if (start.indexOfLabel(item) >= 0)
            options.fixedGroups.push_back(item);
        else if (item.find('-') != std::string::npos)
            options.fixedCouplings.push_back(item);
        else
            throw Error(
                ErrorCode::InvalidArgument,
                "expected shifts, couplings, linewidth, scale, a group label or A-B, found " + item,
                {"", 0, "--fix"});
    }
}

std::pair<double, double> parseRegion(const std::string& text) {
    const std::size_t colon = text.find(':');
    try {
        if (colon != std::string::npos)
            return {std::stod(text.substr(0, colon)), std::stod(text.substr(colon + 1))};
    } catch (const std::exception&) {
    }
    throw Error(ErrorCode::InvalidArgument, "expected LOW:HIGH in ppm, found " + text,
                {"", 0, "--region"});
}

FitResult fitFile(const po::variables_map& vm, const SpinSystem& start, const LineModel& line,
                  const FitOptions& options) {
    std::optional<double> field;
    if (vm.count("field")) field = vm["field"].as<double>();
    std::optional<std::pair<double, double>> region;
    if (vm.count("region")) region = parseRegion(vm["region"].as<std::string>());
    return analysis::fitFile(vm["spectrum"].as<std::string>(), field, region, start, line, options);
}

void printText(const FitResult& fit, double maxAbsCouplingHz) {
    const SpinSystem& s = fit.system;
    std::cout << std::fixed << std::setprecision(4) << "group  shift/ppm   ±error     H\n";
    for (std::size_t g = 0; g < s.size(); ++g)
        std::cout << std::left << std::setw(6) << s.group(g).label << std::right << std::setw(9)
                  << s.group(g).shiftPpm << "  ±" << standardErrorText(fit.shiftErrorPpm[g], 5)
                  << std::setw(5) << s.group(g).protonCount << "\n";
    std::cout << std::setprecision(3) << "pair     J/Hz    ±error\n";
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (s.couplingHz(i, j) != 0.0)
                std::cout << std::left << std::setw(6)
                          << (s.group(i).label + "-" + s.group(j).label) << std::right
                          << std::setw(8) << s.couplingHz(i, j) << "  "
                          << couplingErrorText(fit, i, j)
                          << (analysis::couplingAtBound(s.couplingHz(i, j), maxAbsCouplingHz)
                                  ? "  at the ±J bound: topology suspect"
                                  : "")
                          << "\n";
    for (const FitParameterReport& p : fit.parameters)
        if (!p.fixed && p.name.rfind("shift", 0) != 0 && p.name.rfind("J ", 0) != 0)
            std::cout << p.name << ": " << std::setprecision(4) << p.value << " ± " << p.error
                      << " " << p.unit << "\n";
    std::cout << std::scientific << std::setprecision(4) << "rms residual: " << fit.startRms
              << " -> " << fit.finalRms << " (relative " << fit.relativeResidual << ")\n"
              << "iterations: " << fit.iterations << " in " << fit.stages << " stages, "
              << (fit.converged ? "converged" : "NOT converged") << "\n";
}

int fit(const po::variables_map& vm) {
    const std::string startFile = vm["start"].as<std::string>();
    const std::vector<SpinSystem> systems = readSpinSystems(startFile);
    if (systems.empty())
        throw Error(ErrorCode::InvalidInput, "expected a spin-system record, found none",
                    {startFile, 0, ""});
    const SpinSystem& start = systems.front();
    FitOptions options;
    applyFix(splitList(vm["fix"].as<std::vector<std::string>>()), start, options);
    options.fitPhase = vm["fit-phase"].as<bool>();
    options.fitBaseline = vm["fit-baseline"].as<bool>();
    options.maxAbsCouplingHz = vm["max-j"].as<double>();
    if (vm["no-stages"].as<bool>()) options.broadeningScheduleHz.clear();
    options.singletsPpm = vm["singlet"].as<std::vector<double>>();
    LineModel line;
    line.linewidthHz = vm["linewidth"].as<double>();
    const FitResult result = fitFile(vm, start, line, options);
    writeFileAtomically(vm["out"].as<std::string>(),
                        analysis::fittedSystemJson(result, options.maxAbsCouplingHz) + "\n",
                        "--out");
    if (vm.count("curves"))
        writeFileAtomically(vm["curves"].as<std::string>(), analysis::fitCurvesTsv(result),
                            "--curves");
    if (vm["json"].as<bool>()) {
        std::cout << analysis::fittedSystemJson(result, options.maxAbsCouplingHz, 2) << "\n";
    } else {
        printText(result, options.maxAbsCouplingHz);
    }
    return ExitOk;
}

int runFit(const std::vector<std::string>& args) {
    po::options_description options("fit options");
    options.add_options()("spectrum", po::value<std::string>()->required(),
                          "spectrum file, folder or zip, or ppm/intensity TSV")(
        "start", po::value<std::string>()->required(),
        "start spin system (interchange JSON; first record)")(
        "out,o", po::value<std::string>()->required(),
        "fitted system (interchange JSON + \"fit\")")(
        "fix", po::value<std::vector<std::string>>()->multitoken()->default_value({}, ""),
        "shifts|couplings|linewidth|scale|LABEL|A-B, comma separated, repeatable")(
        "region", po::value<std::string>(), "LOW:HIGH ppm range to fit (default: whole spectrum)")(
        "linewidth", po::value<double>()->default_value(1.0), "start linewidth (FWHM), Hz")(
        "field", po::value<double>(), "spectrometer 1H frequency, MHz (default: from the file)")(
        "fit-phase", po::bool_switch(), "also fit a global zero-order phase")(
        "fit-baseline", po::bool_switch(), "also fit a linear baseline")(
        "max-j", po::value<double>()->default_value(25.0),
        "largest |J| the fit may reach, Hz (physical 1H-1H range; 0 = unbounded)")(
        "no-stages", po::bool_switch(), "skip the broadened stages (start is already close)")(
        "singlet", po::value<std::vector<double>>()->multitoken()->default_value({}, ""),
        "ppm of a known singlet inside the signal (a solvent line), fitted with it; repeatable")(
        "curves", po::value<std::string>(),
        "also write ppm, measured, fitted, residual rows (TSV)")("json", po::bool_switch(),
                                                                 "print the result as JSON");
    po::positional_options_description positional;
    positional.add("spectrum", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("fit", args, options, positional, vm, exitCode, kUsage)) return exitCode;
    return runReportingErrors("fit", [&] { return fit(vm); });
}

} // namespace

CliCommand fitCommand() {
    return {"fit", "refine a spin system against a measured spectrum (line-shape fit with errors)",
            runFit};
}

} // namespace spinhance::cli
