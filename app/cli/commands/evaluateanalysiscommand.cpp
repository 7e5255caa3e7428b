#include "analysis/analysisevaluation.h"
#include "analysis/pipeline.h"
#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/atomicfile.h"
#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

namespace spinhance::cli {

namespace {

const char* kUsage =
    "FOLDER... [--give-protons] [--score-truth] [--model M | --no-model] [--limit N] "
    "[--json OUT.json]\n\n"
    "Scores `analyze` on spectra it did not make: every spectrum file in FOLDER with a "
    "NAME.truth.json\n"
    "beside it (tools/evaluation/render-peer.mjs writes such folders with NMRium's simulator). "
    "Prints per\n"
    "field: solved rate (group count, every shift within 0.01 ppm, every coupled J within 0.3 Hz, "
    "every\n"
    "proton count), group-count and degeneracy accuracy, shift and J mean errors, the expected "
    "calibration\n"
    "error of the group confidences, the median seconds per spectrum, how many answers were "
    "called\n"
    "confident (conf) and how many of those were solved (c-ok).\n"
    "With --score-truth each truth is also fitted to the same data (one full fit more per case) "
    "and the\n"
    "unsolved cases are told apart: the truth fits better than the answer by more than a search "
    "move's\n"
    "margin (the search missed it), or not (the spectrum does not prefer the truth).";

void printRow(const std::string& name, const analysis::EvaluationSummary& s) {
    std::cout << std::left << std::setw(10) << name << std::right << std::fixed << std::setw(6)
              << s.cases << std::setw(8) << std::setprecision(3) << s.solvedRate << std::setw(8)
              << s.groupCountAccuracy << std::setw(8) << s.degeneracyAccuracy << std::setw(10)
              << std::setprecision(4) << s.shiftMaePpm << std::setw(8) << std::setprecision(2)
              << s.couplingMaeHz << std::setw(8) << std::setprecision(3) << s.calibrationError
              << std::setw(8) << std::setprecision(2) << s.medianSeconds << std::setw(6) << s.failed
              << std::setw(6) << s.confidentCases << std::setw(6) << s.confidentSolved << "\n";
}

nlohmann::json summaryJson(const analysis::EvaluationSummary& s) {
    return {{"cases", s.cases},
            {"failed", s.failed},
            {"solved_rate", s.solvedRate},
            {"group_count_accuracy", s.groupCountAccuracy},
            {"degeneracy_accuracy", s.degeneracyAccuracy},
            {"shift_mae_ppm", s.shiftMaePpm},
            {"coupling_mae_hz", s.couplingMaeHz},
            {"calibration_error", s.calibrationError},
            {"median_seconds", s.medianSeconds},
            {"confident_cases", s.confidentCases},
            {"confident_solved", s.confidentSolved},
            {"unsolved_truth_scored", s.unsolvedTruthScored},
            {"unsolved_truth_fits_better", s.unsolvedTruthFitsBetter},
            {"bin_confidence", s.binConfidence},
            {"bin_accuracy", s.binAccuracy},
            {"bin_count", s.binCount}};
}

nlohmann::json caseJson(const analysis::CaseOutcome& o) {
    return {{"spectrum", o.evaluationCase.spectrumPath},
            {"field_mhz", o.evaluationCase.fieldMHz},
            {"solved", o.score.solved},
            {"group_count_right", o.score.groupCountRight},
            {"found_groups", o.score.foundGroups},
            {"truth_groups", o.score.truthGroups},
            {"max_shift_error_ppm", o.score.maxShiftErrorPpm},
            {"max_coupling_error_hz", o.score.maxCouplingErrorHz},
            // The sums behind the set's MAEs, so that a reader can see which cases carry them.
            {"matched_groups", o.score.matchedGroups},
            {"shift_abs_error_sum_ppm", o.score.shiftAbsErrorSumPpm},
            {"coupled_pairs", o.score.coupledPairs},
            {"coupling_abs_error_sum_hz", o.score.couplingAbsErrorSumHz},
            {"confidence", o.groupConfidence},
            {"confidence_features", o.groupFeatures},
            {"group_right", o.groupRight},
            {"confident", o.confident},
            {"flags", o.flags},
            {"seconds", o.seconds},
            {"truth_delta_bic",
             std::isfinite(o.truthDeltaBic) ? nlohmann::json(o.truthDeltaBic) : nlohmann::json()},
            {"error", o.error}};
}

std::string truthText(const analysis::CaseOutcome& o) {
    if (!std::isfinite(o.truthDeltaBic)) return "";
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << ", truth's BIC " << std::showpos
         << o.truthDeltaBic << " against the answer";
    return text.str();
}

int evaluate(const po::variables_map& vm) {
    std::vector<analysis::EvaluationCase> cases;
    for (const std::string& folder : vm["folder"].as<std::vector<std::string>>())
        for (analysis::EvaluationCase& c : analysis::loadEvaluationFolder(folder))
            cases.push_back(std::move(c));
    if (vm.count("match")) {
        const std::string part = vm["match"].as<std::string>();
        cases.erase(
            std::remove_if(
                cases.begin(), cases.end(),
                [&](const analysis::EvaluationCase& c) {
                    return std::filesystem::path(c.spectrumPath).filename().string().find(part) ==
                           std::string::npos;
                }),
            cases.end());
    }
    if (vm.count("limit") && std::size_t(vm["limit"].as<int>()) < cases.size())
        cases.resize(std::size_t(vm["limit"].as<int>()));
    std::unique_ptr<Predictor> predictor;
    if (!vm.count("no-model"))
        predictor = analysis::openModel(vm.count("model") ? vm["model"].as<std::string>() : "",
                                        analysis::ModelNeed::Optional);
    analysis::EvaluationRequest request;
    request.giveProtons = vm.count("give-protons") > 0;
    request.scoreTruth = vm.count("score-truth") > 0;
    analysis::AnalysisOptions options;
    options.threads = vm["threads"].as<int>();
    options.searchSeconds = searchSeconds(vm);
    std::vector<analysis::CaseOutcome> outcomes;
    std::map<int, std::vector<analysis::CaseOutcome>> byField;
    for (std::size_t k = 0; k < cases.size(); ++k) {
        outcomes.push_back(
            analysis::evaluateCase(cases[k], request, options, predictor.get(), nullptr));
        const analysis::CaseOutcome& o = outcomes.back();
        byField[int(std::lround(cases[k].fieldMHz))].push_back(o);
        std::cerr << "[" << k + 1 << "/" << cases.size() << "] "
                  << std::filesystem::path(cases[k].spectrumPath).filename().string()
                  << (o.score.solved ? " solved" : " not solved") << " (" << o.score.foundGroups
                  << "/" << o.score.truthGroups << " groups, max shift error "
                  << std::setprecision(4) << o.score.maxShiftErrorPpm << " ppm, max J error "
                  << o.score.maxCouplingErrorHz << " Hz, " << std::setprecision(1) << o.seconds
                  << " s)" << truthText(o) << (o.error.empty() ? "" : " error: " + o.error) << "\n";
    }
    std::cout << "field       cases  solved  count   degen  shift/ppm   J/Hz     ECE   med s  fail "
                 " conf  c-ok\n";
    nlohmann::json report;
    for (const auto& [field, list] : byField) {
        const analysis::EvaluationSummary s = analysis::summarise(list);
        printRow(std::to_string(field) + " MHz", s);
        report["by_field"][std::to_string(field)] = summaryJson(s);
    }
    const analysis::EvaluationSummary all = analysis::summarise(outcomes);
    printRow("all", all);
    if (request.scoreTruth)
        std::cout << "unsolved with the truth fitted: " << all.unsolvedTruthScored << ", of which "
                  << all.unsolvedTruthFitsBetter
                  << " the truth fits better by more than a move's margin (search missed it)\n";
    report["all"] = summaryJson(all);
    for (const analysis::CaseOutcome& o : outcomes)
        report["cases"].push_back(caseJson(o));
    if (vm.count("json"))
        writeFileAtomically(vm["json"].as<std::string>(), report.dump(1) + "\n", "--json");
    return ExitOk;
}

int runEvaluateAnalysis(const std::vector<std::string>& args) {
    po::options_description options("evaluate-analysis options");
    options.add_options()("folder", po::value<std::vector<std::string>>()->required(),
                          "folders of spectra with .truth.json")(
        "give-protons", "tell the analysis each molecule's proton count")(
        "score-truth", "also fit each truth to the same data: did the search miss it?")(
        "model", po::value<std::string>(), "model file (default: the bundled model)")(
        "no-model", "analyse without the model's proposal")("limit", po::value<int>(),
                                                            "only the first N cases")(
        "match", po::value<std::string>(), "only files whose name contains this text, e.g. _60MHz")(
        "threads", po::value<int>()->default_value(0), "parallel fits (0 = every core)")(
        "search-seconds",
        po::value<double>()->default_value(analysis::AnalysisOptions{}.searchSeconds),
        "the search's budget in seconds of one core (counted work, the same on any machine); "
        "the evidence round behind the confidences gets half as much again")(
        "json", po::value<std::string>(), "write per-field figures and per-case outcomes here");
    po::positional_options_description positional;
    positional.add("folder", -1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("evaluate-analysis", args, options, positional, vm, exitCode, kUsage))
        return exitCode;
    return runReportingErrors("evaluate-analysis", [&] { return evaluate(vm); });
}

} // namespace

CliCommand evaluateAnalysisCommand() {
    return {"evaluate-analysis",
            "score analyze on independent spectra with known spin systems (solved rate, errors, "
            "calibration)",
            runEvaluateAnalysis};
}

} // namespace spinhance::cli
