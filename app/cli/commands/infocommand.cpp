#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "io/readerregistry.h"

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

namespace spinhance::cli {

namespace {

nlohmann::json describe(const Spectrum& s) {
    nlohmann::json info;
    info["file"] = s.origin.path;
    info["format"] = s.origin.format;
    info["reader"] = s.origin.readerId;
    info["nucleus"] = s.nucleus;
    info["field_mhz"] = s.fieldMHz;
    info["points"] = s.hasSpectrum() ? s.size() : 0;
    if (s.hasSpectrum()) {
        const auto [low, high] = std::minmax_element(s.ppm.begin(), s.ppm.end());
        info["ppm_range"] = {*low, *high};
    }
    if (s.fid) {
        info["fid_points"] = s.fid->points.size();
        info["spectral_width_hz"] = s.fid->spectralWidthHz;
        info["carrier_ppm"] = s.fid->carrierPpm;
        info["group_delay_points"] = s.fid->groupDelayPoints;
    }
    info["solvent"] = s.solvent;
    info["title"] = s.title;
    info["instrument"] = s.instrument;
    return info;
}

void printText(const nlohmann::json& info) {
    std::cout << std::setprecision(8);
    for (const auto& [key, value] : info.items())
        std::cout << std::left << std::setw(20) << key
                  << (value.is_string() ? value.get<std::string>() : value.dump()) << "\n";
}

int runInfo(const std::vector<std::string>& args) {
    po::options_description options("info options");
    options.add_options()("file", po::value<std::string>()->required(),
                          "spectrum file, folder or zip")("json", po::bool_switch(),
                                                          "print one JSON object");
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("info", args, options, positional, vm, exitCode, "FILE [--json]"))
        return exitCode;
    return runReportingErrors("info", [&] {
        const nlohmann::json info = describe(openSpectrum(vm["file"].as<std::string>()));
        if (vm["json"].as<bool>())
            std::cout << info.dump(2) << "\n";
        else
            printText(info);
        return int(ExitOk);
    });
}

} // namespace

CliCommand infoCommand() {
    return {"info", "show what a spectrum file holds (format, nucleus, field, points, ppm range)",
            runInfo};
}

} // namespace spinhance::cli
