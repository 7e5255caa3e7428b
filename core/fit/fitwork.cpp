#include "fit/fitproblem.h"

#include <cmath>

namespace spinhance {

namespace {

// Nanoseconds per count on one core of the development machine (2 cores, Debian 12): a
// least-squares fit, weighted for relative error, of the thread CPU time of 2,840 fits on their
// counts (the analyses of 14 evaluation spectra, GISSMO and literature, 60 and 90 MHz; stop 42 in
// docs/analysis.md). Predicted over actual CPU time per spectrum 0.84-1.07 for every one above
// 1 s. The derivative products were left out: they grow with the eigenproblems and the fit gave
// them no weight of their own. Only the ratios matter for a budget; the scale makes a unit about
// a microsecond there.
constexpr double kNsPerEigenCube = 3.49;
constexpr double kNsPerFftPoint = 4.44;
constexpr double kNsPerStickColumn = 64.0;
constexpr double kNsPerJacobianEntry = 0.288;

} // namespace

FitWork& FitWork::operator+=(const FitWork& other) {
    eigenCubes += other.eigenCubes;
    fftPoints += other.fftPoints;
    stickColumns += other.stickColumns;
    jacobianEntries += other.jacobianEntries;
    return *this;
}

std::uint64_t FitWork::units() const {
    const double ns = kNsPerEigenCube * double(eigenCubes) + kNsPerFftPoint * double(fftPoints) +
                      kNsPerStickColumn * double(stickColumns) +
                      kNsPerJacobianEntry * double(jacobianEntries);
    return std::uint64_t(std::llround(ns / 1000.0));
}

} // namespace spinhance
