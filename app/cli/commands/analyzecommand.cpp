#include "analysis/analysisrecord.h"
#include "analysis/pipeline.h"
#include "analysis/search.h"
#include "analysis/spectrumanalysis.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/atomicfile.h"
#include "common/error.h"
#include "report/journalformat.h"
#include "spin/spinsystemjson.h"

#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

namespace spinhance::cli {

namespace {

const char* kUsage =
    "FILE [--protons N | --formula F] [--model M] [--field MHz] [--start SYSTEM.json] "
    "[--compare SYSTEM.json] [--json] [--out RESULT.json] [--curves CURVES.tsv]\n\n"
    "Finds the spin system that best explains a 1H spectrum by analysis by synthesis: it estimates "
    "the\n"
    "noise, finds the signal regions and integrates them, masks the solvent, water and TMS lines "
    "of the\n"
    "solvent the file names, proposes systems (the model's prediction, a first-order multiplet "
    "reading,\n"
    "integrals), fits each exactly and improves the best by moves (J-matching, add/drop/split "
    "groups,\n"
    "proton counts) accepted only when the BIC drops by more than 10. Confidences come from the "
    "BIC of\n"
    "the competing hypotheses. --json/--out write the interchange record (labels, spin_groups, "
    "couplings)\n"
    "plus fit, group_confidence, alternatives, evidence, flags, confident, seconds and "
    "work_units.\n"
    "--compare fits the given systems (a literature line) to the same data beside the answer, "
    "without\n"
    "letting them compete, and reports each one's BIC against the answer's (compared_delta_bic).";

std::string comparedText(double deltaBic) {
    if (!std::isfinite(deltaBic)) return "could not be fitted";
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << "ΔBIC " << std::showpos << deltaBic
         << std::noshowpos
         << (deltaBic < -analysis::SearchOptions{}.acceptDeltaBic
                 ? " (it explains the spectrum better than the answer: the search missed it)"
             : deltaBic > analysis::SearchOptions{}.acceptDeltaBic
                 ? " (the answer explains the spectrum better)"
                 : " (the spectrum does not tell the two apart)");
    return text.str();
}

void printText(const analysis::AnalysisResult& r, const Spectrum& spectrum) {
    std::cout << std::fixed << std::setprecision(1) << spectrum.origin.path << ": " << r.fieldMHz
              << " MHz, solvent " << (r.evidence.solvent.empty() ? "unknown" : r.evidence.solvent)
              << ", noise σ " << std::scientific << std::setprecision(2) << r.evidence.sigma
              << " of the tallest line, " << r.evidence.regions.size() << " signal regions, "
              << r.evidence.totalProtons << " H"
              << (r.evidence.protonsGiven ? " (given)" : " (integrals)") << "\n";
    for (const analysis::FoundLine& line : r.evidence.knownLines)
        std::cout << "  not the molecule: " << line.line.name << " at " << std::fixed
                  << std::setprecision(3) << line.foundPpm << " ppm\n";
    const SpinSystem& s = r.system;
    std::cout << "group  shift/ppm   ±error     H  confidence\n";
    for (std::size_t g = 0; g < s.size(); ++g)
        std::cout << std::left << std::setw(6) << s.group(g).label << std::right << std::fixed
                  << std::setprecision(4) << std::setw(9) << s.group(g).shiftPpm << "  ±"
                  << std::setprecision(5)
                  << standardErrorText(
                         g < r.fit.shiftErrorPpm.size() ? r.fit.shiftErrorPpm[g] : 0.0, 5)
                  << std::setw(5) << s.group(g).protonCount << std::setw(12) << std::setprecision(2)
                  << r.groupConfidence[g] << "\n";
    for (const SpinGroup& g : s.groups())
        if (g.extraWidthHz > 0.0)
            std::cout << "broad  " << g.label << ": its line " << std::setprecision(1)
                      << g.extraWidthHz << " Hz wider than the others (an exchanging NH, OH or "
                      << "COOH proton)\n";
    std::cout << "pair     J/Hz    ±error\n";
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (s.couplingHz(i, j) != 0.0)
                std::cout << std::left << std::setw(6)
                          << (s.group(i).label + "-" + s.group(j).label) << std::right
                          << std::setw(8) << std::setprecision(3) << s.couplingHz(i, j) << "  "
                          << couplingErrorText(r.fit, i, j) << "\n";
    JournalOptions journal;
    journal.fieldMHz = r.fieldMHz;
    journal.solvent = spectrum.solvent;
    if (!s.empty()) std::cout << formatJournalString(s, journal) << "\n";
    std::cout << std::setprecision(2) << "line width " << r.fit.lineModel.linewidthHz
              << " Hz; cosine measured vs re-simulated " << std::setprecision(3) << r.cosine
              << std::setprecision(2) << "; " << r.hypothesesFitted << " hypotheses fitted in "
              << r.seconds << " s; origin: " << r.origin << "\n";
    for (const analysis::Alternative& a : r.alternatives)
        std::cout << "  runner-up (" << a.origin << "): " << a.system.size() << " groups, "
                  << a.system.protonCount() << " H, ΔBIC " << std::setprecision(1) << a.deltaBic
                  << "\n";
    for (std::size_t k = 0; k < r.referenceDeltaBic.size(); ++k)
        std::cout << "  compared system " << k + 1 << ": " << comparedText(r.referenceDeltaBic[k])
                  << "\n";
    for (const std::string& step : r.trail)
        std::cout << "  step: " << step << "\n";
    for (const analysis::AnalysisFlag& f : r.flags)
        std::cout << "flag " << f.code << ": " << f.message << "\n";
    std::cout << (r.confident ? "answer: confident\n"
                              : "answer: no confident answer (see the flags and confidences)\n");
}

int analyze(const po::variables_map& vm) {
    analysis::AnalysisOptions options;
    if (vm.count("protons")) options.totalProtons = vm["protons"].as<int>();
    if (vm.count("formula"))
        options.totalProtons = analysis::protonsInFormula(vm["formula"].as<std::string>());
    if (vm.count("field")) options.fieldMHz = vm["field"].as<double>();
    if (vm.count("solvent")) options.solvent = vm["solvent"].as<std::string>();
    options.threads = vm["threads"].as<int>();
    options.searchSeconds = searchSeconds(vm);
    if (vm.count("start")) options.givenStarts = readSpinSystems(vm["start"].as<std::string>());
    if (vm.count("compare"))
        options.referenceSystems = readSpinSystems(vm["compare"].as<std::string>());
    if (options.totalProtons < 0)
        throw Error(ErrorCode::InvalidArgument, "expected a positive proton count",
                    {"", 0, "--protons"});
    std::unique_ptr<Predictor> predictor;
    if (!vm.count("no-model"))
        predictor = analysis::openModel(vm.count("model") ? vm["model"].as<std::string>() : "",
                                        analysis::ModelNeed::Optional);
    ProgressCallback progress;
    if (vm.count("verbose"))
        progress = [](const Progress& p) { std::cerr << "analyze: " << p.phase << "\n"; };
    const analysis::FileAnalysis file =
        analysis::analyzeFile(vm["file"].as<std::string>(), options, predictor.get(), progress);
    const analysis::AnalysisResult& result = file.result;
    const double bound = FitOptions{}.maxAbsCouplingHz;
    if (vm.count("out"))
        writeFileAtomically(vm["out"].as<std::string>(),
                            analysis::analysisResultJson(result, bound) + "\n", "--out");
    if (vm.count("curves"))
        writeFileAtomically(vm["curves"].as<std::string>(), analysis::fitCurvesTsv(result.fit),
                            "--curves");
    if (vm.count("json"))
        std::cout << analysis::analysisResultJson(result, bound) << "\n";
    else
        printText(result, file.spectrum);
    return ExitOk;
}

int runAnalyze(const std::vector<std::string>& args) {
    po::options_description options("analyze options");
    options.add_options()("file", po::value<std::string>()->required(), "spectrum file or folder")(
        "protons", po::value<int>(),
        "the molecule's proton count")("formula", po::value<std::string>(),
                                       "molecular formula (its H count is used), e.g. C13H18O2")(
        "model", po::value<std::string>(),
        "model file for the proposal (default: the bundled model)")("no-model",
                                                                    "propose without the model")(
        "field", po::value<double>(), "spectrometer 1H frequency in MHz (overrides the file)")(
        "solvent", po::value<std::string>(),
        "solvent (overrides the file), e.g. CDCl3, DMSO-d6, D2O")(
        "threads", po::value<int>()->default_value(0), "parallel fits (0 = every core)")(
        "search-seconds",
        po::value<double>()->default_value(analysis::AnalysisOptions{}.searchSeconds),
        "the search's budget in seconds of one core (counted work, the same on any machine); "
        "the evidence round behind the confidences gets half as much again")(
        "start", po::value<std::string>(),
        "spin-system JSON (one record or a list): extra starts, competing with the others")(
        "compare", po::value<std::string>(),
        "spin-system JSON (one record or a list): fitted beside the answer, not competing; "
        "each one's BIC against the answer's is reported")(
        "verbose", "print each step of the search on stderr as it happens")(
        "json", "print the result record as JSON")("out", po::value<std::string>(),
                                                   "write the result record (JSON) here")(
        "curves", po::value<std::string>(),
        "write measured, fitted and residual columns (TSV) here");
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("analyze", args, options, positional, vm, exitCode, kUsage))
        return exitCode;
    return runReportingErrors("analyze", [&] { return analyze(vm); });
}

} // namespace

CliCommand analyzeCommand() {
    return {"analyze",
            "find the spin system that best explains a spectrum (proposals + exact fits + BIC)",
            runAnalyze};
}

} // namespace spinhance::cli
