#include "analysis/textbookcouplings.h"

#include "analysis/proposals.h"

#include <algorithm>
#include <cmath>

namespace spinhance::analysis {

namespace {

// An alkylbenzene's ring couplings, typical values (Pretsch, Structure Determination of Organic
// Compounds, 4th ed. 2009, 1H tables: ortho 7.4-8.4, meta 1.2-2.4, para 0.6 Hz; J23 a little
// above J34, J26 the largest meta): J23 7.6, J34 7.5, J24 1.2, J35 1.4, J26 1.9, J25 0.6 Hz.
constexpr double kJ23Hz = 7.6, kJ34Hz = 7.5, kJ24Hz = 1.2, kJ35Hz = 1.4, kJ26Hz = 1.9, kJ25Hz = 0.6;
// A para-disubstituted benzene's AA'BB' beyond its ortho J (Pretsch 2009): meta 2.0-2.5, para
// 0.3-0.5 Hz.
constexpr double kParaRingMetaHz = 2.3, kParaRingParaHz = 0.4;
// Thiophene (Pretsch 2009, 1H tables, heteroaromatics): J23 4.9, J34 3.5, J24 1.0, J25 2.8 Hz.
constexpr double kThiopheneJ23Hz = 4.9, kThiopheneJ34Hz = 3.5, kThiopheneJ24Hz = 1.0,
                 kThiopheneJ25Hz = 2.8;

// Furan (Pretsch 2009): J23 1.8, J34 3.3, J24 0.8, J25 1.4 Hz.
constexpr double kFuranJ23Hz = 1.8, kFuranJ34Hz = 3.3, kFuranJ24Hz = 0.8, kFuranJ25Hz = 1.4;

void setHeld(TemplateStart& start, std::size_t a, std::size_t b, double couplingHz) {
    start.system.setCouplingHz(a, b, couplingHz);
    start.held.push_back({a, b});
}

std::string pairLabel(const SpinSystem& s, std::size_t a, std::size_t b) {
    return s.group(a).label + "-" + s.group(b).label;
}

} // namespace

bool indicesOf(const SpinSystem& s, const std::string& pair, std::size_t& a, std::size_t& b) {
    const std::size_t dash = pair.find('-');
    if (dash == std::string::npos) return false;
    const int i = s.indexOfLabel(pair.substr(0, dash)), j = s.indexOfLabel(pair.substr(dash + 1));
    if (i < 0 || j < 0) return false;
    a = std::size_t(i);
    b = std::size_t(j);
    return true;
}

AaBbCouplings paraBenzeneCouplings(double orthoHz) {
    return {orthoHz, kParaRingMetaHz, kParaRingMetaHz, kParaRingParaHz};
}

AaBbCouplings thiopheneCouplings() {
    return {kThiopheneJ23Hz, kThiopheneJ25Hz, kThiopheneJ34Hz, kThiopheneJ24Hz};
}

AaBbCouplings furanCouplings() {
    return {kFuranJ23Hz, kFuranJ25Hz, kFuranJ34Hz, kFuranJ24Hz};
}

void addAaBbRing(TemplateStart& start, double shiftAPpm, double shiftBPpm, const AaBbCouplings& j) {
    SpinSystem& s = start.system;
    const std::size_t a = s.addGroup(shiftAPpm, 1), a2 = s.addGroup(shiftAPpm, 1);
    const std::size_t b = s.addGroup(shiftBPpm, 1), b2 = s.addGroup(shiftBPpm, 1);
    setHeld(start, a, b, j.abHz);
    setHeld(start, a2, b2, j.abHz);
    setHeld(start, a, a2, j.aaHz);
    setHeld(start, b, b2, j.bbHz);
    setHeld(start, a, b2, j.abPrimeHz);
    setHeld(start, a2, b, j.abPrimeHz);
}

void addMonosubstitutedRing(TemplateStart& start, double orthoPpm, double metaPpm, double paraPpm) {
    SpinSystem& s = start.system;
    const std::size_t h2 = s.addGroup(orthoPpm, 1), h6 = s.addGroup(orthoPpm, 1),
                      h3 = s.addGroup(metaPpm, 1), h5 = s.addGroup(metaPpm, 1),
                      h4 = s.addGroup(paraPpm, 1);
    setHeld(start, h2, h3, kJ23Hz);
    setHeld(start, h5, h6, kJ23Hz);
    setHeld(start, h3, h4, kJ34Hz);
    setHeld(start, h4, h5, kJ34Hz);
    setHeld(start, h2, h4, kJ24Hz);
    setHeld(start, h4, h6, kJ24Hz);
    setHeld(start, h3, h5, kJ35Hz);
    setHeld(start, h2, h6, kJ26Hz);
    setHeld(start, h2, h5, kJ25Hz);
    setHeld(start, h3, h6, kJ25Hz);
}

void addFourAdjacentRingProtons(TemplateStart& start, const std::array<double, 4>& chainPpm) {
    // The same typical values as the monosubstituted ring: outer ortho pairs as its J23, the
    // inner one as its J34, both meta pairs as its J35, para as its J25.
    std::array<std::size_t, 4> h{};
    for (std::size_t k = 0; k < 4; ++k)
        h[k] = start.system.addGroup(chainPpm[k], 1);
    setHeld(start, h[0], h[1], kJ23Hz);
    setHeld(start, h[1], h[2], kJ34Hz);
    setHeld(start, h[2], h[3], kJ23Hz);
    setHeld(start, h[0], h[2], kJ35Hz);
    setHeld(start, h[1], h[3], kJ35Hz);
    setHeld(start, h[0], h[3], kJ25Hz);
}

void addMetaRingProtons(TemplateStart& start, const std::array<double, 4>& h2h4h5h6Ppm) {
    // m-Xylene-like values: H2's two meta couplings as the ring's J26 and J24 (the larger one
    // beside the bigger substituent is unknown; the fit frees them), H4-H6 as its J35.
    std::array<std::size_t, 4> h{};
    for (std::size_t k = 0; k < 4; ++k)
        h[k] = start.system.addGroup(h2h4h5h6Ppm[k], 1);
    setHeld(start, h[1], h[2], kJ34Hz);
    setHeld(start, h[2], h[3], kJ34Hz);
    setHeld(start, h[0], h[1], kJ26Hz);
    setHeld(start, h[0], h[3], kJ24Hz);
    setHeld(start, h[1], h[3], kJ35Hz);
    setHeld(start, h[0], h[2], kJ25Hz);
}

std::vector<std::string> heldLabels(const TemplateStart& start) {
    std::vector<std::string> out;
    for (const auto& [a, b] : start.held)
        if (start.system.couplingHz(a, b) != 0.0) out.push_back(pairLabel(start.system, a, b));
    return out;
}

std::vector<std::string> carriedHeld(const SpinSystem& before, const std::vector<std::string>& held,
                                     const SpinSystem& after) {
    std::vector<std::string> out;
    for (const std::string& pair : held) {
        std::size_t a = 0, b = 0, c = 0, d = 0;
        if (!indicesOf(before, pair, a, b) || !indicesOf(after, pair, c, d)) continue;
        const bool sameGroups = before.group(a).shiftPpm == after.group(c).shiftPpm &&
                                before.group(b).shiftPpm == after.group(d).shiftPpm;
        const double couplingHz = after.couplingHz(c, d);
        if (sameGroups && couplingHz != 0.0 && couplingHz == before.couplingHz(a, b))
            out.push_back(pair);
    }
    return out;
}

std::vector<std::string> relabelledHeld(const SpinSystem& system,
                                        const std::vector<std::string>& held) {
    const std::vector<std::size_t> order = shiftOrder(system);
    std::vector<std::size_t> rank(system.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        rank[order[k]] = k;
    std::vector<std::string> out;
    for (const std::string& pair : held) {
        std::size_t a = 0, b = 0;
        if (!indicesOf(system, pair, a, b) || system.couplingHz(a, b) == 0.0) continue;
        std::size_t ra = rank[a], rb = rank[b];
        if (ra > rb) std::swap(ra, rb);
        out.push_back(SpinSystem::defaultLabel(ra) + "-" + SpinSystem::defaultLabel(rb));
    }
    return out;
}

bool heldPair(const std::vector<std::string>& held, const SpinSystem& system, std::size_t a,
              std::size_t b) {
    const std::string pair = pairLabel(system, a, b), reversed = pairLabel(system, b, a);
    return std::find(held.begin(), held.end(), pair) != held.end() ||
           std::find(held.begin(), held.end(), reversed) != held.end();
}

std::vector<bool> groupsWithHeldCouplings(const SpinSystem& system,
                                          const std::vector<std::string>& held) {
    std::vector<bool> out(system.size(), false);
    for (const std::string& pair : held) {
        std::size_t a = 0, b = 0;
        if (indicesOf(system, pair, a, b)) out[a] = out[b] = true;
    }
    return out;
}

std::vector<bool> aromaticTemplateGroups(const SpinSystem& system,
                                         const std::vector<std::string>& held) {
    // Benzene ortho J reach 9.4 Hz, an alkene's cis J starts at 10 (Pretsch, 1H tables).
    constexpr double kAlkeneFromHz = 10.0;
    std::vector<bool> out = groupsWithHeldCouplings(system, held);
    for (const std::string& pair : held) {
        std::size_t a = 0, b = 0;
        if (indicesOf(system, pair, a, b) && std::abs(system.couplingHz(a, b)) >= kAlkeneFromHz)
            out[a] = out[b] = false;
    }
    return out;
}

std::vector<std::string> heldBelow(const SpinSystem& system, const std::vector<std::string>& held,
                                   double belowHz) {
    std::vector<std::string> out;
    for (const std::string& pair : held) {
        std::size_t a = 0, b = 0;
        if (indicesOf(system, pair, a, b) && std::abs(system.couplingHz(a, b)) < belowHz)
            out.push_back(pair);
    }
    return out;
}

} // namespace spinhance::analysis
