#include "fit/spinsensitivity.h"

#include "spin/compositespin.h"
#include "spin/couplinggraph.h"
#include "spin/simulator.h"
#include "spin/spinlimits.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace spinhance {

namespace {

using Sparse = Eigen::SparseMatrix<double>;
using Triplets = std::vector<Eigen::Triplet<double>>;

constexpr double kStickCutoff = 1e-13; // intensity below which a transition is left out

double raiseElement(int twoS, int m2) {
    return 0.5 * std::sqrt(double((twoS - m2) * (twoS + m2 + 2)));
}
double lowerElement(int twoS, int m2) {
    return 0.5 * std::sqrt(double((twoS + m2) * (twoS - m2 + 2)));
}

// Product states of one combination of group spins, bucketed by the Fz of every sub-cluster (all
// conserved: couplings between sub-clusters are weak, J·Iz·Iz only). Within a group
// k = (2S − 2m)/2 runs 0..2S; a block's key is the mixed-radix number of the sub-clusters' k sums
// (one sub-cluster: block b holds 2M = 2S_tot − 2b).
struct Basis {
    std::vector<int> twoS, stride, m2, blockOf, indexInBlock, subOf, twoSsub, blockStride;
    std::vector<std::vector<int>> blockStates;
    int groups = 0, states = 1, blocks = 1;

    Basis(const std::vector<int>& spins, const std::vector<int>& subcluster)
        : twoS(spins), subOf(subcluster), groups(int(spins.size())) {
        stride.resize(std::size_t(groups));
        for (int g = groups - 1; g >= 0; --g) {
            stride[std::size_t(g)] = states;
            states *= twoS[std::size_t(g)] + 1;
        }
        twoSsub.assign(std::size_t(*std::max_element(subOf.begin(), subOf.end()) + 1), 0);
        for (int g = 0; g < groups; ++g)
            twoSsub[std::size_t(subOf[std::size_t(g)])] += twoS[std::size_t(g)];
        for (int sum : twoSsub) {
            blockStride.push_back(blocks);
            blocks *= sum + 1;
        }
        blockStates.resize(std::size_t(blocks));
        m2.resize(std::size_t(states * groups));
        for (int s = 0; s < states; ++s) {
            int b = 0;
            for (int g = 0; g < groups; ++g) {
                const int k = (s / stride[std::size_t(g)]) % (twoS[std::size_t(g)] + 1);
                m2[std::size_t(s * groups + g)] = twoS[std::size_t(g)] - 2 * k;
                b += k * blockStride[std::size_t(subOf[std::size_t(g)])];
            }
            blockOf.push_back(b);
            indexInBlock.push_back(int(blockStates[std::size_t(b)].size()));
            blockStates[std::size_t(b)].push_back(s);
        }
    }
    int m(int s, int g) const { return m2[std::size_t(s * groups + g)]; }
    int index(int s) const { return indexInBlock[std::size_t(s)]; }
    bool sameSubcluster(int g, int q) const {
        return subOf[std::size_t(g)] == subOf[std::size_t(q)];
    }
    // Sub-cluster c's k sum in block b: it can be lowered while below twoSsub[c].
    int kOf(int b, int c) const {
        return (b / blockStride[std::size_t(c)]) % (twoSsub[std::size_t(c)] + 1);
    }
};

struct Block {
    int dim = 0;
    std::vector<Eigen::VectorXd> fz;              // per local group: Iz on the diagonal
    std::vector<Sparse> pairOps;                  // per coupled pair: I_g·I_q
    std::vector<std::pair<int, Sparse>> paramOps; // (column, ∂H/∂p in Hz per unit)
};

// One sub-cluster's F− from block `from` to block `to` (its k sum one higher).
struct Lowering {
    int from = 0, to = 0;
    Sparse op;
};

struct Combination {
    double weight = 1.0;
    std::vector<Block> blocks;
    std::vector<Lowering> lowering;
};

Sparse pairOperator(const Basis& basis, const std::vector<int>& states, int g, int q) {
    Triplets t;
    for (int i = 0; i < int(states.size()); ++i) {
        const int s = states[std::size_t(i)];
        t.emplace_back(i, i, 0.25 * basis.m(s, g) * basis.m(s, q));
        // ½(I+_g I−_q + I−_g I+_q): from each state both flip-flops; the matrix comes out
        // symmetric. A weak coupling (between sub-clusters) keeps its Iz·Iz part only.
        if (!basis.sameSubcluster(g, q)) continue;
        for (const auto& [up, down] : {std::pair<int, int>{g, q}, std::pair<int, int>{q, g}}) {
            if (basis.m(s, up) >= basis.twoS[std::size_t(up)] ||
                basis.m(s, down) <= -basis.twoS[std::size_t(down)])
                continue;
            const int target = s - basis.stride[std::size_t(up)] + basis.stride[std::size_t(down)];
            t.emplace_back(basis.index(target), i,
                           0.5 * raiseElement(basis.twoS[std::size_t(up)], basis.m(s, up)) *
                               lowerElement(basis.twoS[std::size_t(down)], basis.m(s, down)));
        }
    }
    Sparse op(Eigen::Index(states.size()), Eigen::Index(states.size()));
    op.setFromTriplets(t.begin(), t.end());
    return op;
}

// Sub-cluster c's F− from block b (whose k sum of c is below its 2S) to the block one lower in c.
Lowering loweringOperator(const Basis& basis, int b, int c) {
    const std::vector<int>& states = basis.blockStates[std::size_t(b)];
    Lowering lowering;
    lowering.from = b;
    lowering.to = b + basis.blockStride[std::size_t(c)];
    Triplets t;
    for (int i = 0; i < int(states.size()); ++i) {
        const int s = states[std::size_t(i)];
        for (int g = 0; g < basis.groups; ++g)
            if (basis.subOf[std::size_t(g)] == c && basis.m(s, g) > -basis.twoS[std::size_t(g)])
                t.emplace_back(basis.index(s + basis.stride[std::size_t(g)]), i,
                               lowerElement(basis.twoS[std::size_t(g)], basis.m(s, g)));
    }
    lowering.op = Sparse(Eigen::Index(basis.blockStates[std::size_t(lowering.to)].size()),
                         Eigen::Index(states.size()));
    lowering.op.setFromTriplets(t.begin(), t.end());
    return lowering;
}

} // namespace

struct SpinSensitivity::Cluster {
    std::vector<std::size_t> groups;        // global indices
    std::vector<int> subcluster;            // per local group: its strongly coupled sub-cluster
    std::vector<std::pair<int, int>> pairs; // local indices of the coupled pairs
    double frameHz = 0.0;
    double normalisation = 1.0;
    std::vector<Combination> combinations;
};

namespace {

using ParamList = std::vector<ModelParameter>;

Block makeBlock(const Basis& basis, int b, const std::vector<std::pair<int, int>>& pairs) {
    Block block;
    const std::vector<int>& states = basis.blockStates[std::size_t(b)];
    block.dim = int(states.size());
    for (int g = 0; g < basis.groups; ++g) {
        Eigen::VectorXd fz(block.dim);
        for (int i = 0; i < block.dim; ++i)
            fz[i] = 0.5 * basis.m(states[std::size_t(i)], g);
        block.fz.push_back(fz);
    }
    for (const auto& [g, q] : pairs)
        block.pairOps.push_back(pairOperator(basis, states, g, q));
    return block;
}

// ∂H/∂p for each requested parameter that touches this cluster: field × Σ Fz (shift, per ppm)
// or Σ I·I over the tied pairs (coupling, per Hz).
void addParamOps(Block& block, const std::vector<std::size_t>& groups,
                 const std::vector<std::pair<int, int>>& pairs, const ParamList& params,
                 const std::vector<std::size_t>& columns, double fieldMHz) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const ModelParameter& p = params[columns[c]];
        Sparse op(block.dim, block.dim);
        bool touches = false;
        for (std::size_t local = 0; local < groups.size(); ++local)
            for (std::size_t g : p.groups)
                if (g == groups[local]) {
                    Sparse diag(block.dim, block.dim);
                    Triplets t;
                    for (int i = 0; i < block.dim; ++i)
                        t.emplace_back(i, i, fieldMHz * block.fz[local][i]);
                    diag.setFromTriplets(t.begin(), t.end());
                    op += diag;
                    touches = true;
                }
        for (std::size_t k = 0; k < pairs.size(); ++k)
            for (const auto& [i, j] : p.pairs)
                if (std::minmax(groups[std::size_t(pairs[k].first)],
                                groups[std::size_t(pairs[k].second)]) == std::minmax(i, j)) {
                    op += block.pairOps[k];
                    touches = true;
                }
        if (touches) block.paramOps.emplace_back(int(c), op);
    }
}

// Derivative columns whose parameter moves a group or a pair of `members` (each needs dense
// matrices per block of the cluster).
std::size_t columnsTouching(const std::vector<std::size_t>& members, const ParamList& params,
                            const std::vector<std::size_t>& columns) {
    auto member = [&](std::size_t g) {
        return std::find(members.begin(), members.end(), g) != members.end();
    };
    std::size_t touching = 0;
    for (std::size_t column : columns) {
        const ModelParameter& p = params[column];
        const bool moves = std::any_of(p.groups.begin(), p.groups.end(), member) ||
                           std::any_of(p.pairs.begin(), p.pairs.end(), [&](const auto& pair) {
                               return member(pair.first) && member(pair.second);
                           });
        touching += moves ? 1 : 0;
    }
    return touching;
}

void checkCluster(const SpinSystem& topology, const std::vector<std::size_t>& members,
                  const std::vector<int>& subcluster, const ParamList& params,
                  const std::vector<std::size_t>& columns) {
    std::vector<int> protonCounts;
    std::size_t pairs = 0;
    for (std::size_t a = 0; a < members.size(); ++a) {
        protonCounts.push_back(topology.group(members[a]).protonCount);
        for (std::size_t b = a + 1; b < members.size(); ++b)
            pairs += topology.couplingHz(members[a], members[b]) != 0.0;
    }
    checkClusterSize(
        fitClusterSize(protonCounts, pairs, columnsTouching(members, params, columns), subcluster),
        describeCluster(topology, members));
}

} // namespace

SpinSensitivity::SpinSensitivity(const SpinSystem& topology, const ParamList& parameters,
                                 const std::vector<std::size_t>& spinParameters, double fieldMHz,
                                 const WeakCouplingRule& weak)
    : m_shiftColumns(topology.size()), m_parameterCount(spinParameters.size()),
      m_fieldMHz(fieldMHz) {
    for (std::size_t c = 0; c < spinParameters.size(); ++c)
        for (std::size_t g : parameters[spinParameters[c]].groups)
            m_shiftColumns[g].push_back(int(c));
    for (const std::vector<std::size_t>& members : couplingComponents(topology)) {
        if (members.size() == 1) {
            m_singlets.push_back(members.front());
            continue;
        }
        Cluster cluster;
        cluster.groups = members;
        int protons = 0;
        for (std::size_t g : members) {
            cluster.frameHz += topology.group(g).shiftPpm * fieldMHz / double(members.size());
            protons += topology.group(g).protonCount;
        }
        cluster.normalisation = std::ldexp(1.0, -(protons - 1));
        for (int a = 0; a < int(members.size()); ++a)
            for (int b = a + 1; b < int(members.size()); ++b)
                if (topology.couplingHz(members[std::size_t(a)], members[std::size_t(b)]) != 0.0)
                    cluster.pairs.emplace_back(a, b);
        cluster.subcluster = fitSubclusters(topology, members, fieldMHz, weak);
        checkCluster(topology, members, cluster.subcluster, parameters, spinParameters);
        std::vector<std::vector<SpinManifold>> manifolds;
        for (std::size_t g : members)
            manifolds.push_back(decomposeEquivalentSpins(topology.group(g).protonCount));
        std::vector<std::size_t> choice(members.size(), 0);
        for (;;) {
            Combination combination;
            std::vector<int> twoS;
            for (std::size_t g = 0; g < members.size(); ++g) {
                twoS.push_back(manifolds[g][choice[g]].twoS);
                combination.weight *= manifolds[g][choice[g]].multiplicity;
            }
            const Basis basis(twoS, cluster.subcluster);
            for (int b = 0; b < basis.blocks; ++b) {
                combination.blocks.push_back(makeBlock(basis, b, cluster.pairs));
                addParamOps(combination.blocks.back(), members, cluster.pairs, parameters,
                            spinParameters, fieldMHz);
                for (int c = 0; c < int(basis.twoSsub.size()); ++c)
                    if (basis.kOf(b, c) < basis.twoSsub[std::size_t(c)])
                        combination.lowering.push_back(loweringOperator(basis, b, c));
            }
            cluster.combinations.push_back(std::move(combination));
            std::size_t g = 0;
            while (g < members.size() && ++choice[g] == manifolds[g].size())
                choice[g++] = 0;
            if (g == members.size()) break;
        }
        m_clusters.push_back(std::move(cluster));
    }
}

std::vector<int> fitSubclusters(const SpinSystem& system, const std::vector<std::size_t>& members,
                                double fieldMHz, const WeakCouplingRule& weak) {
    std::vector<int> protonCounts;
    for (std::size_t g : members)
        protonCounts.push_back(system.group(g).protonCount);
    if (simulationClusterSize(protonCounts).largestBlock <= weak.exactUpToBlock)
        return std::vector<int>(members.size(), 0);
    return weakCouplingSubclusters(system, members, fieldMHz, weak.toleranceHz, weak.maxRatio);
}

void checkSensitivitySize(const ParameterSet& params, double fieldMHz,
                          const WeakCouplingRule& weak) {
    std::vector<std::size_t> spin;
    for (std::size_t p : params.freeIndices())
        if (params.all()[p].isSpin()) spin.push_back(p);
    for (const std::vector<std::size_t>& members : couplingComponents(params.start()))
        if (members.size() > 1)
            checkCluster(params.start(), members,
                         fitSubclusters(params.start(), members, fieldMHz, weak), params.all(),
                         spin);
}

struct SpinSensitivity::Eigenpairs {
    Eigen::VectorXd energies;
    Eigen::MatrixXd vectors;
};

SpinSensitivity::~SpinSensitivity() = default;
SpinSensitivity::SpinSensitivity(SpinSensitivity&&) noexcept = default;

namespace {

struct SolvedBlock {
    Eigen::VectorXd energies;
    Eigen::MatrixXd vectors;
    std::vector<int> columns;   // the derivative columns whose ∂H/∂p touches this block
    Eigen::MatrixXd hpDiagonal; // dim × columns: <v_j|∂H/∂p|v_j> (Hz per unit)
    // dim × (dim · columns): each column's rotation generator side by side, so the amplitude
    // derivatives of all columns come from one matrix product each side (not two per column).
    Eigen::MatrixXd generators;
};

// Exactly degenerate eigenvalues (symmetry: AA'BB') leave the eigensolver free to mix states of
// different symmetry. The tied parameter operators all commute with that symmetry, so rotating each
// degenerate subspace to diagonalise a generic combination of them gives the basis in which
// first-order perturbation theory holds for every parameter at once.
void separateDegenerate(const Block& block, SolvedBlock& solved) {
    const Eigen::VectorXd& e = solved.energies;
    const double tolerance = 1e-9 * (1.0 + e.cwiseAbs().maxCoeff());
    for (Eigen::Index start = 0; start < e.size();) {
        Eigen::Index end = start + 1;
        while (end < e.size() && e[end] - e[end - 1] < tolerance)
            ++end;
        if (end - start > 1) {
            Sparse mix(block.dim, block.dim);
            double w = 1.0;
            for (const auto& [column, op] : block.paramOps)
                mix += (w = std::fmod(w + 0.6180339887, 1.0) + 0.5) * op;
            auto sub = solved.vectors.middleCols(start, end - start);
            const Eigen::MatrixXd restricted = sub.transpose() * (mix * sub);
            Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> rotation(restricted);
            const Eigen::MatrixXd rotated = sub * rotation.eigenvectors();
            sub = rotated;
        }
        start = end;
    }
}

Eigen::MatrixXd hamiltonian(const Block& block, const double* shiftHz, const double* couplingHz) {
    Eigen::VectorXd diagonal = Eigen::VectorXd::Zero(block.dim);
    for (std::size_t g = 0; g < block.fz.size(); ++g)
        diagonal += shiftHz[g] * block.fz[g];
    Eigen::MatrixXd h = diagonal.asDiagonal();
    for (std::size_t k = 0; k < block.pairOps.size(); ++k)
        h += couplingHz[k] * Eigen::MatrixXd(block.pairOps[k]);
    return h;
}

// Writes the rotation generator C(m, j) = H'(m, j) / (E_j − E_m) of H' (degenerate pairs left
// out) into `c`, and H's diagonal.
void fillGenerator(const Eigen::MatrixXd& hp, const Eigen::VectorXd& energies,
                   Eigen::Ref<Eigen::MatrixXd> c, Eigen::Ref<Eigen::VectorXd> diagonal) {
    const double tolerance = 1e-9 * (1.0 + energies.cwiseAbs().maxCoeff());
    for (Eigen::Index j = 0; j < hp.cols(); ++j) {
        diagonal[j] = hp(j, j);
        for (Eigen::Index m = 0; m < hp.rows(); ++m) {
            const double gap = energies[j] - energies[m];
            c(m, j) = std::abs(gap) > tolerance ? hp(m, j) / gap : 0.0;
        }
    }
}

SolvedBlock withDerivatives(const Block& block, const Eigen::VectorXd& energies,
                            const Eigen::MatrixXd& vectors, std::size_t columns) {
    SolvedBlock solved{energies, vectors, {}, {}, {}};
    for (const auto& [column, op] : block.paramOps)
        if (std::size_t(column) < columns) solved.columns.push_back(column);
    if (solved.columns.empty()) return solved;
    separateDegenerate(block, solved);
    const Eigen::Index dim = block.dim, count = Eigen::Index(solved.columns.size());
    solved.hpDiagonal.resize(dim, count);
    solved.generators.resize(dim, dim * count);
    Eigen::MatrixXd hp(dim, dim);
    Eigen::Index t = 0;
    for (const auto& [column, op] : block.paramOps) {
        if (std::size_t(column) >= columns) continue;
        hp = solved.vectors.transpose() * (op * solved.vectors);
        fillGenerator(hp, solved.energies, solved.generators.middleCols(t * dim, dim),
                      solved.hpDiagonal.col(t));
        ++t;
    }
    return solved;
}

// Per derivative column: its position and intensity derivatives, one entry per stick so far.
struct StickDerivatives {
    std::vector<std::vector<double>> dF, dI;
};

void appendTransitions(const SolvedBlock& upper, const SolvedBlock& lower,
                       const Eigen::SparseMatrix<double>& lowering, double weight, double frameHz,
                       SensitiveSticks& out, StickDerivatives& d) {
    const Eigen::MatrixXd a = lower.vectors.transpose() * (lowering * upper.vectors);
    std::vector<std::pair<int, int>> kept; // (lower state i, upper state j)
    for (Eigen::Index j = 0; j < a.cols(); ++j)
        for (Eigen::Index i = 0; i < a.rows(); ++i)
            if (weight * a(i, j) * a(i, j) >= kStickCutoff) kept.emplace_back(int(i), int(j));
    const std::size_t first = out.size();
    for (const auto& [i, j] : kept) {
        out.frequencyHz.push_back(upper.energies[j] - lower.energies[i] + frameHz);
        out.intensity.push_back(weight * a(i, j) * a(i, j));
    }
    for (std::size_t c = 0; c < d.dF.size(); ++c) { // columns that do not touch stay 0
        d.dF[c].resize(out.size(), 0.0);
        d.dI[c].resize(out.size(), 0.0);
    }
    if (upper.columns.empty()) return;
    // dA = C_lowerᵀ A + A C_upper for every column at once (both blocks are touched by the
    // same columns: a parameter touches every block of its cluster).
    const Eigen::Index n = a.rows(), m = a.cols();
    const Eigen::MatrixXd lowerSide = lower.generators.transpose() * a; // row block t: Cₗᵀ A
    const Eigen::MatrixXd upperSide = a * upper.generators;             // column block t: A Cᵤ
    for (std::size_t t = 0; t < upper.columns.size(); ++t) {
        const Eigen::Index te = Eigen::Index(t);
        double* dF = d.dF[std::size_t(upper.columns[t])].data() + first;
        double* dI = d.dI[std::size_t(upper.columns[t])].data() + first;
        for (std::size_t s = 0; s < kept.size(); ++s) {
            const auto [i, j] = kept[s];
            dF[s] = upper.hpDiagonal(j, te) - lower.hpDiagonal(i, te);
            dI[s] = 2.0 * weight * a(i, j) * (lowerSide(te * n + i, j) + upperSide(i, te * m + j));
        }
    }
}

} // namespace

namespace {

std::uint64_t cube(int dim) {
    return std::uint64_t(dim) * std::uint64_t(dim) * std::uint64_t(dim);
}

} // namespace

void SpinSensitivity::addSinglet(std::size_t group, const SpinSystem& system,
                                 SensitiveSticks& out) const {
    out.frequencyHz.push_back(system.group(group).shiftPpm * m_fieldMHz);
    out.intensity.push_back(double(system.group(group).protonCount));
}

const std::vector<SpinSensitivity::Eigenpairs>&
SpinSensitivity::solvedBlocks(const std::vector<double>& hamiltonianHz) {
    if (!m_solved.empty() && hamiltonianHz == m_solvedHamiltonianHz) return m_solved;
    m_solved.clear();
    const double* values = hamiltonianHz.data();
    for (const Cluster& cluster : m_clusters) {
        const double* shiftHz = values;
        const double* couplingHz = values + cluster.groups.size();
        for (const Combination& combination : cluster.combinations)
            for (const Block& block : combination.blocks) {
                Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(
                    hamiltonian(block, shiftHz, couplingHz));
                m_work.eigenCubes += cube(block.dim);
                m_solved.push_back({solver.eigenvalues(), solver.eigenvectors()});
            }
        values = couplingHz + cluster.pairs.size();
    }
    m_solvedHamiltonianHz = hamiltonianHz;
    return m_solved;
}

SensitiveSticks SpinSensitivity::evaluate(const SpinSystem& system, bool derivatives) {
    SensitiveSticks out;
    const std::size_t columns = derivatives ? m_parameterCount : 0;
    StickDerivatives d{std::vector<std::vector<double>>(columns),
                       std::vector<std::vector<double>>(columns)};
    // Grown stick by stick, the columns had been reallocated a dozen times per evaluation.
    out.frequencyHz.reserve(m_lastStickCount);
    out.intensity.reserve(m_lastStickCount);
    for (std::size_t c = 0; c < columns; ++c) {
        d.dF[c].reserve(m_lastStickCount);
        d.dI[c].reserve(m_lastStickCount);
    }
    for (std::size_t g : m_singlets) {
        addSinglet(g, system, out);
        for (std::size_t c = 0; c < columns; ++c) {
            const bool moves = std::find(m_shiftColumns[g].begin(), m_shiftColumns[g].end(),
                                         int(c)) != m_shiftColumns[g].end();
            d.dF[c].push_back(moves ? m_fieldMHz : 0.0);
            d.dI[c].push_back(0.0);
        }
    }
    std::vector<double> hamiltonianHz;
    for (const Cluster& cluster : m_clusters) {
        for (std::size_t g : cluster.groups)
            hamiltonianHz.push_back(system.group(g).shiftPpm * m_fieldMHz - cluster.frameHz);
        for (const auto& [a, b] : cluster.pairs)
            hamiltonianHz.push_back(
                system.couplingHz(cluster.groups[std::size_t(a)], cluster.groups[std::size_t(b)]));
    }
    const std::vector<Eigenpairs>& eigenpairs = solvedBlocks(hamiltonianHz);
    std::size_t next = 0;
    for (const Cluster& cluster : m_clusters)
        for (const Combination& combination : cluster.combinations) {
            std::vector<SolvedBlock> solved;
            for (const Block& block : combination.blocks) {
                const Eigenpairs& pairs = eigenpairs[next++];
                solved.push_back(withDerivatives(block, pairs.energies, pairs.vectors, columns));
            }
            for (const Lowering& l : combination.lowering)
                appendTransitions(solved[std::size_t(l.from)], solved[std::size_t(l.to)], l.op,
                                  combination.weight * cluster.normalisation, cluster.frameHz, out,
                                  d);
        }
    m_lastStickCount = out.size();
    m_work.stickColumns += out.size() * (1 + columns);
    out.dFrequencyHz.resize(Eigen::Index(out.size()), Eigen::Index(columns));
    out.dIntensity.resize(Eigen::Index(out.size()), Eigen::Index(columns));
    for (std::size_t c = 0; c < columns; ++c) {
        out.dFrequencyHz.col(Eigen::Index(c)) =
            Eigen::Map<const Eigen::VectorXd>(d.dF[c].data(), Eigen::Index(out.size()));
        out.dIntensity.col(Eigen::Index(c)) =
            Eigen::Map<const Eigen::VectorXd>(d.dI[c].data(), Eigen::Index(out.size()));
    }
    return out;
}

} // namespace spinhance
