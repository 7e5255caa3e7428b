#include "dataset/fragments.h"

#include <string>

// Alkenes, aldehydes and exchangeable protons. Vinyl couplings: ³J(trans) 12–18 Hz,
// ³J(cis) 6–12 Hz, ²J(gem) 0–3 Hz; allylic ⁴J −1 to −2 Hz (standard ¹H tables).
namespace spinhance {

namespace {

struct VinylType {
    const char* context;
    double internalLow, internalHigh; ///< =CH–X
    double cisLow, cisHigh;           ///< terminal H cis to the internal H
    double transLow, transHigh;       ///< terminal H trans to the internal H
    double jCisLow, jCisHigh, jTransLow, jTransHigh, jGemLow, jGemHigh;
};

const VinylType kVinylTypes[] = {
    {"alkyl", 5.70, 5.90, 4.90, 5.00, 4.95, 5.10, 10.0, 10.6, 16.5, 17.5, 1.5, 2.2},
    {"aryl", 6.60, 6.80, 5.20, 5.30, 5.70, 5.80, 10.6, 11.2, 17.2, 17.8, 0.6, 1.2},
    {"acrylate", 6.05, 6.20, 5.78, 5.90, 6.35, 6.45, 10.2, 10.6, 17.0, 17.5, 1.2, 1.6},
    {"vinyl-ether", 6.40, 6.55, 3.95, 4.05, 4.12, 4.22, 6.5, 7.2, 14.0, 14.6, 1.4, 2.4},
    {"vinyl-ester", 7.20, 7.32, 4.52, 4.62, 4.82, 4.92, 6.0, 6.6, 13.8, 14.4, 1.2, 1.8},
    {"vinyl-ketone", 6.25, 6.40, 5.80, 5.90, 6.15, 6.30, 10.0, 10.8, 17.2, 17.8, 0.8, 1.6},
};

struct Vinyl {
    std::size_t internal, cis, trans;
};

Vinyl addVinylGroups(MoleculeBuilder& b, const VinylType& t) {
    Vinyl v;
    v.internal = b.addGroupIn(t.internalLow, t.internalHigh, 1);
    v.cis = b.addGroupIn(t.cisLow, t.cisHigh, 1);
    v.trans = b.addGroupIn(t.transLow, t.transHigh, 1);
    b.couple(v.internal, v.cis, t.jCisLow, t.jCisHigh);
    b.couple(v.internal, v.trans, t.jTransLow, t.jTransHigh);
    b.couple(v.cis, v.trans, t.jGemLow, t.jGemHigh);
    return v;
}

} // namespace

void addVinyl(MoleculeBuilder& b) {
    const VinylType& t = kVinylTypes[std::size_t(b.rng().uniformInt(0, 5))];
    b.noteFragment(std::string("vinyl:") + t.context);
    addVinylGroups(b, t);
}

void addAllyl(MoleculeBuilder& b) {
    static const struct {
        const char* context;
        double low, high;
    } kinds[] = {{"aryl", 3.30, 3.42},
                 {"O", 3.95, 4.65},
                 {"N-amine", 2.95, 3.10},
                 {"N-amide", 3.85, 4.00},
                 {"C(O)", 3.10, 3.25}};
    const auto& kind = kinds[std::size_t(b.rng().uniformInt(0, 4))];
    b.noteFragment(std::string("allyl:") + kind.context);
    const std::size_t ch2 = b.addGroupIn(kind.low, kind.high, 2);
    const Vinyl v = addVinylGroups(b, kVinylTypes[0]);
    b.couple(ch2, v.internal, 5.5, 7.0);
    b.couple(ch2, v.cis, -1.8, -1.2);
    b.couple(ch2, v.trans, -1.8, -1.2);
}

void addDisubstitutedAlkene(MoleculeBuilder& b) {
    const bool trans = b.rng().chance(0.7);
    static const struct {
        const char* context;
        double lowA, highA, lowB, highB;
    } kinds[] = {{"cinnamoyl", 7.55, 7.80, 6.30, 6.55},
                 {"stilbene", 6.95, 7.20, 6.95, 7.20},
                 {"enone", 6.70, 7.05, 5.80, 6.20},
                 {"dialkyl", 5.30, 5.60, 5.30, 5.60},
                 {"enol-ether", 6.20, 6.50, 4.30, 4.90}};
    const auto& kind = kinds[std::size_t(b.rng().uniformInt(0, 4))];
    b.noteFragment(std::string(trans ? "trans-CH=CH:" : "cis-CH=CH:") + kind.context);
    const double cisShiftPpm = trans ? 0.0 : -0.25; // cis isomers sit slightly upfield
    const std::size_t a = b.addGroup(b.rng().uniform(kind.lowA, kind.highA) + cisShiftPpm, 1);
    const std::size_t c = b.addGroup(b.rng().uniform(kind.lowB, kind.highB) + cisShiftPpm, 1);
    if (trans)
        b.couple(a, c, 14.5, 16.5);
    else
        b.couple(a, c, 10.0, 12.5);
}

void addCrotyl(MoleculeBuilder& b) {
    const bool trans = b.rng().chance(0.7);
    b.noteFragment(trans ? "CH3-CH=CH(E)" : "CH3-CH=CH(Z)");
    const std::size_t ch3 = b.addGroupIn(1.70, 1.92, 3);
    const std::size_t beta = b.addGroupIn(5.40, 7.00, 1);
    const std::size_t alpha = b.addGroupIn(5.40, 5.90, 1);
    b.couple(ch3, beta, 6.4, 7.0);
    b.couple(ch3, alpha, -1.8, -1.3);
    if (trans)
        b.couple(alpha, beta, 15.0, 16.0);
    else
        b.couple(alpha, beta, 10.5, 11.6);
}

void addMethacryl(MoleculeBuilder& b) {
    b.noteFragment("methacryl");
    const std::size_t ch3 = b.addGroupIn(1.85, 1.98, 3);
    const std::size_t hz = b.addGroupIn(6.05, 6.15, 1);
    const std::size_t he = b.addGroupIn(5.50, 5.60, 1);
    b.couple(hz, he, 0.5, 1.7);
    b.couple(ch3, hz, -1.2, -0.8);
    b.couple(ch3, he, -1.6, -1.2);
}

void addAromaticAldehyde(MoleculeBuilder& b) {
    b.noteFragment("CHO:aryl");
    b.addGroupIn(9.80, 10.10, 1);
}

void addAliphaticAldehyde(MoleculeBuilder& b) {
    b.noteFragment("CHO:CH2");
    const std::size_t cho = b.addGroupIn(9.70, 9.82, 1);
    const std::size_t ch2 = b.addGroupIn(2.35, 2.50, 2);
    b.couple(cho, ch2, 1.4, 2.6);
}

void addExchangeable(MoleculeBuilder& b) {
    static const struct {
        const char* context;
        double low, high;
        int protons;
        double broadLow, broadHigh;
    } kinds[] = {{"OH-alcohol", 1.50, 4.00, 1, 2.0, 12.0},  {"OH-phenol", 4.50, 6.50, 1, 2.0, 10.0},
                 {"COOH", 10.00, 12.00, 1, 5.0, 25.0},      {"NH-amide", 5.50, 8.00, 1, 3.0, 15.0},
                 {"NH2-aniline", 3.50, 4.20, 2, 3.0, 12.0}, {"NH2-amide", 5.30, 6.50, 2, 4.0, 15.0},
                 {"NH-amine", 1.00, 2.20, 1, 3.0, 12.0}};
    const auto& kind = kinds[std::size_t(b.rng().uniformInt(0, 6))];
    b.noteFragment(std::string("exchangeable:") + kind.context);
    const std::size_t g = b.addGroupIn(kind.low, kind.high, kind.protons);
    b.markExchangeable(g, b.rng().uniform(kind.broadLow, kind.broadHigh));
}

} // namespace spinhance
