#pragma once

#include "fit/fitparameters.h"
#include "fit/fitproblem.h"

#include <Eigen/Core>
#include <Eigen/SparseCore>
#include <cstddef>
#include <vector>

namespace spinhance {

/// Unmerged sticks and their derivatives with respect to the spin parameters asked for.
struct SensitiveSticks {
    std::vector<double> frequencyHz; ///< from 0 ppm
    std::vector<double> intensity;   ///< sum = number of protons
    Eigen::MatrixXd dFrequencyHz;    ///< sticks × parameters: Hz per ppm (shift) or per Hz (J)
    Eigen::MatrixXd dIntensity;      ///< sticks × parameters
    std::size_t size() const { return frequencyHz.size(); }
};

/// Throws Error{Unsupported} naming the cluster and the limit (spinlimits.h) when a coupled cluster
/// of `params`' start system, with every free spin parameter as a derivative column, is beyond what
/// the sensitivity model can hold. The fit calls it before its first evaluation; nothing is
/// allocated.
void checkSensitivitySize(const ParameterSet& params, double fieldMHz,
                          const WeakCouplingRule& weak = {});

/// Per member of the coupled component `members` of `system`, its strongly coupled sub-cluster
/// under `weak` at `fieldMHz` (all 0 when the component's exact blocks stay within
/// weak.exactUpToBlock, or no coupling is weak).
std::vector<int> fitSubclusters(const SpinSystem& system, const std::vector<std::size_t>& members,
                                double fieldMHz, const WeakCouplingRule& weak);

/// Exact sticks of a spin system with analytic first derivatives (first-order perturbation of
/// each Fz block's eigenproblem): dE/dp = <v|∂H/∂p|v> gives the line positions; eigenvector
/// perturbation dv_j = Σ_m v_m <v_m|∂H/∂p|v_j> / (E_j − E_m) gives the transition
/// amplitudes, evaluated in the eigenbasis as dA = Dᵀ A + A C. Pairs of states closer than a
/// numerical tolerance are treated as degenerate and their mixing is left out: tied (symmetric)
/// parameters never mix states of different symmetry, so this is exact for the AA'BB' ties the fit
/// uses. The coupling graph (and with it the clusters and the Hamiltonian operators) is fixed at
/// construction from `topology`; couplings zero there stay zero. So is its weak-coupling split
/// (`weak`, judged on `topology`): a weak coupling keeps its J·Iz·Iz part, each sub-cluster's Fz
/// is conserved and the blocks are products of theirs, as in the simulator.
class SpinSensitivity {
public:
    /// `parameters[k]` for k in `spinParameters` are Shift or Coupling parameters whose
    /// derivatives the evaluation returns, in that order (column k).
    SpinSensitivity(const SpinSystem& topology, const std::vector<ModelParameter>& parameters,
                    const std::vector<std::size_t>& spinParameters, double fieldMHz,
                    const WeakCouplingRule& weak = {});
    ~SpinSensitivity();
    SpinSensitivity(SpinSensitivity&&) noexcept;

    /// Sticks of `system` (same groups and coupling graph as the topology); the derivative
    /// matrices are left with zero columns when `derivatives` is false. The eigenproblems of the
    /// last call are kept: a least-squares fit asks for the sticks at a trial point, then (when it
    /// accepts it) for their derivatives at the same point, and that second call reuses them.
    SensitiveSticks evaluate(const SpinSystem& system, bool derivatives = true);
    std::size_t parameterCount() const { return m_parameterCount; }
    /// The uncoupled groups, in the order of their sticks: evaluate's first sticks, one each.
    const std::vector<std::size_t>& singletGroups() const { return m_singlets; }
    /// What the evaluations so far computed (eigenproblems, derivatives, sticks).
    const FitWork& work() const { return m_work; }

private:
    struct Cluster;
    struct Eigenpairs;
    const std::vector<Eigenpairs>& solvedBlocks(const std::vector<double>& hamiltonianHz);
    void addSinglet(std::size_t group, const SpinSystem& system, SensitiveSticks& out) const;
    std::vector<Cluster> m_clusters;
    std::vector<std::size_t> m_singlets;
    std::vector<std::vector<int>> m_shiftColumns; // per group: columns whose shift moves it
    std::size_t m_parameterCount = 0;
    std::vector<double> m_solvedHamiltonianHz; // per cluster: its shifts then its couplings
    std::vector<Eigenpairs> m_solved;          // of m_solvedHamiltonianHz, per cluster and block
    double m_fieldMHz = 90.0;
    FitWork m_work;
    std::size_t m_lastStickCount = 0; // sticks of the last evaluation: the next one's reserve
};

} // namespace spinhance
