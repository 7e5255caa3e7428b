#include "analysis/pipeline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "model/modelregistry.h"
#include "report/journalformat.h"

#include <algorithm>
#include <iomanip>
#include <iostream>

namespace spinhance::cli {

namespace {

void printSpectrumSummary(const Spectrum& raw, const Spectrum& processed) {
    const auto [low, high] = std::minmax_element(processed.ppm.begin(), processed.ppm.end());
    std::cout << "file      " << raw.origin.path << "\n"
              << "format    " << raw.origin.format << " (reader " << raw.origin.readerId << ")\n"
              << "nucleus   " << raw.nucleus << " at " << std::fixed << std::setprecision(2)
              << raw.fieldMHz << " MHz, solvent " << (raw.solvent.empty() ? "?" : raw.solvent)
              << "\n"
              << "processed " << processed.size() << " points, " << *low << " to " << *high
              << " ppm\n";
    for (const std::string& step : processed.history)
        std::cout << "          - " << step << "\n";
}

void printPrediction(const Prediction& p, double fieldMHz, const std::string& solvent) {
    std::cout << "group  shift/ppm  nH  confidence\n";
    for (std::size_t a = 0; a < p.system.size(); ++a)
        std::cout << "  " << std::left << std::setw(5) << p.system.group(a).label << std::right
                  << std::setw(9) << std::setprecision(3) << p.system.group(a).shiftPpm
                  << std::setw(4) << p.system.group(a).protonCount << std::setw(12)
                  << std::setprecision(2) << p.groupConfidence[a] << "\n";
    JournalOptions journal;
    journal.fieldMHz = fieldMHz > 0 ? fieldMHz : journal.fieldMHz;
    journal.solvent = solvent;
    std::cout << formatJournalString(p.system, journal) << "\n";
}

int demo(const std::string& file) {
    const auto predictor = analysis::openModel({}, analysis::ModelNeed::Optional);
    if (!predictor) {
        const Spectrum processed = analysis::loadSpectrum(file, analysis::Processing::Auto);
        printSpectrumSummary(processed, processed); // processing keeps origin, field and solvent
        std::cout << "no default model installed (resources/models/default.spinmodel): "
                     "prediction skipped\n";
        return ExitOk;
    }
    const analysis::PredictionRun run = analysis::predictFile(file, *predictor);
    printSpectrumSummary(run.raw, run.processed);
    std::cout << "model     " << modelShapeName(predictor->info()) << " (" << predictor->info().path
              << ")\n";
    printPrediction(run.prediction, run.raw.fieldMHz, run.raw.solvent);
    std::cout << "re-simulated vs measured (cosine, model grid): " << std::setprecision(3)
              << run.cosine << "\n";
    return ExitOk;
}

int runDemo(const std::vector<std::string>& args) {
    po::options_description options("demo options");
    options.add_options()("file", po::value<std::string>()->required(), "spectrum file or folder");
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("demo", args, options, positional, vm, exitCode, "FILE")) return exitCode;
    return runReportingErrors("demo", [&] { return demo(vm["file"].as<std::string>()); });
}

} // namespace

CliCommand demoCommand() {
    return {"demo", "open a spectrum, process it, predict its spin system and print a summary",
            runDemo};
}

} // namespace spinhance::cli
