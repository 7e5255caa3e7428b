#pragma once

// One signal of an NMREDATA_1D_1H tag as read, and what the reader infers where a file leaves
// something out (internal to spinsystemnmredata.cpp; tested through parseNmredata).

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace spinhance::nmredata {

struct Signal {
    double shiftPpm = 0.0;
    int protons = 1;
    bool protonsGiven = false;      ///< the line had N=
    std::optional<double> integral; ///< E=
    std::string label;
    std::vector<std::pair<double, std::string>> couplings; ///< (Hz, partner label)
    std::vector<double> unlabelledJHz; ///< J= values without a partner, "J=0.96,6.95,7.98"
};

/// Two unlabelled J values of different signals closer than this are taken as one coupling.
constexpr double kUnlabelledJMatchHz = 0.3;

/// When no signal gives N= and every one gives E=, proton counts from the integrals on the scale
/// that makes them closest to whole numbers (candidates: each integral as 1, 2 or 3 protons).
/// Returns that scale (integral per proton), or nothing when the counts were not inferred.
std::optional<double> protonsFromIntegrals(std::vector<Signal>& signals);

/// Pairs the unlabelled J values of different signals by value (closest pairs first, each value
/// used once, within kUnlabelledJMatchHz), as a chemist links multiplets: each pair becomes a
/// coupling of their mean on both signals. Returns the values left unmatched (signal, Hz).
std::vector<std::pair<std::size_t, double>> matchUnlabelledCouplings(std::vector<Signal>& signals);

} // namespace spinhance::nmredata
