// Analytic Jacobian (perturbation theory + kernel derivatives) against central finite differences,
// and the fit model against the independent simulator + renderer of core/spin.
#include "fit/fitmodel.h"
#include "fittesthelpers.h"
#include "spin/batchsimulator.h"

#include <gtest/gtest.h>

namespace spinhance {
namespace {

struct Case {
    SpinSystem system;
    double fieldMHz;
    PpmGrid grid;
    std::vector<double> singletsPpm = {};
    WeakCouplingRule weak = {};
};

FitOptions everythingFree() {
    FitOptions options;
    options.fitPhase = true;
    options.fitBaseline = true;
    return options;
}

// A shift step of 1.2 mHz whatever the field: the central difference's error grows as the step's
// square over the line's width (at 600 MHz a 2e-5 ppm step, 12 mHz, was off by 6e-4).
double stepFor(const ModelParameter& p, double fieldMHz) {
    switch (p.kind) {
    case ParameterKind::Shift:
    case ParameterKind::SingletShift:
        return 2e-5 * 60.0 / fieldMHz; // ppm
    case ParameterKind::Coupling:
        return 1e-3; // Hz
    case ParameterKind::Linewidth:
        return 1e-3;
    case ParameterKind::Phase:
        return 1e-4;
    default:
        return 1e-4;
    }
}

void expectJacobianMatchesFiniteDifferences(const Case& c) {
    LineModel line;
    line.linewidthHz = 0.9;
    line.phaseDeg = 12.0;
    line.scale = 2.5;
    line.baselineOffset = 0.01;
    line.baselineSlope = -0.02;
    FitOptions options = everythingFree();
    options.singletsPpm = c.singletsPpm;
    ParameterSet params(c.system, line, options);
    for (std::size_t p : params.singlets())
        params.all()[p].value = 0.4;
    // Move off the start so no parameter sits at a special value.
    std::vector<double> x0 = params.freeValues();
    for (std::size_t k = 0; k < x0.size(); ++k)
        if (params.all()[params.freeIndices()[k]].kind == ParameterKind::Shift)
            x0[k] += 0.003 * double(k % 3);
    FitModel model(c.grid, c.fieldMHz, std::vector<double>(std::size_t(c.grid.points), 0.0), params,
                   0.0, 0.0, {}, c.weak);
    const Eigen::VectorXd x = Eigen::Map<Eigen::VectorXd>(x0.data(), Eigen::Index(x0.size()));
    Eigen::VectorXd r, plus, minus;
    Eigen::MatrixXd jacobian, again;
    // As the fit asks: the sticks at a point first, then (the point accepted) their derivatives,
    // which reuse that point's eigenproblems.
    ASSERT_TRUE(model.evaluate(x, r, nullptr));
    ASSERT_TRUE(model.evaluate(x, r, &jacobian));
    for (Eigen::Index k = 0; k < x.size(); ++k) {
        const ModelParameter& p = params.all()[params.freeIndices()[std::size_t(k)]];
        const double h = stepFor(p, c.fieldMHz);
        Eigen::VectorXd xp = x, xm = x;
        xp[k] += h;
        xm[k] -= h;
        ASSERT_TRUE(model.evaluate(xp, plus, nullptr));
        ASSERT_TRUE(model.evaluate(xm, minus, nullptr));
        const Eigen::VectorXd fd = (plus - minus) / (2.0 * h);
        const double relative = (fd - jacobian.col(k)).norm() / jacobian.col(k).norm();
        EXPECT_LT(relative, 1e-5) << c.system.id << ": " << p.name;
    }
    // Coming from another point, the eigenproblems are solved afresh: the same Jacobian.
    ASSERT_TRUE(model.evaluate(x, r, &again));
    EXPECT_LT((again - jacobian).norm(), 1e-12 * jacobian.norm()) << c.system.id;
}

TEST(FitDerivatives, EthylCrotonateAt60MHzMatchFiniteDifferences) {
    expectJacobianMatchesFiniteDifferences({fittest::ethylCrotonate(), 60.0, {0.8, 7.6, 4096}});
}

TEST(FitDerivatives, StronglyCoupledAbcMatchFiniteDifferences) {
    expectJacobianMatchesFiniteDifferences({fittest::abcPlusSinglet(), 60.0, {1.9, 4.1, 2048}});
}

TEST(FitDerivatives, TiedAaBbMatchFiniteDifferences) {
    expectJacobianMatchesFiniteDifferences({fittest::aaBB(), 60.0, {6.8, 7.8, 2048}});
}

// A known singlet inside the multiplet (CHCl3 in a ring): its height, and the line width and phase
// it shares with the molecule, differentiated with it.
TEST(FitDerivatives, AKnownSingletInsideTheRingMatchFiniteDifferences) {
    expectJacobianMatchesFiniteDifferences({fittest::aaBB(), 60.0, {6.8, 7.8, 2048}, {7.26}});
}

// Weak couplings kept as J·Iz·Iz (α-D-glucose at 600 MHz: OH doublets and H1 apart from the CH
// chain): each sub-cluster's Fz blocks, their lowering between blocks of one sub-cluster only,
// and the weak J's derivative (diagonal) all differentiated.
TEST(FitDerivatives, WeaklyCoupledSubclustersMatchFiniteDifferences) {
    expectJacobianMatchesFiniteDifferences(
        {fittest::glucoseInDmso(), 600.0, {2.9, 6.3, 16384}, {}, FitOptions{}.weakCoupling});
}

// An exchanging proton's broad line (its own width, a parameter of its own) beside a strongly
// coupled ABC: its shift, width, and the common width and phase it adds to, differentiated.
TEST(FitDerivatives, ABroadExchangingProtonMatchesFiniteDifferences) {
    SpinSystem system = fittest::abcPlusSinglet();
    system.group(system.addGroup(3.20, 1)).extraWidthHz = 9.0;
    const ParameterSet params(system, {}, everythingFree());
    EXPECT_EQ(params.groupWidths().size(), 1u);
    expectJacobianMatchesFiniteDifferences({system, 60.0, {1.9, 4.1, 2048}});
}

// Only an uncoupled group has a line of its own: a coupled one's width is the common one.
TEST(FitDerivatives, ACoupledGroupGetsNoWidthOfItsOwn) {
    SpinSystem system = fittest::abcPlusSinglet();
    system.group(1).extraWidthHz = 9.0;
    const ParameterSet params(system, {}, {});
    EXPECT_TRUE(params.groupWidths().empty());
    EXPECT_EQ(params.system().group(1).extraWidthHz, 0.0);
}

TEST(FitDerivatives, TiesMergeEqualShiftsAndSymmetricCouplings) {
    const ParameterSet params(fittest::aaBB(), {}, {});
    int shifts = 0, couplings = 0;
    for (const ModelParameter& p : params.all()) {
        shifts += p.kind == ParameterKind::Shift;
        couplings += p.kind == ParameterKind::Coupling;
    }
    EXPECT_EQ(shifts, 2);    // A=A', B=B'
    EXPECT_EQ(couplings, 4); // AB=A'B', AB'=A'B, AA', BB'
}

// At zero phase the fit model is the spectrum core/spin simulates and renders (independent code:
// its own Hamiltonian, merge and line-shape renderer). The fit renderer leaves the Lorentzian tails
// that wrap around its periodic buffer uncorrected (core/spin corrects them): a smooth offset of
// ~2e-5 of the tallest peak, far below noise and absorbed by a baseline.
void expectMatchesSpinSimulator(const SpinSystem& system, double fieldMHz = 60.0,
                                PpmGrid grid = {0.5, 8.0, 8192}) {
    LineModel line;
    line.linewidthHz = 1.3;
    line.scale = 1.0;
    const std::vector<double> ours = renderFitModel(system, line, grid, fieldMHz);
    SimulationOptions simulation;
    simulation.fieldMHz = fieldMHz;
    LineShapeOptions shape;
    shape.linewidthHz = 1.3;
    const std::vector<double> theirs = simulateSpectrum(system, grid, simulation, shape);
    double peak = 0.0, worst = 0.0;
    for (std::size_t i = 0; i < ours.size(); ++i) {
        peak = std::max(peak, std::abs(theirs[i]));
        worst = std::max(worst, std::abs(ours[i] - theirs[i]));
    }
    EXPECT_LT(worst, 3e-5 * peak) << system.id;
}

TEST(FitModelRendering, MatchesSpinSimulatorAtZeroPhase) {
    for (const SpinSystem& system :
         {fittest::ethylCrotonate(), fittest::aaBB(), fittest::abcPlusSinglet()})
        expectMatchesSpinSimulator(system);
}

// Both split weak couplings by one rule (their defaults agree), each with its own code: at
// 600 MHz α-D-glucose's OH doublets and H1 leave the CH chain's cluster in both.
TEST(FitModelRendering, WeakCouplingsSplitAsTheSpinSimulatorSplitsThem) {
    const FitOptions fit;
    const SimulationOptions simulation;
    EXPECT_EQ(fit.weakCoupling.toleranceHz, simulation.weakCouplingToleranceHz);
    EXPECT_EQ(fit.weakCoupling.maxRatio, simulation.weakCouplingMaxRatio);
    expectMatchesSpinSimulator(fittest::glucoseInDmso(), 600.0, {2.9, 6.3, 32768});
}

// The split is an approximation within its tolerance: α-D-glucose at 600 MHz drawn with the weak
// couplings kept whole (the exact 12-spin treatment) and split differs by under 3 % of the
// tallest line at 1 Hz line width (a line 0.01 Hz off changes a 1 Hz Lorentzian by up to 1.3 %
// of its height; intensities change by up to the 1 % ratio).
TEST(FitModelRendering, AWeakCouplingSplitStaysWithinItsToleranceOfTheExactSpectrum) {
    const PpmGrid grid{2.9, 6.3, 16384};
    LineModel line;
    line.scale = 1.0;
    const std::vector<double> split = renderFitModel(fittest::glucoseInDmso(), line, grid, 600.0);
    SimulationOptions exact;
    exact.fieldMHz = 600.0;
    exact.weakCouplingToleranceHz = 0.0;
    const std::vector<double> whole =
        simulateSpectrum(fittest::glucoseInDmso(), grid, exact, LineShapeOptions{});
    double peak = 0.0, worst = 0.0;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        peak = std::max(peak, std::abs(whole[i]));
        worst = std::max(worst, std::abs(split[i] - whole[i]));
    }
    EXPECT_LT(worst, 0.03 * peak);
    EXPECT_GT(worst, 3e-5 * peak); // more than the renderers' own difference: a split was made
}

// A broad group beside a coupled ABC and a singlet: the fit's model and core/spin's simulator
// (each drawing the broad line apart, with its own renderer) agree as they do without it.
TEST(FitModelRendering, ABroadGroupMatchesTheSpinSimulator) {
    SpinSystem system = fittest::abcPlusSinglet();
    system.group(system.addGroup(3.20, 1)).extraWidthHz = 9.0;
    expectMatchesSpinSimulator(system);
}

// A broad group is a Lorentzian of the common width plus its own, its area its proton count in
// ppm (the closed form, against the renderer's gridding and FFT).
TEST(FitModelRendering, ABroadGroupIsALorentzianOfItsOwnWidth) {
    SpinSystem system;
    system.group(system.addGroup(7.41, 1)).extraWidthHz = 14.0;
    const PpmGrid grid{6.5, 8.5, 8192};
    LineModel line;
    line.linewidthHz = 2.0;
    line.scale = 1.0;
    const double fieldMHz = 500.0;
    const std::vector<double> ours = renderFitModel(system, line, grid, fieldMHz);
    const double halfWidthPpm = 0.5 * (2.0 + 14.0) / fieldMHz;
    double peak = 0.0, worst = 0.0;
    for (int i = 0; i < grid.points; ++i) {
        const double x = grid.ppmAt(std::size_t(i)) - 7.41;
        const double lorentzian =
            halfWidthPpm / (3.14159265358979323846 * (x * x + halfWidthPpm * halfWidthPpm));
        peak = std::max(peak, lorentzian);
        worst = std::max(worst, std::abs(ours[std::size_t(i)] - lorentzian));
    }
    EXPECT_LT(worst, 1e-3 * peak); // the periodic buffer's uncorrected tails (see above)
}

} // namespace
} // namespace spinhance
