#include "analysis/integrals.h"
#include "analysis/peaklist.h"
#include "analysis/pipeline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/error.h"
#include "processing/baseline.h"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

namespace spinhance::cli {

namespace {

// "FROM:TO" in ppm, either order (processing's range syntax, one range per --integral).
PpmRange parseRange(const std::string& text) {
    std::vector<PpmRange> ranges;
    try {
        ranges = parsePpmRanges(text, "integral");
    } catch (const Error&) {
    }
    if (ranges.size() != 1)
        throw Error(ErrorCode::InvalidArgument,
                    "expected --integral FROM:TO in ppm (e.g. 3.9:4.3), found " + text,
                    ErrorContext{{}, 0, "integral"});
    return ranges.front();
}

void printText(const std::vector<analysis::ListedPeak>& peaks,
               const std::vector<analysis::IntegralRow>& integrals) {
    std::cout << "peaks: " << peaks.size() << "\n  δ (ppm)      Hz      height\n";
    char line[96];
    for (const auto& p : peaks) {
        std::snprintf(line, sizeof line, "%9.4f %10.2f %11.4g\n", p.ppm, p.hz, p.height);
        std::cout << line;
    }
    if (integrals.empty()) return;
    std::cout << "integrals:\n  range (ppm)          area      protons\n";
    for (const auto& row : integrals) {
        std::snprintf(line, sizeof line, "%7.3f–%-7.3f %12.5g %10.2f H\n", row.rangePpm.fromPpm,
                      row.rangePpm.toPpm, row.area, row.protons);
        std::cout << line;
    }
}

nlohmann::json toJson(const std::vector<analysis::ListedPeak>& peaks,
                      const std::vector<analysis::IntegralRow>& integrals) {
    nlohmann::json out{{"peaks", nlohmann::json::array()}, {"integrals", nlohmann::json::array()}};
    for (const auto& p : peaks)
        out["peaks"].push_back({{"ppm", p.ppm}, {"hz", p.hz}, {"height", p.height}});
    for (const auto& row : integrals)
        out["integrals"].push_back({{"from_ppm", row.rangePpm.fromPpm},
                                    {"to_ppm", row.rangePpm.toPpm},
                                    {"area", row.area},
                                    {"protons", row.protons}});
    return out;
}

int runPeaks(const std::vector<std::string>& args) {
    po::options_description options("peaks options");
    options.add_options()("file", po::value<std::string>()->required(),
                          "spectrum file, folder or zip (processed automatically)")(
        "snr", po::value<double>()->default_value(5.0),
        "a peak stands this many noise σ above zero and its valleys")(
        "integral", po::value<std::vector<std::string>>()->composing(),
        "an integral region FROM:TO in ppm (repeat for more)")(
        "reference", po::value<int>()->default_value(1),
        "the integral (1 = first given) whose proton count sets the scale")(
        "reference-protons", po::value<double>()->default_value(1.0),
        "protons of the reference integral")("json", po::bool_switch(), "print one JSON object");
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("peaks", args, options, positional, vm, exitCode,
                          "FILE [--snr 5] [--integral FROM:TO ...] [--reference N "
                          "--reference-protons H] [--json]"))
        return exitCode;
    return runReportingErrors("peaks", [&] {
        const Spectrum spectrum =
            analysis::loadSpectrum(vm["file"].as<std::string>(), analysis::Processing::Auto);
        const auto peaks = analysis::peakList(spectrum, vm["snr"].as<double>());
        std::vector<PpmRange> ranges;
        if (vm.count("integral"))
            for (const std::string& text : vm["integral"].as<std::vector<std::string>>())
                ranges.push_back(parseRange(text));
        const int reference = vm["reference"].as<int>();
        if (reference < 1)
            throw Error(ErrorCode::InvalidArgument,
                        "expected --reference 1 or more (the first integral is 1), found " +
                            std::to_string(reference),
                        ErrorContext{{}, 0, "reference"});
        std::vector<analysis::IntegralRow> integrals;
        if (!ranges.empty())
            integrals = analysis::scaledIntegrals(spectrum, ranges, std::size_t(reference - 1),
                                                  vm["reference-protons"].as<double>());
        if (vm["json"].as<bool>())
            std::cout << toJson(peaks, integrals).dump(2) << "\n";
        else
            printText(peaks, integrals);
        return int(ExitOk);
    });
}

} // namespace

CliCommand peaksCommand() {
    return {"peaks", "list the peaks (ppm, Hz, height) and integrate regions on one proton scale",
            runPeaks};
}

} // namespace spinhance::cli
