#include "dataset/fragments.h"

#include <string>

// Benzene rings: shifts from 7.26 ppm plus substituent increments (ortho, meta, para; Pretsch's
// table), couplings ³J(ortho) 7–9 Hz, ⁴J(meta) 1–3 Hz, ⁵J(para) 0–1 Hz.
namespace spinhance {

namespace {

struct RingSubstituent {
    const char* name;
    double orthoPpm, metaPpm, paraPpm;
    bool alkyl; ///< bound through a CH2/CH3: neighbours may show a benzylic ⁴J
};

const RingSubstituent kSubstituents[] = {
    {"CH3", -0.18, -0.11, -0.21, true},    {"CH2R", -0.14, -0.06, -0.17, true},
    {"OMe", -0.48, -0.09, -0.44, false},   {"OH", -0.56, -0.12, -0.45, false},
    {"NH2", -0.75, -0.25, -0.65, false},   {"NMe2", -0.66, -0.18, -0.67, false},
    {"F", -0.26, 0.00, -0.20, false},      {"Cl", 0.03, -0.02, -0.09, false},
    {"Br", 0.18, -0.08, -0.04, false},     {"I", 0.39, -0.21, 0.00, false},
    {"COMe", 0.62, 0.14, 0.21, false},     {"COOMe", 0.71, 0.11, 0.21, false},
    {"CHO", 0.56, 0.22, 0.29, false},      {"NO2", 0.95, 0.26, 0.38, false},
    {"CN", 0.36, 0.18, 0.28, false},       {"CF3", 0.32, 0.14, 0.20, false},
    {"OAc", -0.25, 0.03, -0.13, false},    {"NHAc", 0.12, -0.07, -0.28, false},
    {"CH=CH2", 0.06, -0.03, -0.10, false}, {"Ph", 0.37, 0.20, 0.10, false},
};
constexpr int kSubstituentCount = int(sizeof(kSubstituents) / sizeof(kSubstituents[0]));

const RingSubstituent& pickSubstituent(MoleculeBuilder& b) {
    return kSubstituents[std::size_t(b.rng().uniformInt(0, kSubstituentCount - 1))];
}

// Increments are only additive to a few hundredths of a ppm; the jitter keeps that honest.
double ringShift(MoleculeBuilder& b, double incrementPpm) {
    return 7.26 + incrementPpm + b.rng().uniform(-0.04, 0.04);
}

double ortho(MoleculeBuilder& b) {
    return b.rng().uniform(7.2, 8.8);
}
double meta(MoleculeBuilder& b) {
    return b.rng().uniform(1.0, 2.6);
}
double para(MoleculeBuilder& b) {
    return b.rng().uniform(0.2, 0.8);
}

void note(MoleculeBuilder& b, const char* ring, const RingSubstituent& s1,
          const RingSubstituent* s2 = nullptr, const RingSubstituent* s3 = nullptr) {
    std::string name = std::string(ring) + ":" + s1.name;
    if (s2) name += std::string(",") + s2->name;
    if (s3) name += std::string(",") + s3->name;
    b.noteFragment(name);
}

} // namespace

void addPhenyl(MoleculeBuilder& b) {
    // A2B2C approximation with ortho/meta/para groups of 2H/2H/1H, as in the interchange records.
    const RingSubstituent& s = pickSubstituent(b);
    note(b, "phenyl", s);
    const std::size_t o = b.addGroup(ringShift(b, s.orthoPpm), 2);
    const std::size_t m = b.addGroup(ringShift(b, s.metaPpm), 2);
    const std::size_t p = b.addGroup(ringShift(b, s.paraPpm), 1);
    b.coupleHz(o, m, ortho(b));
    b.coupleHz(m, p, b.rng().uniform(7.2, 8.0));
    b.coupleHz(o, p, b.rng().uniform(1.0, 2.0));
    if (s.alkyl) b.offerRingSite(o);
}

void addPhenylFiveSpin(MoleculeBuilder& b) {
    // The phenyl as it is: AA'BB'C. H2/H6 and H3/H5 share their shifts but not their couplings
    // (H2 couples to H3 ortho and to H5 para), so they are magnetically inequivalent and
    // strongly coupled at benchtop fields: five 1H groups, as GISSMO and the literature record
    // them (L-phenylalanine, bmse000045). Ortho 7.2–8.8 Hz, meta 1–2.6 Hz, para 0.2–0.8 Hz.
    const RingSubstituent& s = pickSubstituent(b);
    note(b, "phenyl-AA'BB'C", s);
    const double orthoShift = ringShift(b, s.orthoPpm), metaShift = ringShift(b, s.metaPpm);
    const std::size_t h2 = b.addGroup(orthoShift, 1), h6 = b.addGroup(orthoShift, 1);
    const std::size_t h3 = b.addGroup(metaShift, 1), h5 = b.addGroup(metaShift, 1);
    const std::size_t h4 = b.addGroup(ringShift(b, s.paraPpm), 1);
    const double j23 = ortho(b), j34 = b.rng().uniform(7.2, 8.0);
    const double j24 = meta(b), j25 = para(b);
    b.coupleHz(h2, h3, j23);
    b.coupleHz(h5, h6, j23);
    b.coupleHz(h3, h4, j34);
    b.coupleHz(h4, h5, j34);
    b.coupleHz(h2, h4, j24);
    b.coupleHz(h4, h6, j24);
    b.coupleHz(h2, h6, meta(b));
    b.coupleHz(h3, h5, meta(b));
    b.coupleHz(h2, h5, j25);
    b.coupleHz(h3, h6, j25);
    if (s.alkyl) {
        b.offerRingSite(h2);
        b.offerRingSite(h6);
    }
}

void addParaRing(MoleculeBuilder& b) {
    const RingSubstituent& s1 = pickSubstituent(b);
    const RingSubstituent& s2 = pickSubstituent(b);
    note(b, "para-ring", s1, &s2);
    const double shiftA = ringShift(b, s1.orthoPpm + s2.metaPpm);
    const double shiftB = ringShift(b, s1.metaPpm + s2.orthoPpm);
    // AA'BB': the two protons of each pair share a shift but not their couplings.
    const std::size_t a = b.addGroup(shiftA, 1), a2 = b.addGroup(shiftA, 1);
    const std::size_t c = b.addGroup(shiftB, 1), c2 = b.addGroup(shiftB, 1);
    const double jOrtho = b.rng().uniform(7.8, 8.8);
    const double jPara = para(b);
    b.coupleHz(a, c, jOrtho);
    b.coupleHz(a2, c2, jOrtho);
    b.coupleHz(a, c2, jPara);
    b.coupleHz(a2, c, jPara);
    b.coupleHz(a, a2, b.rng().uniform(1.8, 2.6));
    b.coupleHz(c, c2, b.rng().uniform(1.8, 2.6));
    if (s1.alkyl) b.offerRingSite(a);
    if (s2.alkyl) b.offerRingSite(c);
}

void addOrthoRing(MoleculeBuilder& b) {
    const RingSubstituent& s1 = pickSubstituent(b);
    const RingSubstituent& s2 = b.rng().chance(0.2) ? s1 : pickSubstituent(b);
    note(b, "ortho-ring", s1, &s2);
    const bool symmetric = &s1 == &s2; // AA'BB': shifts exactly equal in pairs
    const double shift3 = ringShift(b, s2.orthoPpm + s1.metaPpm);
    const double shift4 = ringShift(b, s2.metaPpm + s1.paraPpm);
    const double shift5 = symmetric ? shift4 : ringShift(b, s2.paraPpm + s1.metaPpm);
    const double shift6 = symmetric ? shift3 : ringShift(b, s1.orthoPpm + s2.metaPpm);
    const std::size_t h3 = b.addGroup(shift3, 1), h4 = b.addGroup(shift4, 1);
    const std::size_t h5 = b.addGroup(shift5, 1), h6 = b.addGroup(shift6, 1);
    const double j34 = ortho(b), j35 = meta(b);
    b.coupleHz(h3, h4, j34);
    b.coupleHz(h4, h5, b.rng().uniform(7.2, 7.8));
    b.coupleHz(h5, h6, symmetric ? j34 : ortho(b));
    b.coupleHz(h3, h5, j35);
    b.coupleHz(h4, h6, symmetric ? j35 : meta(b));
    b.coupleHz(h3, h6, para(b));
    if (s1.alkyl) b.offerRingSite(h6);
    if (s2.alkyl) b.offerRingSite(h3);
}

void addMetaRing(MoleculeBuilder& b) {
    const RingSubstituent& s1 = pickSubstituent(b);
    const RingSubstituent& s2 = pickSubstituent(b);
    note(b, "meta-ring", s1, &s2);
    const std::size_t h2 = b.addGroup(ringShift(b, s1.orthoPpm + s2.orthoPpm), 1);
    const std::size_t h4 = b.addGroup(ringShift(b, s2.orthoPpm + s1.paraPpm), 1);
    const std::size_t h5 = b.addGroup(ringShift(b, s1.metaPpm + s2.metaPpm), 1);
    const std::size_t h6 = b.addGroup(ringShift(b, s1.orthoPpm + s2.paraPpm), 1);
    b.coupleHz(h4, h5, ortho(b));
    b.coupleHz(h5, h6, ortho(b));
    b.coupleHz(h2, h4, b.rng().uniform(1.5, 2.3));
    b.coupleHz(h2, h6, b.rng().uniform(1.5, 2.3));
    b.coupleHz(h4, h6, b.rng().uniform(1.0, 1.6));
    b.coupleHz(h2, h5, para(b));
    if (s1.alkyl) b.offerRingSite(h6);
    if (s2.alkyl) b.offerRingSite(h4);
}

void addSymmetricMetaRing(MoleculeBuilder& b) {
    // 1,3-X2: H4/H6 are magnetically equivalent (same couplings to H2 and H5): one 2H group.
    const RingSubstituent& s = pickSubstituent(b);
    note(b, "meta-ring-symmetric", s, &s);
    const std::size_t h2 = b.addGroup(ringShift(b, 2 * s.orthoPpm), 1);
    const std::size_t h46 = b.addGroup(ringShift(b, s.orthoPpm + s.paraPpm), 2);
    const std::size_t h5 = b.addGroup(ringShift(b, 2 * s.metaPpm), 1);
    b.coupleHz(h46, h5, ortho(b));
    b.coupleHz(h2, h46, b.rng().uniform(1.5, 2.3));
    b.coupleHz(h2, h5, para(b));
    if (s.alkyl) b.offerRingSite(h46);
}

void addTrisubstitutedRing(MoleculeBuilder& b) {
    // 1,2,4-X3: H3 (meta d), H5 (dd), H6 (ortho d).
    const RingSubstituent& s1 = pickSubstituent(b);
    const RingSubstituent& s2 = pickSubstituent(b);
    const RingSubstituent& s4 = pickSubstituent(b);
    note(b, "1,2,4-ring", s1, &s2, &s4);
    const std::size_t h3 = b.addGroup(ringShift(b, s2.orthoPpm + s4.orthoPpm + s1.metaPpm), 1);
    const std::size_t h5 = b.addGroup(ringShift(b, s4.orthoPpm + s1.metaPpm + s2.paraPpm), 1);
    const std::size_t h6 = b.addGroup(ringShift(b, s1.orthoPpm + s2.metaPpm + s4.metaPpm), 1);
    b.coupleHz(h5, h6, b.rng().uniform(7.8, 8.8));
    b.coupleHz(h3, h5, b.rng().uniform(1.8, 2.5));
    b.coupleHz(h3, h6, b.rng().uniform(0.3, 0.6));
}

void addAromaticSinglet(MoleculeBuilder& b) {
    static const struct {
        const char* context;
        double low, high;
        int protons;
    } kinds[] = {{"pentasubstituted-H", 6.50, 8.00, 1},
                 {"1,3,5-ring-3H", 6.60, 7.40, 3},
                 {"1,2,4,5-ring-2H", 6.60, 7.80, 2}};
    const auto& kind = kinds[std::size_t(b.rng().uniformInt(0, 2))];
    b.noteFragment(std::string("aryl-singlet:") + kind.context);
    b.addGroupIn(kind.low, kind.high, kind.protons);
}

} // namespace spinhance
