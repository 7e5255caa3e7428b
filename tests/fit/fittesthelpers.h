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

// α-D-glucose in DMSO-d6, the pyranose's seven CH and its five OH: shifts from the NMReDATA record
// of nmr-dataset1/data/492-62-6 at 600 MHz (our assignment of them), couplings illustrative in
// the glucopyranose ranges (J1,2 3.7, trans-diaxial J2,3-J4,5 9-10, J5,6 2.3 and 5.0, geminal
// J6a,6b -12.0 Hz; an OH doublet in DMSO 4.5-6.5 Hz). At 600 MHz four OH and H1 are weakly
// coupled to the rest (J under 1 % of their shift difference); seven coupled groups remain.
inline SpinSystem glucoseInDmso() {
    SpinSystem s;
    s.id = "alpha-D-glucose";
    const std::size_t h1 = s.addGroup(4.903, 1), h2 = s.addGroup(3.104, 1),
                      h3 = s.addGroup(3.440, 1), h4 = s.addGroup(3.034, 1),
                      h5 = s.addGroup(3.552, 1), h6a = s.addGroup(3.587, 1),
                      h6b = s.addGroup(3.419, 1), oh1 = s.addGroup(6.195, 1),
                      oh2 = s.addGroup(4.436, 1), oh3 = s.addGroup(4.616, 1),
                      oh4 = s.addGroup(4.754, 1), oh6 = s.addGroup(4.349, 1);
    s.setCouplingHz(h1, h2, 3.7);
    s.setCouplingHz(h2, h3, 9.6);
    s.setCouplingHz(h3, h4, 9.0);
    s.setCouplingHz(h4, h5, 9.8);
    s.setCouplingHz(h5, h6a, 2.3);
    s.setCouplingHz(h5, h6b, 5.0);
    s.setCouplingHz(h6a, h6b, -12.0);
    s.setCouplingHz(h1, oh1, 4.5);
    s.setCouplingHz(h2, oh2, 6.4);
    s.setCouplingHz(h3, oh3, 4.8);
    s.setCouplingHz(h4, oh4, 5.4);
    s.setCouplingHz(h6a, oh6, 5.8);
    s.setCouplingHz(h6b, oh6, 5.8);
    return s;
}

} // namespace spinhance::fittest
