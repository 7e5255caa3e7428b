#pragma once

#include "common/error.h"
#include "coreservices.h"

#include <cmath>
#include <filesystem>
#include <thread>

namespace spinhance::ui::fakes {

// Ethyl acetate-like system: CH2 q at 4.12, CH3 s at 2.05, CH3 t at 1.26 (³J 7.1 Hz).
inline SpinSystem ethylSystem() {
    SpinSystem s;
    s.addGroup(4.12, 2);
    s.addGroup(2.05, 3);
    s.addGroup(1.26, 3);
    s.setCouplingHz(0, 2, 7.1);
    return s;
}

// First-order sticks: each group split by binomial multiplets of its partners (exact for weak
// coupling, which is all these tests need; the real simulator is tested in tests/spin).
inline std::vector<Stick> firstOrderSticks(const SpinSystem& system, double fieldMHz) {
    std::vector<Stick> sticks;
    for (std::size_t i = 0; i < system.size(); ++i) {
        std::vector<std::pair<double, double>> lines{{system.group(i).shiftPpm * fieldMHz, 1.0}};
        for (std::size_t j = 0; j < system.size(); ++j) {
            const double jHz = i == j ? 0.0 : system.couplingHz(i, j);
            if (jHz == 0.0) continue;
            for (int k = 0; k < system.group(j).protonCount; ++k) {
                std::vector<std::pair<double, double>> split;
                for (auto [f, w] : lines) {
                    split.push_back({f - jHz / 2, w / 2});
                    split.push_back({f + jHz / 2, w / 2});
                }
                lines = split;
            }
        }
        for (auto [f, w] : lines)
            sticks.push_back({f, f / fieldMHz, w * system.group(i).protonCount});
    }
    return sticks;
}

inline std::vector<double> lorentzians(const std::vector<Stick>& sticks, const PpmGrid& grid,
                                       double fieldMHz, const LineShapeOptions& options) {
    std::vector<double> values(std::size_t(grid.points), 0.0);
    const double gamma = options.linewidthHz / 2.0 / fieldMHz;
    for (std::size_t i = 0; i < values.size(); ++i)
        for (const Stick& s : sticks) {
            const double d = grid.ppmAt(i) - s.shiftPpm;
            values[i] += s.intensity * gamma / M_PI / (d * d + gamma * gamma);
        }
    return values;
}

class FakePredictor : public Predictor {
public:
    explicit FakePredictor(std::string path) {
        m_info = {path, model::Recipe::R025, model::ModelSize::Tiny, 1234, 90.0, "{}", ""};
    }
    const ModelInfo& info() const override { return m_info; }
    Prediction predict(const std::vector<double>& input) override {
        if (int(input.size()) != PpmGrid::model().points)
            throw Error(ErrorCode::Mismatch, "expected the model grid");
        return {ethylSystem(), {0.99, 0.97, 0.95}, std::vector<double>(9, 0.5)};
    }

private:
    ModelInfo m_info;
};

// The spectrum a fake reader "reads": the ethyl system rendered at 90 MHz, 16,384 points.
inline Spectrum fakeSpectrum(const std::string& path) {
    if (!std::filesystem::exists(path))
        throw Error(ErrorCode::NotFound, "no such file or folder", {path, 0, ""});
    Spectrum s;
    const PpmGrid grid{-0.5, 10.5, 16384};
    s.real = lorentzians(firstOrderSticks(ethylSystem(), 90.0), grid, 90.0, {});
    for (int i = 0; i < grid.points; ++i)
        s.ppm.push_back(grid.ppmAt(std::size_t(grid.points - 1 - i)));
    std::reverse(s.real.begin(), s.real.end()); // as files often store it: ppm descending
    s.fieldMHz = 90.0;
    s.solvent = "CDCl3";
    s.title = "fake";
    s.origin = {path, "fake", "synthetic test spectrum"};
    return s;
}

// The analysis by synthesis answers at once with the ethyl system, its singlet at 2.06 ppm and
// confidences 0.9, 0.8, 0.7, and one runner-up without the ethyl J (the real analysis is tested
// in tests/analysis).
inline analysis::AnalysisResult fakeAnalysis(const Spectrum& spectrum,
                                             const analysis::AnalysisOptions&, Predictor*,
                                             const ProgressCallback& progress,
                                             const CancelFlag* cancel) {
    if (progress) progress({1, 2, "fake analysis"});
    throwIfCancelled(cancel);
    analysis::AnalysisResult r;
    r.system = ethylSystem();
    r.system.group(1).shiftPpm = 2.06;
    r.groupConfidence = {0.9, 0.8, 0.7};
    r.fieldMHz = spectrum.fieldMHz;
    r.fit.converged = true;
    r.cosine = 0.99;
    analysis::Alternative uncoupled{ethylSystem(), "drop J A-C", 42.0};
    uncoupled.system.setCouplingHz(0, 2, 0.0);
    r.alternatives.push_back(uncoupled);
    // Two integral regions: the CH2 quartet (2 H) and the acetyl singlet (3 H).
    r.evidence.regions = {{0, 0, 4.05, 4.20, 0.02, 4.12, 1.0}, {0, 0, 2.00, 2.10, 0.03, 2.06, 1.0}};
    r.evidence.multiplets = {{4.12, 21.3, {7.1}, 4}, {2.06, 0.0, {}, 1}};
    r.evidence.regionProtons = {2, 3};
    r.evidence.totalProtons = 5;
    r.evidence.moleculeArea = 0.05;
    return r;
}

inline CoreServices fakeServices() {
    CoreServices s = defaultCoreServices();
    s.analyzeSpectrum = fakeAnalysis;
    s.loadSpectrum = fakeSpectrum;
    s.reprocessSpectrum = [](const std::string& path, const ProcessOptions& options) {
        Spectrum spectrum = fakeSpectrum(path);
        for (double& ppm : spectrum.ppm)
            ppm += options.referenceOffsetPpm;
        return spectrum;
    };
    s.predictSpectrum = [](const Spectrum&, Predictor& predictor) {
        const PpmGrid grid = PpmGrid::model();
        return predictor.predict(std::vector<double>(std::size_t(grid.points), 1.0 / grid.points));
    };
    s.simulateSticks = firstOrderSticks;
    s.renderSpectrum = lorentzians;
    s.openModel = [](const std::string& path) -> std::unique_ptr<Predictor> {
        if (!std::filesystem::exists(path))
            throw Error(ErrorCode::NotFound, "model file not found", {path, 0, ""});
        return std::make_unique<FakePredictor>(path);
    };
    s.train = [](const TrainingRequest& request, const ProgressCallback& progress,
                 const std::function<void(const EpochPoint&)>& onEpoch, CancelFlag* cancel) {
        for (int epoch = 1; epoch <= request.epochs; ++epoch) {
            for (int step = 0; step < 10; ++step) {
                throwIfCancelled(cancel);
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                progress({(epoch - 1) * 10 + step + 1, request.epochs * 10, "training"});
            }
            onEpoch({epoch, 1.0 / epoch, 1.2 / epoch, 0.1 / epoch});
        }
    };
    return s;
}

} // namespace spinhance::ui::fakes
