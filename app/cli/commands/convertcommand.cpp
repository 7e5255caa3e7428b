#include "analysis/pipeline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/atomicfile.h"
#include "common/error.h"

#include <iostream>
#include <sstream>

namespace spinhance::cli {

namespace {

void writeHeader(std::ostream& out, const Spectrum& s) {
    out.precision(12);
    out << "# title: " << s.title << "\n# nucleus: " << s.nucleus << "\n# field MHz: " << s.fieldMHz
        << "\n# solvent: " << s.solvent << "\n# source: " << s.origin.path << " ("
        << s.origin.format << ")\n";
    for (const std::string& step : s.history)
        out << "# history: " << step << "\n";
}

void writeSpectrum(std::ostream& out, const Spectrum& s, bool modelGrid) {
    out.precision(10);
    if (modelGrid) {
        const PpmGrid grid = PpmGrid::model();
        const auto values = analysis::modelGridValues(s);
        out << "# grid: model " << grid.fromPpm << "-" << grid.toPpm << " ppm, " << grid.points
            << " points, unit integral\nppm\tintensity\n";
        for (std::size_t i = 0; i < values.size(); ++i)
            out << grid.ppmAt(i) << "\t" << values[i] << "\n";
        return;
    }
    out << "ppm\tintensity\n";
    for (std::size_t i = 0; i < s.size(); ++i)
        out << s.ppm[i] << "\t" << s.real[i] << "\n";
}

// Corrections by hand on top of --process auto (the GUI's Processing dialog).
ProcessOptions manualProcessing(const po::variables_map& vm) {
    ProcessOptions o;
    o.extraPh0Deg = vm["ph0"].as<double>();
    o.extraPh1Deg = vm["ph1"].as<double>();
    if (vm.count("pivot")) o.pivotPpm = vm["pivot"].as<double>();
    o.referenceOffsetPpm = vm["reference-offset"].as<double>();
    if (vm.count("line-broadening")) o.lineBroadeningHz = vm["line-broadening"].as<double>();
    if (vm.count("gaussian-hz")) o.gaussianBroadeningHz = vm["gaussian-hz"].as<double>();
    if (vm.count("zero-fill")) o.zeroFillFactor = vm["zero-fill"].as<int>();
    if (vm.count("baseline-regions"))
        o.baselineRegionsPpm = parsePpmRanges(vm["baseline-regions"].as<std::string>());
    o.baselineOrder = vm["baseline-order"].as<int>();
    o.baselineSpline = vm.count("baseline-spline") > 0;
    checkProcessOptions(o);
    return o;
}

int convert(const po::variables_map& vm) {
    const std::string process = vm["process"].as<std::string>();
    const std::string grid = vm["grid"].as<std::string>();
    if (process != "auto" && process != "none")
        throw Error(ErrorCode::InvalidArgument,
                    "expected --process auto or none, found " + process);
    if (grid != "model" && grid != "native")
        throw Error(ErrorCode::InvalidArgument, "expected --grid model or native, found " + grid);
    const ProcessOptions byHand = manualProcessing(vm);
    // Any setting by hand means processing with them (a baseline by regions too).
    const bool manual = byHand.hasManualPhase() || byHand.referenceOffsetPpm != 0.0 ||
                        vm.count("line-broadening") || vm.count("gaussian-hz") ||
                        vm.count("zero-fill") || vm.count("baseline-regions");
    if (manual && process != "auto")
        throw Error(ErrorCode::InvalidArgument,
                    "--ph0, --ph1, --pivot, --reference-offset, --line-broadening, --gaussian-hz, "
                    "--zero-fill and --baseline-regions adjust the automatic processing: give "
                    "--process auto",
                    ErrorContext{{}, 0, "process"});
    const std::string file = vm["file"].as<std::string>();
    const Spectrum s =
        manual ? analysis::loadSpectrum(file, byHand)
               : analysis::loadSpectrum(file, process == "auto" ? analysis::Processing::Auto
                                                                : analysis::Processing::AsRead);
    const std::string outPath = vm["out"].as<std::string>();
    std::ostringstream out;
    writeHeader(out, s);
    writeSpectrum(out, s, grid == "model");
    writeFileAtomically(outPath, out.str(), "--out");
    std::cout << outPath << ": " << (grid == "model" ? PpmGrid::model().points : int(s.size()))
              << " points\n";
    return int(ExitOk);
}

int runConvert(const std::vector<std::string>& args) {
    po::options_description options("convert options");
    options.add_options()("file", po::value<std::string>()->required(),
                          "spectrum file, folder or zip")(
        "out", po::value<std::string>()->required(), "output .tsv (ppm, intensity)")(
        "process", po::value<std::string>()->default_value("none"),
        "auto: FFT/phase/baseline/reference (FIDs are always processed); none: as read")(
        "grid", po::value<std::string>()->default_value("native"),
        "model: resample onto the model grid (0-12 ppm, 16384 points, unit integral); native: as "
        "read")("ph0", po::value<double>()->default_value(0.0), "zero-order phase added, degrees")(
        "ph1", po::value<double>()->default_value(0.0), "first-order phase added, degrees")(
        "pivot", po::value<double>(), "first-order pivot, ppm (default: the centre)")(
        "reference-offset", po::value<double>()->default_value(0.0), "added to the ppm axis")(
        "line-broadening", po::value<double>(), "exponential apodization of a FID, Hz (0.3)")(
        "gaussian-hz", po::value<double>(), "Gaussian apodization of a FID, FWHM in Hz (0: none)")(
        "zero-fill", po::value<int>(),
        "zero-fill a FID to the power of two at least N times its length (1-16; 2)")(
        "baseline-regions", po::value<std::string>(),
        "baseline by hand: signal-free FROM:TO ppm ranges, comma-separated")(
        "baseline-order", po::value<int>()->default_value(3), "its polynomial order (0-9)")(
        "baseline-spline", "through the --baseline-regions a spline (makima) instead of the "
                           "polynomial: follows a rolling baseline");
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("convert", args, options, positional, vm, exitCode,
                          "FILE --out OUT.tsv [--process auto] [--grid model]"))
        return exitCode;
    return runReportingErrors("convert", [&] { return convert(vm); });
}

} // namespace

CliCommand convertCommand() {
    return {"convert",
            "write a spectrum as ppm/intensity TSV, optionally processed and on the model grid",
            runConvert};
}

} // namespace spinhance::cli
