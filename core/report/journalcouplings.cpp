// From journal entries to a spin system: which printed J values are the same coupling.
#include "report/journalparse.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace spinhance {

namespace {

// Coupled protons per letter of a first-order multiplet: a doublet has one partner proton.
int partnersOfLetter(const std::string& letters, std::size_t& at) {
    static const std::pair<const char*, int> kWords[] = {
        {"quint", 4}, {"quin", 4}, {"pent", 4}, {"sext", 5}, {"sept", 6},
        {"hept", 6},  {"d", 1},    {"t", 2},    {"q", 3},    {"p", 4}};
    for (const auto& [word, partners] : kWords)
        if (letters.compare(at, std::char_traits<char>::length(word), word) == 0) {
            at += std::char_traits<char>::length(word);
            return partners;
        }
    ++at; // "s", "m" or a stray letter: no resolved splitting
    return 0;
}

struct Demand {
    std::size_t group = 0;
    double couplingHz = 0.0;
    int protonsLeft = 0; ///< partner protons still to find for this J
};

// "dt, J = 15.6, 6.9": (15.6 Hz, 1 proton), (6.9 Hz, 2 protons). Fewer J than letters: the last J
// repeats ("dd, J = 8.0 Hz" is an apparent triplet written with both letters).
std::vector<Demand> demandsOf(std::size_t group, const JournalEntry& entry) {
    std::string letters = entry.multiplicity;
    if (letters.rfind("br ", 0) == 0) letters = letters.substr(3);
    std::vector<Demand> out;
    std::size_t at = 0, letter = 0;
    while (at < letters.size()) {
        const int partners = partnersOfLetter(letters, at);
        if (partners == 0 || entry.couplingsHz.empty()) continue;
        const double j = entry.couplingsHz[std::min(letter++, entry.couplingsHz.size() - 1)];
        out.push_back({group, j, partners});
    }
    return out;
}

std::string hz(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

// The subset of candidate demands whose groups' protons add up to `needed`, with the smallest
// total |ΔJ|; candidates come sorted by |ΔJ|, so a branch that already costs as much as the best
// subset found can only tie or lose, and so can every later candidate: the search stops there.
// Without that bound a line of 255 septets with one J took a second (every 6-subset of each
// 12-candidate window was tried).
void bestSubset(const std::vector<std::size_t>& candidates, const std::vector<int>& protons,
                const std::vector<double>& cost, std::size_t from, int needed, double spent,
                std::vector<std::size_t>& chosen, std::vector<std::size_t>& best,
                double& bestCost) {
    if (needed == 0) {
        if (spent < bestCost) bestCost = spent, best = chosen;
        return;
    }
    for (std::size_t k = from; k < candidates.size() && k < from + 12; ++k) {
        if (spent + cost[k] >= bestCost) break;
        if (protons[k] > needed) continue;
        chosen.push_back(k);
        bestSubset(candidates, protons, cost, k + 1, needed - protons[k], spent + cost[k], chosen,
                   best, bestCost);
        chosen.pop_back();
    }
}

void matchDemand(std::size_t d, std::vector<Demand>& demands, SpinSystem& system,
                 const JournalParseOptions& options) {
    Demand& own = demands[d];
    const int ownProtons = system.group(own.group).protonCount;
    std::vector<std::size_t> candidates;
    for (std::size_t e = 0; e < demands.size(); ++e) {
        const Demand& other = demands[e];
        if (other.group == own.group || other.protonsLeft < ownProtons) continue;
        if (std::abs(other.couplingHz - own.couplingHz) > options.couplingToleranceHz) continue;
        if (system.couplingHz(own.group, other.group) != 0.0) continue;
        candidates.push_back(e);
    }
    std::sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
        return std::abs(demands[a].couplingHz - own.couplingHz) <
               std::abs(demands[b].couplingHz - own.couplingHz);
    });
    std::vector<int> protons;
    std::vector<double> cost;
    for (std::size_t e : candidates) {
        protons.push_back(system.group(demands[e].group).protonCount);
        cost.push_back(std::abs(demands[e].couplingHz - own.couplingHz));
    }
    std::vector<std::size_t> chosen, best;
    double bestCost = 1e300;
    bestSubset(candidates, protons, cost, 0, own.protonsLeft, 0.0, chosen, best, bestCost);
    for (std::size_t k : best) {
        Demand& other = demands[candidates[k]];
        system.setCouplingHz(own.group, other.group, 0.5 * (own.couplingHz + other.couplingHz));
        other.protonsLeft -= ownProtons;
        own.protonsLeft -= protons[k];
    }
}

} // namespace

SpinSystem spinSystemFromJournalEntries(const std::vector<JournalEntry>& entries,
                                        const JournalParseOptions& options,
                                        std::vector<std::string>& warnings) {
    SpinSystem system;
    std::vector<Demand> demands;
    for (std::size_t g = 0; g < entries.size(); ++g) {
        const JournalEntry& e = entries[g];
        system.addGroup(0.5 * (e.highPpm + e.lowPpm), std::max(e.protonCount, 1),
                        "H" + std::to_string(g + 1));
        if (!e.protonCountGiven)
            warnings.push_back("entry " + std::to_string(g + 1) +
                               " gives no proton count; 1H assumed");
        for (const Demand& d : demandsOf(g, e))
            demands.push_back(d);
    }
    // Large couplings first: they are the most distinctive, and a wrong early match of a common
    // small J (7 Hz) would take a partner a larger one needs.
    std::vector<std::size_t> order(demands.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return demands[a].couplingHz > demands[b].couplingHz;
    });
    for (std::size_t d : order)
        if (demands[d].protonsLeft > 0) matchDemand(d, demands, system, options);
    for (const Demand& d : demands)
        if (d.protonsLeft > 0)
            warnings.push_back("entry " + std::to_string(d.group + 1) +
                               ": J = " + hz(d.couplingHz) + " Hz has no partner with " +
                               std::to_string(d.protonsLeft) +
                               " proton(s) among the other entries; left out");
    return system;
}

} // namespace spinhance
