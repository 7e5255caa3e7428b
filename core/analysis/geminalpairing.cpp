#include "analysis/geminalpairing.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace spinhance::analysis {

namespace {

constexpr double kAliphaticBelowPpm = 4.5;
constexpr double kWidestWindowPpm = 1.0;
constexpr double kIsochronousPpm = 0.001; // 0.06-0.5 Hz at 60-500 MHz
constexpr double kPairedAboveHz = 9.0;    // a geminal 2J is -10 to -16 Hz on sp3 carbon
constexpr double kGeminalStartHz = -14.0; // Pretsch 2009: sp3 CH2 -12 to -15 Hz
constexpr double kVicinalStartHz = 7.0;   // freely rotating H-C-C-H
constexpr double kVicinalSpreadHz = 1.5;  // trans-gauche: about 8.5 against 5.5 Hz

using Quad = std::array<std::size_t, 4>;
// The three ways of splitting four protons into two pairs, by position in the quad.
constexpr std::array<std::array<int, 4>, 3> kPairings = {
    {{0, 1, 2, 3}, {0, 2, 1, 3}, {0, 3, 1, 2}}};

bool geminalLike(const SpinSystem& s, std::size_t a, std::size_t b) {
    return s.couplingHz(a, b) <= -kPairedAboveHz;
}

// Whether the answer already pairs the quad this way, both geminal J negative and large: the
// search's J moves refine it from there.
bool pairedSo(const SpinSystem& s, const Quad& q, const std::array<int, 4>& p) {
    return geminalLike(s, q[p[0]], q[p[1]]) && geminalLike(s, q[p[2]], q[p[3]]);
}

// Two protons at one shift are a CH2 read as two groups (the fit ties them): an A2, whose
// geminal J the spectrum does not show. Re-pairing them only adds an invisible J and groups
// the answer should not have (Maybridge 10_C05 at 90 MHz, three CH2 each split at one shift:
// re-paired, its answer kept eight groups for six).
bool holdsIsochronousPair(const SpinSystem& s, const Quad& q) {
    for (int x = 0; x < 4; ++x)
        for (int y = x + 1; y < 4; ++y)
            if (std::abs(s.group(q[x]).shiftPpm - s.group(q[y]).shiftPpm) < kIsochronousPpm)
                return true;
    return false;
}

std::vector<std::size_t> aliphaticSingleProtonsByShift(const SpinSystem& s) {
    std::vector<std::size_t> out;
    for (std::size_t g = 0; g < s.size(); ++g)
        if (s.group(g).protonCount == 1 && s.group(g).shiftPpm < kAliphaticBelowPpm)
            out.push_back(g);
    std::sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
        return s.group(a).shiftPpm < s.group(b).shiftPpm;
    });
    return out;
}

// The vicinal J across two CH2 come in a trans-gauche pattern, two larger and two smaller
// (p0-p2 and p1-p3 against p0-p3 and p1-p2). All four equal is a saddle the fit leaves either
// way: the wrong way ends in a minimum thousands of BIC worse. Each way is a start of its own.
PairingStart pairedStart(const SpinSystem& s, const Quad& q, const std::array<int, 4>& p,
                         double spreadHz) {
    PairingStart start{s, "CH2 pairs ", {q.begin(), q.end()}};
    SpinSystem& out = start.system;
    out.setCouplingHz(q[p[0]], q[p[1]], kGeminalStartHz);
    out.setCouplingHz(q[p[2]], q[p[3]], kGeminalStartHz);
    out.setCouplingHz(q[p[0]], q[p[2]], kVicinalStartHz + spreadHz);
    out.setCouplingHz(q[p[1]], q[p[3]], kVicinalStartHz + spreadHz);
    out.setCouplingHz(q[p[0]], q[p[3]], kVicinalStartHz - spreadHz);
    out.setCouplingHz(q[p[1]], q[p[2]], kVicinalStartHz - spreadHz);
    const auto label = [&](int k) { return s.group(q[k]).label; };
    const int largerPartner = spreadHz > 0.0 ? p[2] : p[3]; // of p0, across the pairs
    start.origin += label(p[0]) + "-" + label(p[1]) + ", " + label(p[2]) + "-" + label(p[3]) +
                    ", " + label(p[0]) + "-" + label(largerPartner) + " larger";
    return start;
}

} // namespace

std::vector<PairingStart> geminalPairingStarts(const SpinSystem& system) {
    std::vector<PairingStart> starts;
    const std::vector<std::size_t> order = aliphaticSingleProtonsByShift(system);
    for (std::size_t w = 0; w + 4 <= order.size(); ++w) {
        const Quad q = {order[w], order[w + 1], order[w + 2], order[w + 3]};
        const double spreadPpm = system.group(q[3]).shiftPpm - system.group(q[0]).shiftPpm;
        if (spreadPpm > kWidestWindowPpm || holdsIsochronousPair(system, q)) continue;
        for (const auto& p : kPairings)
            if (!pairedSo(system, q, p))
                for (double spreadHz : {kVicinalSpreadHz, -kVicinalSpreadHz})
                    starts.push_back(pairedStart(system, q, p, spreadHz));
    }
    return starts;
}

} // namespace spinhance::analysis
