#include "analysis/analysisevaluation.h"

#include "analysis/evaluationtruth.h"
#include "analysis/noiseestimate.h"
#include "analysis/pipeline.h"
#include "analysis/search.h"
#include "common/error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace spinhance::analysis {

namespace fs = std::filesystem;

namespace {

constexpr int kCalibrationBins = 10;

EvaluationCase readCase(const fs::path& spectrum, const fs::path& truthPath) {
    std::ifstream in(truthPath);
    std::stringstream text;
    text << in.rdbuf();
    EvaluationTruth truth = parseEvaluationTruth(text.str(), truthPath.string());
    // A group is magnetically equivalent protons: a truth that writes two equivalent CH3 apart
    // (GISSMO's Maybridge_Ro3_Fragment_03_H02) holds one 6 H group as far as any spectrum shows.
    return {spectrum.string(), withEquivalentGroupsMerged(truth.system), truth.protons,
            truth.fieldMHz};
}

void addCalibration(const std::vector<CaseOutcome>& outcomes, EvaluationSummary& s) {
    s.binConfidence.assign(kCalibrationBins, 0.0);
    s.binAccuracy.assign(kCalibrationBins, 0.0);
    s.binCount.assign(kCalibrationBins, 0);
    int total = 0;
    for (const CaseOutcome& o : outcomes)
        for (std::size_t g = 0; g < o.groupConfidence.size() && g < o.groupRight.size(); ++g) {
            const int bin =
                std::min(kCalibrationBins - 1, int(o.groupConfidence[g] * kCalibrationBins));
            s.binConfidence[std::size_t(bin)] += o.groupConfidence[g];
            s.binAccuracy[std::size_t(bin)] += o.groupRight[g] ? 1.0 : 0.0;
            ++s.binCount[std::size_t(bin)];
            ++total;
        }
    for (int b = 0; b < kCalibrationBins; ++b) {
        const int n = s.binCount[std::size_t(b)];
        if (n == 0) continue;
        s.binConfidence[std::size_t(b)] /= n;
        s.binAccuracy[std::size_t(b)] /= n;
        s.calibrationError +=
            double(n) / total *
            std::abs(s.binConfidence[std::size_t(b)] - s.binAccuracy[std::size_t(b)]);
    }
}

} // namespace

std::vector<EvaluationCase> loadEvaluationFolder(const std::string& folder) {
    if (!fs::is_directory(folder))
        throw Error(ErrorCode::NotFound, "expected a folder of spectra with .truth.json files",
                    {folder, 0, ""});
    std::vector<fs::path> spectra;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.find(".truth.json") == std::string::npos &&
            name != "manifest.json" &&
            fs::exists(entry.path().parent_path() / (entry.path().stem().string() + ".truth.json")))
            spectra.push_back(entry.path());
    }
    std::sort(spectra.begin(), spectra.end());
    std::vector<EvaluationCase> cases;
    for (const fs::path& p : spectra)
        cases.push_back(readCase(p, p.parent_path() / (p.stem().string() + ".truth.json")));
    return cases;
}

CaseOutcome evaluateCase(const EvaluationCase& evaluationCase, const EvaluationRequest& request,
                         AnalysisOptions options, Predictor* predictor, const CancelFlag* cancel) {
    CaseOutcome outcome;
    outcome.evaluationCase = evaluationCase;
    const auto started = std::chrono::steady_clock::now();
    try {
        if (request.giveProtons) options.totalProtons = evaluationCase.protons;
        if (request.scoreTruth) options.referenceSystems = {evaluationCase.truth};
        const AnalysisResult result =
            analyzeFile(evaluationCase.spectrumPath, options, predictor, {}, cancel).result;
        outcome.score = scoreAnswer(result.system, evaluationCase.truth);
        outcome.groupConfidence = result.groupConfidence;
        for (const GroupEvidence& e : result.groupEvidence)
            outcome.groupFeatures.push_back(confidenceFeatures(e));
        for (std::size_t g = 0; g < result.system.size(); ++g)
            outcome.groupRight.push_back(
                groupRight(outcome.score, result.system, evaluationCase.truth, g));
        outcome.confident = result.confident;
        if (!result.referenceDeltaBic.empty()) outcome.truthDeltaBic = result.referenceDeltaBic[0];
        for (const AnalysisFlag& f : result.flags)
            outcome.flags.push_back(f.code);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Cancelled) throw;
        outcome.error = e.what();
        outcome.score = scoreAnswer(SpinSystem{}, evaluationCase.truth);
    }
    outcome.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return outcome;
}

EvaluationSummary summarise(const std::vector<CaseOutcome>& outcomes) {
    EvaluationSummary s;
    s.cases = int(outcomes.size());
    int matched = 0, degeneracyRight = 0, pairs = 0;
    double shiftSum = 0.0, couplingSum = 0.0;
    std::vector<double> seconds;
    for (const CaseOutcome& o : outcomes) {
        s.failed += o.error.empty() ? 0 : 1;
        s.solvedRate += o.score.solved ? 1.0 : 0.0;
        s.confidentCases += o.confident ? 1 : 0;
        s.confidentSolved += o.confident && o.score.solved ? 1 : 0;
        s.groupCountAccuracy += o.score.groupCountRight ? 1.0 : 0.0;
        matched += o.score.matchedGroups;
        degeneracyRight += o.score.degeneracyRight;
        shiftSum += o.score.shiftAbsErrorSumPpm;
        pairs += o.score.coupledPairs;
        couplingSum += o.score.couplingAbsErrorSumHz;
        seconds.push_back(o.seconds);
        if (!o.score.solved && std::isfinite(o.truthDeltaBic)) {
            ++s.unsolvedTruthScored;
            s.unsolvedTruthFitsBetter += o.truthDeltaBic < -SearchOptions{}.acceptDeltaBic ? 1 : 0;
        }
    }
    if (s.cases > 0) {
        s.solvedRate /= s.cases;
        s.groupCountAccuracy /= s.cases;
    }
    s.degeneracyAccuracy = matched > 0 ? double(degeneracyRight) / matched : 0.0;
    s.shiftMaePpm = matched > 0 ? shiftSum / matched : 0.0;
    s.couplingMaeHz = pairs > 0 ? couplingSum / pairs : 0.0;
    s.medianSeconds = median(seconds);
    addCalibration(outcomes, s);
    return s;
}

} // namespace spinhance::analysis
