#pragma once

#include "spin/spinsystem.h"

namespace spinhance::fittest {

// Ethyl crotonate, CH3-CH=CH-CO-O-CH2-CH3. Shifts from the NMReDATA record of this molecule at
// 600 MHz (nmr-dataset1/data/623-70-1); couplings typical of the fragments (trans vinyl 15.6,
// vinyl-methyl 6.9 and 1.7, ethyl 7.1 Hz).
inline SpinSystem ethylCrotonate() {
    SpinSystem s;
    s.id = "ethyl crotonate";
    s.addGroup(7.004, 1);
    s.addGroup(5.871, 1);
    s.addGroup(4.199, 2);
    s.addGroup(1.903, 3);
    s.addGroup(1.296, 3);
    s.setCouplingHz(0, 1, 15.6);
    s.setCouplingHz(0, 3, 6.9);
    s.setCouplingHz(1, 3, 1.7);
    s.setCouplingHz(2, 4, 7.1);
    return s;
}

// AA'BB' (ortho-disubstituted benzene pattern): A/A' and B/B' have equal shifts.
inline SpinSystem aaBB() {
    SpinSystem s;
    s.id = "AA'BB'";
    s.addGroup(7.40, 1);
    s.addGroup(7.40, 1);
    s.addGroup(7.17, 1);
    s.addGroup(7.17, 1);
    s.setCouplingHz(0, 2, 8.1);
    s.setCouplingHz(1, 3, 8.1);
    s.setCouplingHz(0, 3, 0.4);
    s.setCouplingHz(1, 2, 0.4);
    s.setCouplingHz(0, 1, 1.5);
    s.setCouplingHz(2, 3, 7.5);
    return s;
}

// A strongly coupled ABC (Δν/J ≈ 1–3 at 60 MHz) plus an isolated singlet.
inline SpinSystem abcPlusSinglet() {
    SpinSystem s;
    s.id = "ABC+S";
    s.addGroup(2.60, 2);
    s.addGroup(2.45, 1);
    s.addGroup(2.30, 2);
    s.addGroup(3.70, 3);
    s.setCouplingHz(0, 1, 7.0);
    s.setCouplingHz(1, 2, 6.0);
    s.setCouplingHz(0, 2, -12.0);
    return s;
}

} // namespace spinhance::fittest
