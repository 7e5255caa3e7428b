#pragma once

#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance::analysis {

/// A start for the search: the answer with four one-proton groups re-paired into two CH2.
struct PairingStart {
    SpinSystem system;
    std::string origin;              ///< e.g. "CH2 pairs B-C, D-E, B-D larger"
    std::vector<std::size_t> groups; ///< the four groups re-paired
};

/// Two neighbouring CH2 groups whose four protons are all diastereotopic (a proline's or a
/// glutamate's chain) give four one-proton groups within a few tenths of a ppm. At 60-90 MHz
/// they are strongly coupled, and greedy J-matching links a splitting to whichever proton
/// shows it: the fit then settles with the geminal pairs mislinked (bmse000913 at 60 MHz: a
/// +23.6 Hz J across the two CH2, a 7.8 Hz one inside a pair), and no one-J move undoes it.
/// For every four one-proton groups below 4.5 ppm that are neighbours in shift order, within
/// 1 ppm and no two within 0.001 ppm (a CH2 at one shift is an A2: its 2J does not show), this
/// gives the ways of pairing them the answer does not already hold (two pairs with J at -9 Hz or
/// below): -14 Hz inside each pair (a typical sp3 geminal 2J), 8.5 and 5.5 Hz across (vicinal 3J in
/// a trans-gauche pattern, both ways round: four equal J are a saddle the fit leaves either way),
/// couplings to every other group kept. Up to four starts per four neighbouring protons.
std::vector<PairingStart> geminalPairingStarts(const SpinSystem& system);

} // namespace spinhance::analysis
