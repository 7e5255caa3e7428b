#include "dataset/fragments.h"

#include <string>

// Shift windows and couplings from the standard ¹H tables (Pretsch, "Structure Determination of
// Organic Compounds", and Silverstein): each context names the neighbour that sets the shift.
namespace spinhance {

namespace {

struct Window {
    const char* context;
    double lowPpm;
    double highPpm;
    bool onRing; ///< bound to an aromatic ring: can carry a benzylic ⁴J
};

template <std::size_t N> const Window& pickWindow(MoleculeBuilder& b, const Window (&windows)[N]) {
    return windows[std::size_t(b.rng().uniformInt(0, int(N) - 1))];
}

std::size_t singlet(MoleculeBuilder& b, const char* fragment, const Window& w, int protons) {
    b.noteFragment(std::string(fragment) + ":" + w.context);
    const std::size_t g = b.addGroupIn(w.lowPpm, w.highPpm, protons);
    if (w.onRing) b.offerBenzylic(g);
    return g;
}

// An alkyl chain link: α-CH2 shift by neighbour, β and further positions near 1.3–1.7 ppm.
struct AlphaWindow {
    const char* context;
    double lowPpm;
    double highPpm;
    bool onRing;
};

const AlphaWindow kAlphaCh2[] = {
    {"ester-O", 4.00, 4.15, false},   {"ether-O", 3.35, 3.50, false},
    {"aryl", 2.50, 2.65, true},       {"ketone", 2.30, 2.45, false},
    {"amine-N", 2.30, 2.50, false},   {"amide-N", 3.15, 3.35, false},
    {"Br", 3.35, 3.45, false},        {"Cl", 3.50, 3.58, false},
    {"thioether", 2.45, 2.58, false}, {"nitrile", 2.28, 2.36, false},
    {"alcohol-O", 3.55, 3.68, false},
};

const AlphaWindow& pickAlpha(MoleculeBuilder& b) {
    constexpr int count = int(sizeof(kAlphaCh2) / sizeof(kAlphaCh2[0]));
    return kAlphaCh2[std::size_t(b.rng().uniformInt(0, count - 1))];
}

// Shoolery-type increments for X–CH2–CH2–Y: δ = 1.25 + α(X) + β(Y).
struct Substituent {
    const char* name;
    double alphaPpm;
    double betaPpm;
};

const Substituent kChainEnds[] = {
    {"Ph", 1.35, 0.35},    {"COR", 1.15, 0.25},   {"COOR", 1.05, 0.25}, {"OR", 2.15, 0.25},
    {"OCOR", 2.85, 0.40},  {"OH", 2.35, 0.20},    {"NR2", 1.25, 0.15},  {"NHCOR", 2.05, 0.20},
    {"Cl", 2.30, 0.50},    {"Br", 2.15, 0.55},    {"CN", 1.05, 0.40},   {"SR", 1.30, 0.30},
    {"alkyl", 0.05, 0.05}, {"vinyl", 0.80, 0.10},
};

const Substituent& pickEnd(MoleculeBuilder& b) {
    constexpr int count = int(sizeof(kChainEnds) / sizeof(kChainEnds[0]));
    return kChainEnds[std::size_t(b.rng().uniformInt(0, count - 1))];
}

double chainShift(MoleculeBuilder& b, const Substituent& alpha, double betaPpm) {
    return 1.25 + alpha.alphaPpm + betaPpm + b.rng().uniform(-0.08, 0.08);
}

} // namespace

void addMethylSinglet(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"ester-OMe", 3.60, 3.92, false},   {"aryl-OMe", 3.75, 3.95, false},
        {"ether-OMe", 3.25, 3.45, false},   {"amide-NMe", 2.75, 3.05, false},
        {"amine-NMe", 2.20, 2.45, false},   {"acetyl", 2.05, 2.25, false},
        {"aryl-ketone", 2.50, 2.65, false}, {"acetate", 1.95, 2.12, false},
        {"acetamide", 1.90, 2.08, false},   {"aryl-CH3", 2.20, 2.45, true},
        {"SMe", 2.00, 2.50, false},         {"quaternary-CH3", 0.90, 1.50, false},
        {"SO2Me", 2.80, 3.10, false},
    };
    singlet(b, "methyl", pickWindow(b, windows), 3);
}

void addSixProtonSinglet(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"NMe2-amine", 2.15, 2.35, false},   {"NMe2-amide", 2.85, 3.05, false},
        {"NMe2-aniline", 2.85, 3.00, false}, {"gem-dimethyl", 1.00, 1.50, false},
        {"aryl-(CH3)2", 2.20, 2.40, true},   {"(OMe)2", 3.75, 3.90, false},
    };
    singlet(b, "6H", pickWindow(b, windows), 6);
}

void addNineProtonSinglet(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"tBu-alkyl", 0.85, 1.00, false}, {"tBu-ketone", 1.10, 1.25, false},
        {"tBu-aryl", 1.28, 1.36, false},  {"OtBu", 1.40, 1.52, false},
        {"SiMe3", 0.00, 0.30, false},     {"NMe3+", 3.10, 3.30, false},
    };
    singlet(b, "9H", pickWindow(b, windows), 9);
}

void addTwelveProtonSinglet(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"pinacol", 1.20, 1.36, false},
        {"tetramethylpiperidine", 1.00, 1.20, false},
        {"(SiMe2)2", 0.00, 0.15, false},
    };
    singlet(b, "12H", pickWindow(b, windows), 12);
}

void addEighteenProtonSinglet(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"(tBu)2-aryl", 1.28, 1.46, false},
        {"(SiMe3)2", 0.00, 0.20, false},
        {"(OtBu)2", 1.40, 1.50, false},
    };
    singlet(b, "18H", pickWindow(b, windows), 18);
}

void addMethyleneSinglet(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"ArCH2O", 4.45, 5.15, false},      {"ArCH2N", 3.40, 3.80, false},
        {"C(O)CH2C(O)", 3.30, 3.60, false}, {"ArCH2Ar", 3.85, 4.00, false},
        {"NCH2C(O)", 3.00, 4.00, false},    {"ClCH2C(O)", 4.00, 4.30, false},
        {"OCH2O", 5.90, 6.00, false},       {"ArCH2CN", 3.65, 3.75, false},
        {"ArCH2C(O)", 3.55, 3.75, false},
    };
    singlet(b, "CH2", pickWindow(b, windows), 2);
}

void addFourProtonSinglet(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"OCH2CH2O-dioxolane", 3.85, 4.05, false},
        {"ArCH2CH2Ar", 2.85, 2.95, false},
        {"para-ring-4H", 6.90, 7.40, false},
        {"(ArCH2O)2", 4.50, 5.00, false},
    };
    singlet(b, "4H", pickWindow(b, windows), 4);
}

void addMethineSinglet(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"alkyne-CH", 2.00, 3.10, false},   {"formate", 7.95, 8.10, false},
        {"formamide", 8.00, 8.25, false},   {"CHAr2", 5.40, 5.60, false},
        {"triazole-CH", 7.50, 8.00, false}, {"CHCl2", 6.50, 6.70, false},
    };
    singlet(b, "CH", pickWindow(b, windows), 1);
}

void addEthyl(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"OEt-ester", 4.05, 4.25, false}, {"OEt-ether", 3.35, 3.60, false},
        {"aryl-Et", 2.55, 2.70, true},    {"Et-ketone", 2.35, 2.50, false},
        {"NEt-amine", 2.35, 2.60, false}, {"NEt-amide", 3.20, 3.40, false},
        {"SEt", 2.45, 2.60, false},
    };
    const std::size_t ch2 = singlet(b, "ethyl", pickWindow(b, windows), 2);
    const std::size_t ch3 = b.addGroupIn(0.98, 1.35, 3);
    b.couple(ch2, ch3, 7.0, 7.6);
}

void addDiethyl(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"NEt2", 2.45, 2.60, false},
        {"(EtO)2-ether", 3.40, 3.52, false},
        {"(EtO2C)2", 4.10, 4.25, false},
        {"P(O)(OEt)2", 4.00, 4.15, false},
    };
    const std::size_t ch2 = singlet(b, "diethyl", pickWindow(b, windows), 4);
    const std::size_t ch3 = b.addGroupIn(0.98, 1.32, 6);
    b.couple(ch2, ch3, 7.0, 7.3);
}

void addPropyl(MoleculeBuilder& b) {
    const AlphaWindow& alpha = pickAlpha(b);
    b.noteFragment(std::string("n-propyl:") + alpha.context);
    const std::size_t a = b.addGroupIn(alpha.lowPpm, alpha.highPpm, 2);
    if (alpha.onRing) b.offerBenzylic(a);
    const std::size_t m = b.addGroupIn(1.50, 1.78, 2);
    const std::size_t c = b.addGroupIn(0.86, 1.00, 3);
    b.couple(a, m, 6.8, 7.6);
    b.couple(m, c, 7.2, 7.5);
}

void addButyl(MoleculeBuilder& b) {
    const AlphaWindow& alpha = pickAlpha(b);
    b.noteFragment(std::string("n-butyl:") + alpha.context);
    const std::size_t a = b.addGroupIn(alpha.lowPpm, alpha.highPpm, 2);
    if (alpha.onRing) b.offerBenzylic(a);
    const std::size_t beta = b.addGroupIn(1.45, 1.70, 2);
    const std::size_t gamma = b.addGroupIn(1.28, 1.45, 2);
    const std::size_t ch3 = b.addGroupIn(0.88, 0.96, 3);
    b.couple(a, beta, 6.8, 7.6);
    b.couple(beta, gamma, 7.2, 7.6);
    b.couple(gamma, ch3, 7.2, 7.4);
}

void addIsopropyl(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"aryl-iPr", 2.85, 2.95, true},    {"OiPr-ester", 4.95, 5.10, false},
        {"OiPr-ether", 3.50, 3.65, false}, {"iPr-ketone", 2.50, 2.70, false},
        {"NiPr-amine", 2.70, 2.90, false}, {"NiPr-amide", 3.90, 4.20, false},
    };
    const std::size_t ch = singlet(b, "isopropyl", pickWindow(b, windows), 1);
    const std::size_t ch3 = b.addGroupIn(1.00, 1.30, 6);
    b.couple(ch, ch3, 6.2, 7.0);
}

void addIsobutyl(MoleculeBuilder& b) {
    static const Window windows[] = {
        {"aryl-iBu", 2.40, 2.50, true},
        {"OiBu-ester", 3.82, 3.92, false},
        {"iBu-ketone", 2.25, 2.35, false},
        {"NiBu-amide", 3.00, 3.15, false},
    };
    const std::size_t ch2 = singlet(b, "isobutyl", pickWindow(b, windows), 2);
    const std::size_t ch = b.addGroupIn(1.75, 2.05, 1);
    const std::size_t ch3 = b.addGroupIn(0.86, 0.96, 6);
    b.couple(ch2, ch, 6.5, 7.2);
    b.couple(ch, ch3, 6.6, 6.9);
}

void addEthyleneBridge(MoleculeBuilder& b) {
    const Substituent& x = pickEnd(b);
    const Substituent& y = pickEnd(b);
    b.noteFragment(std::string("CH2CH2:") + x.name + "/" + y.name);
    const std::size_t g1 = b.addGroup(chainShift(b, x, y.betaPpm), 2);
    const std::size_t g2 = b.addGroup(chainShift(b, y, x.betaPpm), 2);
    b.couple(g1, g2, 5.5, 7.5);
}

void addEthyleneBridgeFourSpin(MoleculeBuilder& b) {
    // X-CH2-CH2-Y as it is: AA'XX'. Each CH2's two protons share a shift, but a proton couples
    // to the neighbour CH2's two protons by J and J' (anti- and gauche-weighted rotamer averages,
    // J + J' about 10-14 Hz), and the geminal J inside each CH2 is felt: four 1H groups, as GISSMO
    // fits taurine, choline and ethanolamine (bmse000120, 000285, 000276).
    const Substituent& x = pickEnd(b);
    const Substituent& y = pickEnd(b);
    b.noteFragment(std::string("CH2CH2-AA'XX':") + x.name + "/" + y.name);
    const double shiftA = chainShift(b, x, y.betaPpm), shiftX = chainShift(b, y, x.betaPpm);
    const std::size_t a = b.addGroup(shiftA, 1), a2 = b.addGroup(shiftA, 1);
    const std::size_t c = b.addGroup(shiftX, 1), c2 = b.addGroup(shiftX, 1);
    const double jHz = b.rng().uniform(4.5, 7.5);
    const double jPrimeHz = b.rng().uniform(10.0, 14.0) - jHz;
    b.coupleHz(a, c, jHz);
    b.coupleHz(a2, c2, jHz);
    b.coupleHz(a, c2, jPrimeHz);
    b.coupleHz(a2, c, jPrimeHz);
    b.couple(a, a2, -14.5, -11.5);
    b.couple(c, c2, -14.5, -11.5);
}

void addPropyleneBridge(MoleculeBuilder& b) {
    const Substituent& x = pickEnd(b);
    const Substituent& y = pickEnd(b);
    b.noteFragment(std::string("CH2CH2CH2:") + x.name + "/" + y.name);
    const std::size_t g1 = b.addGroup(chainShift(b, x, 0.0), 2);
    const std::size_t mid = b.addGroup(0.35 + chainShift(b, {"", x.betaPpm, 0.0}, y.betaPpm), 2);
    const std::size_t g3 = b.addGroup(chainShift(b, y, 0.0), 2);
    b.couple(g1, mid, 6.0, 7.5);
    b.couple(mid, g3, 6.0, 7.5);
}

void addRingMethylenePair(MoleculeBuilder& b) {
    struct Pair {
        const char* context;
        double lowA, highA, lowB, highB, lowJ, highJ;
    };
    static const Pair pairs[] = {
        {"morpholine-Nalkyl", 3.65, 3.75, 2.40, 2.50, 4.4, 4.8},
        {"morpholine-amide", 3.60, 3.72, 3.40, 3.60, 4.4, 5.0},
        {"tetrahydrofuran", 3.65, 3.80, 1.80, 1.95, 6.0, 6.9},
        {"pyrrolidine-N", 2.45, 2.60, 1.70, 1.82, 6.2, 6.8},
        {"piperazine-N", 2.35, 2.60, 2.85, 3.50, 4.8, 5.4},
    };
    const Pair& p = pairs[std::size_t(b.rng().uniformInt(0, 4))];
    b.noteFragment(std::string("ring-CH2x2:") + p.context);
    const std::size_t g1 = b.addGroupIn(p.lowA, p.highA, 4);
    const std::size_t g2 = b.addGroupIn(p.lowB, p.highB, 4);
    b.couple(g1, g2, p.lowJ, p.highJ);
}

namespace {

// X–CH*–CH2(a,b)–Y: the CH2 protons next to a stereocentre are diastereotopic (two groups).
std::size_t stereocentreCore(MoleculeBuilder& b, std::size_t& methine) {
    const bool heteroMethine = b.rng().chance(0.6);
    methine = heteroMethine ? b.addGroupIn(3.60, 5.10, 1) : b.addGroupIn(2.50, 3.30, 1);
    const bool oxygenCh2 = b.rng().chance(0.4);
    const double centre = oxygenCh2 ? b.rng().uniform(3.30, 4.30) : b.rng().uniform(2.30, 3.10);
    const double splitPpm = b.rng().uniform(0.02, 0.40);
    const std::size_t ha = b.addGroup(centre + splitPpm / 2, 1);
    const std::size_t hb = b.addGroup(centre - splitPpm / 2, 1);
    b.couple(ha, hb, oxygenCh2 ? -12.5 : -16.0, oxygenCh2 ? -10.0 : -12.5);
    b.couple(methine, ha, 3.0, 9.5);
    b.couple(methine, hb, 3.0, 9.5);
    return ha;
}

} // namespace

void addStereocentre(MoleculeBuilder& b) {
    b.noteFragment("diastereotopic-CH2");
    std::size_t methine = 0;
    stereocentreCore(b, methine);
}

void addStereocentreMethyl(MoleculeBuilder& b) {
    b.noteFragment("diastereotopic-CH2+CH3");
    std::size_t methine = 0;
    stereocentreCore(b, methine);
    const std::size_t ch3 = b.addGroupIn(1.05, 1.35, 3);
    b.couple(methine, ch3, 6.1, 6.9);
}

} // namespace spinhance
