#include "analysis/evidence.h"

#include "analysis/broadsinglets.h"
#include "analysis/knownlines.h"
#include "analysis/multiplettable.h"
#include "analysis/noiseestimate.h"
#include "analysis/pipeline.h"
#include "analysis/proposals.h"
#include "analysis/textbookcouplings.h"
#include "fit/fitdata.h"
#include "fit/fitproblem.h"
#include "syntheticspectrum.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <gtest/gtest.h>
#include <optional>
#include <random>
#include <set>
#include <tuple>

namespace spinhance::analysis {
namespace {

// "centroid (n H); " per region, for failure messages.
std::string regionsText(const Evidence& e) {
    std::string text;
    for (std::size_t r = 0; r < e.regions.size(); ++r)
        text += std::to_string(e.regions[r].centroidPpm) + " (" +
                std::to_string(e.regionProtons[r]) + " H); ";
    return text;
}

// The pairs of `groups` (as positions in that list) coupled by an ortho-sized J (6 Hz or more).
std::set<std::pair<std::size_t, std::size_t>> orthoPairs(const SpinSystem& s,
                                                         const std::vector<std::size_t>& groups) {
    std::set<std::pair<std::size_t, std::size_t>> ortho;
    for (std::size_t a = 0; a < groups.size(); ++a)
        for (std::size_t b = a + 1; b < groups.size(); ++b)
            if (std::abs(s.couplingHz(groups[a], groups[b])) >= 6.0) ortho.insert({a, b});
    return ortho;
}

// A monosubstituted benzene's five protons (ortho, ortho', meta, meta', para) with typical J
// (Pretsch 2009: ortho-meta 7.6, meta-para 7.5, ortho-para 1.2, ortho-ortho' 1.8, meta-meta'
// 1.4, ortho-meta' 0.6 Hz).
void addMonosubstitutedRing(SpinSystem& s, double orthoPpm, double metaPpm, double paraPpm) {
    const std::size_t o = s.size();
    for (double ppm : {orthoPpm, orthoPpm, metaPpm, metaPpm, paraPpm})
        s.addGroup(ppm, 1);
    for (const auto& [a, b, couplingHz] : {std::tuple{0, 2, 7.6},
                                           {1, 3, 7.6},
                                           {2, 4, 7.5},
                                           {3, 4, 7.5},
                                           {0, 4, 1.2},
                                           {1, 4, 1.2},
                                           {0, 1, 1.8},
                                           {2, 3, 1.4},
                                           {0, 3, 0.6},
                                           {1, 2, 0.6}})
        s.setCouplingHz(o + std::size_t(a), o + std::size_t(b), couplingHz);
}

TEST(Noise, DifferencesRecoverTheSigmaOfWhiteNoiseUnderPeaks) {
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.01);
    std::vector<double> y(20000);
    for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = noise(rng) + (i % 2000 < 40 ? 5.0 * std::exp(-double(i % 2000) / 10.0) : 0.0) +
               1e-5 * double(i);
    EXPECT_NEAR(noiseSigmaFromDifferences(y), 0.01, 0.0006);
}

TEST(Noise, MaskedSigmaIgnoresUnmaskedPoints) {
    std::mt19937 rng(8);
    std::normal_distribution<double> noise(3.0, 0.5);
    std::vector<double> y(5000);
    std::vector<bool> mask(5000);
    for (std::size_t i = 0; i < y.size(); ++i) {
        mask[i] = i % 3 != 0;
        y[i] = mask[i] ? noise(rng) : 1000.0;
    }
    EXPECT_NEAR(noiseSigmaOfMasked(y, mask), 0.5, 0.03);
}

TEST(Solvent, VendorSpellingsMapToOneName) {
    EXPECT_EQ(canonicalSolvent("CHLOROFORM-D"), "CDCl3");
    EXPECT_EQ(canonicalSolvent("Chloroform-d 90vol%"), "CDCl3");
    EXPECT_EQ(canonicalSolvent("DMSO"), "DMSO-d6");
    EXPECT_EQ(canonicalSolvent("d2o"), "D2O");
    EXPECT_EQ(canonicalSolvent("Acetone-D6"), "acetone-d6");
    EXPECT_EQ(canonicalSolvent("MeOD"), "CD3OD");
    EXPECT_EQ(canonicalSolvent("C6D6"), "C6D6");
    EXPECT_EQ(canonicalSolvent("unknown stuff"), "");
}

TEST(Solvent, FulmerValuesForResidualLines) {
    // Fulmer et al., Organometallics 2010, 29, 2176, Table 1.
    auto shiftOf = [](const std::string& solvent, KnownLineKind kind) {
        for (const KnownLine& l : knownLinesForSolvent(solvent))
            if (l.kind == kind) return l.shiftPpm;
        return -99.0;
    };
    EXPECT_DOUBLE_EQ(shiftOf("CDCl3", KnownLineKind::Solvent), 7.26);
    EXPECT_DOUBLE_EQ(shiftOf("CDCl3", KnownLineKind::Water), 1.56);
    EXPECT_DOUBLE_EQ(shiftOf("DMSO-d6", KnownLineKind::Solvent), 2.50);
    EXPECT_DOUBLE_EQ(shiftOf("D2O", KnownLineKind::Solvent), 4.79);
    EXPECT_DOUBLE_EQ(shiftOf("CD3OD", KnownLineKind::Solvent), 3.31);
    EXPECT_DOUBLE_EQ(shiftOf("acetone-d6", KnownLineKind::Solvent), 2.05);
    EXPECT_DOUBLE_EQ(shiftOf("C6D6", KnownLineKind::Solvent), 7.16);
    EXPECT_DOUBLE_EQ(shiftOf("CDCl3", KnownLineKind::Reference), 0.0);
}

TEST(Evidence, EthylCrotonateAt60MHzGivesFiveRegionsWithTheirProtonCounts) {
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(analysistest::ethylCrotonate(), 60.0, 300.0, 11);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, spectrum.solvent, 0);
    EXPECT_EQ(e.solvent, "CDCl3");
    std::string names;
    for (const FoundLine& l : e.knownLines)
        names += l.line.name + " at " + std::to_string(l.foundPpm) + "; ";
    ASSERT_EQ(e.knownLines.size(), 2u) << names; // TMS and CHCl3 masked, not molecule groups
    std::string regions;
    for (std::size_t r = 0; r < e.regions.size(); ++r)
        regions += std::to_string(e.regions[r].fromPpm) + ".." +
                   std::to_string(e.regions[r].toPpm) + " (" + std::to_string(e.regionProtons[r]) +
                   " H); ";
    ASSERT_EQ(e.regions.size(), 5u) << regions;
    const std::vector<int> expected = {3, 3, 2, 1,
                                       1}; // ascending ppm: 1.28, 1.88, 4.18, 5.84, 6.97
    EXPECT_EQ(e.regionProtons, expected);
    EXPECT_EQ(e.totalProtons, 10);
    EXPECT_NEAR(e.typicalFwhmHz, 1.0, 0.5); // a start value: the fit refines it
    // σ is the tallest line / 300 before normalisation; the data are not normalised here.
    double tallest = 0.0;
    for (double y : data.intensity)
        tallest = std::max(tallest, y);
    EXPECT_NEAR(e.sigma * 300.0 / tallest, 1.0, 0.15);
}

TEST(Evidence, GivenProtonCountFixesTheScale) {
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(analysistest::ethylCrotonate(), 90.0, 500.0, 12);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 10);
    EXPECT_TRUE(e.protonsGiven);
    EXPECT_EQ(e.totalProtons, 10);
}

// A meta-disubstituted ring at 60 MHz (H5 a pseudo-triplet above H4, H2 and H6; ortho and meta
// couplings within Pretsch 2009's ranges) has lines that dip to the baseline between clusters: a
// cut there left the outer half of H6's doublet (0.4 H) as a region of its own, which rounding
// gave a whole proton (in a 1 + 3 + 1 + 1 H reading, taken from a 2 H benzylic singlet). Every
// region's count now agrees with its integral within half a proton.
TEST(Evidence, OuterLinesOfAStronglyCoupledRingAreNoMultipletOfTheirOwn) {
    SpinSystem system;
    const std::size_t h5 = system.addGroup(7.30, 1), h4 = system.addGroup(7.05, 1),
                      h6 = system.addGroup(6.87, 1), h2 = system.addGroup(7.00, 1);
    system.addGroup(4.50, 2);
    system.setCouplingHz(h4, h5, 8.4);
    system.setCouplingHz(h5, h6, 9.0);
    system.setCouplingHz(h2, h4, 2.0);
    system.setCouplingHz(h2, h6, 0.9);
    system.setCouplingHz(h4, h6, 1.4);
    for (std::uint32_t seed : {31u, 32u, 33u, 34u}) {
        const Spectrum spectrum = analysistest::syntheticSpectrum(system, 60.0, 200.0, seed);
        FitData data = fitDataFromSpectrum(spectrum);
        const Evidence e = gatherEvidence(data, "CDCl3", 6);
        const double protonArea = e.moleculeArea / 6.0;
        int ring = 0, singlet = 0;
        for (std::size_t r = 0; r < e.regions.size(); ++r) {
            (e.regions[r].centroidPpm > 6.0 ? ring : singlet) += e.regionProtons[r];
            EXPECT_NEAR(e.regions[r].integral / protonArea, e.regionProtons[r], 0.5)
                << "seed " << seed << ": region " << e.regions[r].fromPpm << "-"
                << e.regions[r].toPpm << " ppm";
        }
        EXPECT_EQ(ring, 4) << "seed " << seed;
        EXPECT_EQ(singlet, 2) << "seed " << seed;
    }
}

// Two ring protons 1.4 Hz apart at 90 MHz (H5 and H3 of a 1,2,4-trisubstituted ring; values in
// Pretsch's ranges) make one 2 H multiplet of several lines. Besides one 2 H group, the
// proposals read it as two 1 H protons, which a multiplet cut inside one of them otherwise hides
// from the search.
TEST(Proposals, ATwoProtonAromaticMultipletOfSeveralLinesIsAlsoReadAsTwoProtons) {
    SpinSystem ring;
    const std::size_t h6 = ring.addGroup(7.58, 1), h5 = ring.addGroup(6.695, 1),
                      h3 = ring.addGroup(6.680, 1);
    ring.addGroup(3.80, 3);
    ring.setCouplingHz(h5, h6, 8.4);
    ring.setCouplingHz(h3, h5, 2.4);
    ring.setCouplingHz(h3, h6, 0.5);
    const Spectrum spectrum = analysistest::syntheticSpectrum(ring, 90.0, 300.0, 28);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 6);
    const auto inPair = [](double ppm) { return ppm > 6.6 && ppm < 6.8; };
    bool oneGroup = false, twoProtons = false;
    for (const Hypothesis& h : multipletProposals(data, e)) {
        std::vector<int> sizes;
        for (std::size_t g = 0; g < h.system.size(); ++g)
            if (inPair(h.system.group(g).shiftPpm)) sizes.push_back(h.system.group(g).protonCount);
        oneGroup = oneGroup || sizes == std::vector<int>{2};
        twoProtons = twoProtons || sizes == std::vector<int>{1, 1};
    }
    std::string regions;
    for (std::size_t r = 0; r < e.regions.size(); ++r)
        regions += std::to_string(e.regions[r].centroidPpm) +
                   " ppm: " + std::to_string(e.regionProtons[r]) + " H, " +
                   std::to_string(e.multiplets[r].lines) + " lines\n";
    EXPECT_TRUE(oneGroup) << regions;
    EXPECT_TRUE(twoProtons) << regions;
}

// A phenyl and a thiophene (a 2-phenylthiophene-like molecule; illustrative values in Pretsch's
// ranges: thiophene J 5.0 / 3.6 / 1.2 Hz, H4 at 7.31 ppm; phenyl ortho 7.53, meta 7.28, para
// 7.40 ppm), the thiophene's H5 and H3 at the given shifts.
SpinSystem phenylThiopheneLike(double h5Ppm, double h3Ppm) {
    SpinSystem molecule;
    molecule.addGroup(h5Ppm, 1);
    molecule.addGroup(h3Ppm, 1);
    molecule.addGroup(7.31, 1);
    molecule.setCouplingHz(0, 2, 5.0);
    molecule.setCouplingHz(1, 2, 3.6);
    molecule.setCouplingHz(0, 1, 1.2);
    addMonosubstitutedRing(molecule, 7.53, 7.28, 7.40);
    return molecule;
}

// Five aromatic protons that are no phenyl: a benzimidazole-like N=CH-N singlet beside a fused
// ring's four adjacent protons (illustrative values in Pretsch's ranges), the singlet and H4 in
// one 2 H multiplet, H5-H7 in one 3 H lump at 60 MHz. Among the starts is one with the singlet
// uncoupled and the chain's ortho pairs where the truth has them (ranks by shift among the four).
TEST(Proposals, AnAromaticSingletBesideFourAdjacentRingProtonsIsProposed) {
    const SpinSystem ring = analysistest::benzimidazoleLike();
    const Spectrum spectrum = analysistest::syntheticSpectrum(ring, 60.0, 300.0, 41);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 8);
    // Truth ranks among the four by descending shift: H4 0, H6 1, H7 2, H5 3.
    const std::set<std::pair<std::size_t, std::size_t>> truthOrtho = {{0, 3}, {1, 3}, {1, 2}};
    bool found = false;
    for (const Hypothesis& h : multipletProposals(data, e)) {
        std::vector<std::size_t> aromatic; // indices by descending shift (labels follow shift)
        for (std::size_t g = 0; g < h.system.size(); ++g)
            if (h.system.group(g).shiftPpm > 7.0 && h.system.group(g).protonCount == 1)
                aromatic.push_back(g);
        if (aromatic.size() != 5) continue;
        bool singletFree = true;
        for (std::size_t g = 0; g < h.system.size(); ++g)
            singletFree = singletFree && h.system.couplingHz(aromatic[0], g) == 0.0;
        const std::vector<std::size_t> chain(aromatic.begin() + 1, aromatic.end());
        found = found || (singletFree && orthoPairs(h.system, chain) == truthOrtho);
    }
    EXPECT_TRUE(found);
}

// A phenyl and a thiophene at 90 MHz: the thiophene's H4 at 7.31 ppm lies inside the phenyl's lump,
// 6 H in one multiplet, and its H5 and H3 6 Hz apart make one 2 H multiplet. Among the starts is
// one reading the lump as a phenyl (textbook J) and one uncoupled proton, and the 2 H multiplet
// proton by proton.
TEST(Proposals, SixAromaticProtonsInOneMultipletAreAlsoReadAsAPhenylAndOneProton) {
    const SpinSystem molecule = phenylThiopheneLike(8.00, 7.93);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(molecule, 90.0, 300.0, 23, 1.0, 0.5, 0.0);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 8);
    const std::string regions = regionsText(e);
    ASSERT_FALSE(e.regionProtons.empty());
    ASSERT_EQ(e.regionProtons.front(), 6) << regions;
    const double lumpToPpm = e.regions.front().toPpm;
    bool found = false;
    for (const Hypothesis& h : multipletProposals(data, e)) {
        std::vector<std::size_t> lump;
        for (std::size_t g = 0; g < h.system.size(); ++g)
            if (h.system.group(g).shiftPpm < lumpToPpm && h.system.group(g).protonCount == 1)
                lump.push_back(g);
        if (lump.size() != 6) continue;
        int uncoupled = 0;
        for (std::size_t g : lump) {
            bool coupled = false;
            for (std::size_t k = 0; k < h.system.size(); ++k)
                coupled = coupled || h.system.couplingHz(g, k) != 0.0;
            uncoupled += coupled ? 0 : 1;
        }
        // The thiophene's other two protons, one multiplet of more lines than one group shows,
        // are read one by one beside this reading (J-matching links them to the lone one).
        bool thiopheneByProton = true;
        for (std::size_t g = 0; g < h.system.size(); ++g)
            if (h.system.group(g).shiftPpm > lumpToPpm)
                thiopheneByProton = thiopheneByProton && h.system.group(g).protonCount == 1;
        found = found || (uncoupled == 1 && h.heldCouplings.size() == 10 && thiopheneByProton);
    }
    EXPECT_TRUE(found) << regions;
}

// A like molecule at 60 MHz, its thiophene's H5 and H3 0.2 ppm above the phenyl's ortho protons:
// they join the phenyl's lump, 8 H in one multiplet (GISSMO Maybridge 10_B07 at 60 MHz is read
// so). Among the starts is one reading it as the phenyl (textbook J held) and three protons of
// another ring, two at the top of the lump and one at its bottom, coupled to each other only:
// J-matching links different multiplets, so no move would link the three inside one.
TEST(Proposals, EightAromaticProtonsInOneMultipletAreAlsoReadAsAPhenylAndThreeProtons) {
    const SpinSystem molecule = phenylThiopheneLike(7.80, 7.74);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(molecule, 60.0, 300.0, 23, 1.0, 0.5, 0.0);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 8);
    const std::string regions = regionsText(e);
    ASSERT_EQ(e.regionProtons, std::vector<int>{8}) << regions;
    bool found = false;
    for (const Hypothesis& h : multipletProposals(data, e)) {
        if (h.system.size() != 8 || h.heldCouplings.size() != 10) continue;
        const std::vector<bool> phenyl = groupsWithHeldCouplings(h.system, h.heldCouplings);
        std::vector<std::size_t> lone;
        for (std::size_t g = 0; g < h.system.size(); ++g)
            if (!phenyl[g]) lone.push_back(g);
        if (lone.size() != 3) continue;
        int ownJ = 0, outsideJ = 0, onTop = 0;
        for (std::size_t g : lone) {
            onTop += h.system.group(g).shiftPpm > 7.6 ? 1 : 0;
            for (std::size_t k = 0; k < h.system.size(); ++k)
                if (h.system.couplingHz(g, k) != 0.0) ++(phenyl[k] ? outsideJ : ownJ);
        }
        found = found || (ownJ == 6 && outsideJ == 0 && onTop == 2);
    }
    EXPECT_TRUE(found) << regions;
}

// An ortho-disubstituted benzene beside an N-aryl pyrrole's protons (a 2-(pyrrol-1-yl)benzonitrile-
// like molecule; illustrative values in Pretsch's ranges: ortho 7.6-8.0, meta 1.2-1.5, para 0.5 Hz;
// pyrrole alpha 6.85, beta 6.30 ppm) at 90 MHz: the ring's H3 and H5 make one 2 H multiplet, H4
// and H6 the next, 8 aromatic H in all. Among the starts is one with the ring's ortho pairs where
// the truth has them (ranks by descending shift among the four).
TEST(Proposals, FourAdjacentRingProtonsInTwoMultipletsBesideAnotherRingAreProposed) {
    SpinSystem molecule;
    for (double ppm : {7.75, 7.35, 7.69, 7.29}) // H3, H4, H5, H6
        molecule.addGroup(ppm, 1);
    molecule.setCouplingHz(0, 1, 7.8);
    molecule.setCouplingHz(1, 2, 7.6);
    molecule.setCouplingHz(2, 3, 8.0);
    molecule.setCouplingHz(0, 2, 1.5);
    molecule.setCouplingHz(1, 3, 1.2);
    molecule.setCouplingHz(0, 3, 0.5);
    const std::size_t alpha = molecule.addGroup(6.85, 2);
    const std::size_t beta = molecule.addGroup(6.30, 2);
    molecule.setCouplingHz(alpha, beta, 2.1);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(molecule, 90.0, 300.0, 29, 1.0, 0.5, 0.0);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 8);
    const std::string regions = regionsText(e);
    ASSERT_EQ(e.regionProtons, (std::vector<int>{2, 2, 2, 2})) << regions;
    // Truth ranks among the four by descending shift: H3 0, H5 1, H4 2, H6 3.
    const std::set<std::pair<std::size_t, std::size_t>> truthOrtho = {{0, 2}, {1, 2}, {1, 3}};
    bool found = false;
    for (const Hypothesis& h : multipletProposals(data, e)) {
        std::vector<std::size_t> ring; // indices by descending shift (labels follow shift)
        for (std::size_t g = 0; g < h.system.size(); ++g)
            if (h.system.group(g).shiftPpm > 7.2 && h.system.group(g).protonCount == 1)
                ring.push_back(g);
        if (ring.size() != 4) continue;
        found = found || orthoPairs(h.system, ring) == truthOrtho;
    }
    EXPECT_TRUE(found) << regions;
}

// An unnamed solvent's residual line (0.4 H on the molecule's scale) is no part of the molecule
// when its proton count is given; a true one-proton singlet (an aldehyde-like 8.05 ppm) stays.
TEST(Evidence, SmallUnknownSingletIsSetAsideWhenTheProtonCountIsGiven) {
    SpinSystem system; // ethyl acetate (CDCl3 literature values) and a lone CH singlet
    system.addGroup(4.12, 2);
    system.addGroup(2.05, 3);
    system.addGroup(1.26, 3);
    system.addGroup(8.05, 1);
    system.setCouplingHz(0, 2, 7.1);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(system, 60.0, 300.0, 13, 1.0, 0.5, 0.4);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "", 9);
    int impurities = 0;
    for (const FoundLine& l : e.knownLines)
        if (l.line.kind == KnownLineKind::Impurity) {
            ++impurities;
            EXPECT_NEAR(l.foundPpm, 7.26, 0.01);
        }
    EXPECT_EQ(impurities, 1);
    ASSERT_EQ(e.regions.size(), 4u);
    EXPECT_EQ(e.regionProtons, (std::vector<int>{3, 3, 2, 1}));
    EXPECT_NEAR(e.regions.back().centroidPpm, 8.05, 0.01);
    // Without the count the quartet and the triplet set the scale (an impurity is one line): the
    // line is set aside all the same, and the singlets are counted on that scale.
    FitData again = fitDataFromSpectrum(spectrum);
    const Evidence unknown = gatherEvidence(again, "", 0);
    EXPECT_FALSE(unknown.protonsGiven);
    ASSERT_EQ(unknown.regions.size(), 4u);
    EXPECT_EQ(unknown.regionProtons, (std::vector<int>{3, 3, 2, 1}));
    EXPECT_EQ(unknown.totalProtons, 9);
}

// The bundled Nanalysis 60 MHz ibuprofen (resources/examples/SOURCES.md) without a proton count:
// a 0.6 H singlet at 1.27 ppm (an impurity) had made the finest scale round best, 53 H in all,
// and the analysis refused it as too many groups. On the multiplets' scale: C13H18O2's 18 H,
// the singlet set aside, the COOH one proton.
TEST(Evidence, RealIbuprofenWithoutACountIsReadOnItsMultipletsScale) {
    const Spectrum spectrum = loadSpectrum(
        SPINHANCE_SOURCE_DIR "/resources/examples/ibuprofen-60mhz-nanalysis.jdx", Processing::Auto);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, spectrum.solvent, 0);
    EXPECT_EQ(e.totalProtons, 18);
    bool impurity = false;
    for (const FoundLine& l : e.knownLines)
        impurity = impurity ||
                   (l.line.kind == KnownLineKind::Impurity && std::abs(l.foundPpm - 1.27) < 0.02);
    EXPECT_TRUE(impurity);
    ASSERT_FALSE(e.regions.empty());
    EXPECT_GT(e.regions.back().centroidPpm, 10.0); // the COOH
    EXPECT_EQ(e.regionProtons.back(), 1);
}

// 4-tert-butyltoluene at 90 MHz as NMRium's simulator renders it (tests/data/SOURCES.md): at SNR
// 112 its TMS line (0.41 H) is about 5 σ tall, a signal region of its own that no peak stands out
// of. It was read into the tert-butyl singlet's multiplet 1.3 ppm away (one region from -0.04 to
// 1.39 ppm); it is no part of the molecule.
TEST(Evidence, AFaintLineNoPeakStandsOutOfIsNoPartOfTheMolecule) {
    // As the analysis reads a spectrum the spectrometer processed: its baseline and axis kept.
    const Spectrum spectrum =
        loadSpectrum(SPINHANCE_SOURCE_DIR "/tests/data/analysis/4-tert-butyltoluene-90mhz-peer.jdx",
                     Processing::AsRead);
    FitData data = cropToRegion(fitDataFromSpectrum(spectrum), -0.5, 13.5); // the 1H window
    const Evidence e = gatherEvidence(data, spectrum.solvent, 16);
    ASSERT_EQ(e.regions.size(), 3u) << regionsText(e); // C(CH3)3, CH3, the ring
    EXPECT_GT(e.regions.front().fromPpm, 1.2);
    EXPECT_TRUE(std::any_of(e.knownLines.begin(), e.knownLines.end(), [](const FoundLine& l) {
        return l.line.kind == KnownLineKind::Impurity && l.line.name == "TMS" &&
               std::abs(l.foundPpm) < 0.01;
    })); // set aside, and named for the line it stands where
}

// Propionanilide at 500 MHz in CDCl3 (nmr-dataset1 620-71-3, tests/data/SOURCES.md), read
// without a proton count: CHCl3 stands 17 Hz from the meta triplet, so only its core is masked,
// and its wings (0.58 H, one line at the mask's edge) had made a 1 H region of their own; with
// the anilide's broad NH the aromatic regions then held 7 H, and no phenyl template was proposed.
// The wings are the solvent's: the ring's 5 H are proposed as a phenyl over its three multiplets.
TEST(Evidence, TheWingsOfASolventLineBesideAMultipletAreNoPartOfTheMolecule) {
    const Spectrum spectrum = loadSpectrum(
        SPINHANCE_SOURCE_DIR "/tests/data/analysis/propionanilide-500mhz-nmrdataset1.dx",
        Processing::AsRead);
    FitData data = cropToRegion(fitDataFromSpectrum(spectrum), -0.5, 13.5); // the 1H window
    const Evidence e = gatherEvidence(data, spectrum.solvent, 0);
    const std::string regions = regionsText(e);
    const auto chcl3 = std::find_if(e.knownLines.begin(), e.knownLines.end(),
                                    [](const FoundLine& l) { return l.line.name == "CHCl3"; });
    ASSERT_NE(chcl3, e.knownLines.end());
    for (const SignalRegion& r : e.regions)
        EXPECT_FALSE(r.fromPpm < chcl3->foundPpm && r.toPpm > chcl3->foundPpm) << regions;
    int ring = 0; // the phenyl's multiplets: 7.55 (2 H), 7.34 (2 H), 7.12 (1 H)
    for (std::size_t r = 0; r < e.regions.size(); ++r)
        if (e.regions[r].centroidPpm > 7.0 && !readsAsExchangeableLine(e, r))
            ring += e.regionProtons[r];
    EXPECT_EQ(ring, 5) << regions;
    bool phenyl = false;
    for (const Hypothesis& h : multipletProposals(data, e))
        phenyl = phenyl || h.origin == "multiplets + ring over 3 regions";
    EXPECT_TRUE(phenyl) << regions;
}

// α-D-glucose at 600 MHz in DMSO-d6 (nmr-dataset1 492-62-6), read with `protons` given (0: none).
Evidence glucoseEvidence(int protons) {
    const Spectrum spectrum =
        loadSpectrum(SPINHANCE_SOURCE_DIR "/tests/data/analysis/glucose-600mhz-nmrdataset1.dx",
                     Processing::AsRead);
    FitData data = cropToRegion(fitDataFromSpectrum(spectrum), -0.5, 13.5); // the 1H window
    return gatherEvidence(data, spectrum.solvent, protons);
}

// Each multiplet the NMReDATA of 492-62-6 assigns (Displayer_492-62-6.nmredata.sdf,
// <NMREDATA_1D_1H>) stands in a region of one proton.
void expectEachGlucoseMultipletHoldsOneProton(const Evidence& e) {
    const std::string regions = regionsText(e);
    for (double ppm : {6.19542, 4.90278, 4.75399, 4.61642, 4.43557, 4.34912, 3.58745, 3.55227,
                       3.44009, 3.41876, 3.10431, 3.03420}) {
        const int r = regionOf(e, ppm);
        ASSERT_GE(r, 0) << ppm << " ppm " << regions;
        EXPECT_EQ(e.regionProtons[std::size_t(r)], 1) << ppm << " ppm " << regions;
    }
}

// A strong TMS line keeps its 29Si satellites (2J(Si,H) 6.6 Hz, 2.34 % each) beside its masked
// core: α-D-glucose at 600 MHz in DMSO-d6 (nmr-dataset1 492-62-6), TMS 5 times the molecule's
// tallest line. As a region of their own they held a third of a proton and, without a given
// count, set the scale: every proton read 3 H, 40 H in all, and four OH doublets made 3 H
// "olefinic" regions whose ring templates gave 3240 starts. They are known lines; each
// multiplet NMReDATA assigns holds one proton.
TEST(Evidence, TheSiliconSatellitesOfTmsAreNoPartOfTheMolecule) {
    const Evidence e = glucoseEvidence(0);
    const std::string regions = regionsText(e);
    int satellites = 0;
    for (const FoundLine& l : e.knownLines)
        satellites += l.line.name == "29Si satellite of TMS" ? 1 : 0;
    EXPECT_EQ(satellites, 2) << regions;
    for (const SignalRegion& r : e.regions)
        EXPECT_GT(std::min(r.fromPpm, r.toPpm), 0.1) << regions;
    expectEachGlucoseMultipletHoldsOneProton(e);
}

// Given its count, a molecule cannot spread over more regions than it has protons: the same
// glucose file shows 13 regions for its 12 H, the 13th a sharp singlet at 3.33 ppm, water in
// DMSO-d6 (Fulmer 2010), sharp in this dry sample where knownlines takes only a broad line for
// water. Each region holds at least one proton, so the count had read 13 H. That singlet is set
// aside as water; the 12 multiplets NMReDATA assigns keep one proton each.
TEST(Evidence, AGivenCountSetsAsideTheSharpWaterLineItHasNoProtonFor) {
    const Evidence e = glucoseEvidence(12);
    const std::string regions = regionsText(e);
    EXPECT_EQ(e.regions.size(), 12u) << regions;
    EXPECT_EQ(e.totalProtons, 12) << regions;
    bool water = false;
    for (const FoundLine& l : e.knownLines)
        water = water || (l.line.name == "H2O" && std::abs(l.foundPpm - 3.33) < 0.01);
    EXPECT_TRUE(water) << regions;
    expectEachGlucoseMultipletHoldsOneProton(e);
}

// In D2O the HDO line (4.79 ppm, Fulmer 2010) may stand beside a molecule's taller singlet within
// the 0.1 ppm its temperature shift is allowed: a 2 H singlet at 4.70 ppm (an OCH2 next to a
// ring) must stay the molecule's, the smaller line at 4.79 is the solvent's.
TEST(Evidence, TheHdoLineIsTheOneNearestItsLiteratureShiftNotTheTallest) {
    SpinSystem sample;
    sample.addGroup(7.61, 1);
    sample.addGroup(4.70, 2);
    sample.addGroup(4.79, 1); // stands for HDO
    sample.addGroup(2.46, 3);
    Spectrum spectrum = analysistest::syntheticSpectrum(sample, 60.0, 300.0, 15, 1.0, 0.5, 0.0);
    spectrum.solvent = "D2O";
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "D2O", 6);
    int hdo = 0;
    for (const FoundLine& l : e.knownLines)
        if (l.line.name == "HDO") {
            ++hdo;
            EXPECT_NEAR(l.foundPpm, 4.79, 0.005);
        }
    EXPECT_EQ(hdo, 1);
    const std::string regions = regionsText(e);
    ASSERT_EQ(e.regions.size(), 3u) << regions;
    EXPECT_NEAR(e.regions[1].centroidPpm, 4.70, 0.02) << regions;
    EXPECT_EQ(e.regionProtons, (std::vector<int>{3, 2, 1})) << regions;
}

// Ethylbenzene at 60 MHz (CDCl3; Pretsch 2009: ring 7.28/7.20/7.17, CH2 2.64 q, CH3 1.23 t,
// J 7.6 Hz) with CHCl3 worth 1.5 H inside the ring's lump: the solvent's flanks stay in the
// ring's integral, which on one scale would take 6 of the given 10 H and leave the CH3 2. On the
// scale the CH2 and CH3 set, the ring holds 5 and the rest is the solvent's.
TEST(Evidence, ABuriedSolventLineLeavesTheCleanRegionsWhole) {
    SpinSystem ethylbenzene;
    addMonosubstitutedRing(ethylbenzene, 7.20, 7.28, 7.17);
    ethylbenzene.addGroup(2.64, 2);
    ethylbenzene.addGroup(1.23, 3);
    ethylbenzene.setCouplingHz(5, 6, 7.6);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(ethylbenzene, 60.0, 300.0, 16, 1.0, 0.5, 1.5);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 10);
    const std::string regions = regionsText(e);
    EXPECT_EQ(e.regionProtons, (std::vector<int>{3, 2, 5})) << regions;
    ASSERT_EQ(e.regions.size(), 3u);
    EXPECT_NEAR(e.regions[2].integral / e.regions[1].integral, 2.5, 0.15) << regions;
}

// Ethyl crotonate at 60 MHz with CHCl3 worth a whole proton 3.6 Hz beside the edge of H3's
// multiplet (as in `analysisbench`), no proton count given: the solvent's flanks left 1.45 H in
// H3's region, and the one scale that rounds that well is half a proton (21 H: every count
// doubled, and the search then looked for 11 groups). The clean regions set the scale instead.
// Cumene at 90 MHz (CDCl3; Pretsch: ring 7.30 / 7.23 / 7.19 ppm, CH 2.91, CH3 1.26, J 6.9 Hz):
// the ring's five protons make one lump whose top holds CHCl3 (0.9 H), so the line is found
// already buried. Bridged, its stretch took the lump's top with it (4 H of 5 on the 12 H scale,
// the methyls 7); read as measured, with the line's own area taken out, the ring keeps its 5 H.
// That reading is at least the integrals' other one.
TEST(Evidence, ASolventLineOnTopOfARingLumpIsAlsoReadAsMeasured) {
    SpinSystem cumene;
    addMonosubstitutedRing(cumene, 7.23, 7.30, 7.19);
    const std::size_t ch = cumene.addGroup(2.91, 1);
    const std::size_t methyls = cumene.addGroup(1.26, 6);
    cumene.setCouplingHz(ch, methyls, 6.9);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(cumene, 90.0, 500.0, 43, 1.0, 0.5, 0.9);
    FitData data = fitDataFromSpectrum(spectrum);
    std::optional<EvidenceReading> other;
    const Evidence e = gatherEvidence(data, "CDCl3", 12, &other);
    const std::vector<int> truth = {6, 1, 5};
    const bool asMeasured =
        e.regionProtons == truth || (other && other->evidence.regionProtons == truth);
    EXPECT_TRUE(asMeasured) << regionsText(e)
                            << (other ? "other: " + regionsText(other->evidence) : "no other");
}

TEST(Evidence, ABuriedSolventLineDoesNotSetTheScaleWithoutAGivenCount) {
    const Spectrum spectrum = analysistest::syntheticSpectrum(analysistest::ethylCrotonate(), 60.0,
                                                              400.0, 3, 1.0, 1.0, 1.0);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, spectrum.solvent, 0);
    const std::string regions = regionsText(e);
    EXPECT_EQ(e.regionProtons, (std::vector<int>{3, 3, 2, 1, 1})) << regions;
    EXPECT_EQ(e.totalProtons, 10) << regions;
    ASSERT_EQ(e.regions.size(), 5u);
    EXPECT_NEAR(e.regions[4].integral / e.regions[3].integral, 1.0, 0.15) << regions;
}

// A wet sample's water is one broad exchange-averaged hump holding any share of a proton
// (propionanilide at 500 MHz, nmr-dataset1: 0.57 H, 48 Hz wide, at 1.83 ppm in CDCl3), and sharp
// lines can stand on its flank (there a 13C satellite triplet). Ethyl crotonate at 400 MHz with
// such a hump (0.55 H, 40 Hz, at 3.0 ppm, clear of the molecule and of the CDCl3 water window)
// and two satellite-sized lines beside its top.
Spectrum ethylCrotonateWithWaterHump() {
    Spectrum spectrum =
        analysistest::syntheticSpectrum(analysistest::ethylCrotonate(), 400.0, 5000.0, 11);
    const PpmGrid grid{spectrum.ppm.front(), spectrum.ppm.back(), int(spectrum.ppm.size())};
    LineModel line;
    line.linewidthHz = 1.0;
    line.scale = 1.0;
    SpinSystem hump, satellites;
    hump.addGroup(3.0, 1);
    hump.group(0).extraWidthHz = 39.0;
    satellites.addGroup(2.94, 1);
    satellites.addGroup(3.06, 1);
    const std::vector<double> humpCurve = renderFitModel(hump, line, grid, 400.0),
                              satelliteCurve = renderFitModel(satellites, line, grid, 400.0);
    for (std::size_t i = 0; i < spectrum.real.size(); ++i)
        spectrum.real[i] += 0.55 * humpCurve[i] + 0.005 * satelliteCurve[i];
    return spectrum;
}

// Without a given count the hump's region has three lines, and its area, half a proton on the
// molecule's scale, had set a scale of half a proton (every count doubled). A hump sets no scale:
// the molecule keeps 3, 3, 2, 1, 1.
TEST(Evidence, ABroadWaterHumpDoesNotSetTheScaleWithoutAGivenCount) {
    const Spectrum spectrum = ethylCrotonateWithWaterHump();
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, spectrum.solvent, 0);
    const std::string regions = regionsText(e);
    std::vector<int> moleculeCounts;
    for (std::size_t r = 0; r < e.regions.size(); ++r)
        if (std::abs(e.regions[r].centroidPpm - 3.0) > 0.2)
            moleculeCounts.push_back(e.regionProtons[r]);
    EXPECT_EQ(moleculeCounts, (std::vector<int>{3, 3, 2, 1, 1})) << regions;
    EXPECT_LE(e.totalProtons, 11) << regions;
}

// The same hump is one broad line for the proposals too, its satellites on the flank
// notwithstanding (they hold a few percent of its area): a lone group there starts as a broad
// line of its width (it had started sharp and the search coupled it to the ring protons to spread
// it: propionanilide's water at 1.84 ppm, 500 MHz, no proton count given). No region of the
// molecule's reads so.
TEST(Evidence, ABroadHumpWithSatellitesOnItsFlankIsOneBroadLine) {
    const Spectrum spectrum = ethylCrotonateWithWaterHump();
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, spectrum.solvent, 0);
    const std::string regions = regionsText(e);
    const int hump = regionOf(e, 3.0);
    ASSERT_GE(hump, 0) << regions;
    EXPECT_GE(e.multiplets[std::size_t(hump)].lines, 3) << regions;
    EXPECT_TRUE(readsAsExchangeableLine(e, std::size_t(hump))) << regions;
    EXPECT_NEAR(broadLineExtraHz(e, 3.0), 39.0, 6.0) << regions;
    for (std::size_t r = 0; r < e.regions.size(); ++r) {
        if (int(r) == hump) continue;
        EXPECT_FALSE(readsAsExchangeableLine(e, r)) << r << regions;
    }
    SpinSystem start = analysistest::ethylCrotonate();
    start.addGroup(3.0, 1);
    const SpinSystem marked = withBroadSingletsMarked(start, e);
    for (std::size_t g = 0; g + 1 < marked.size(); ++g)
        EXPECT_EQ(marked.group(g).extraWidthHz, 0.0) << g;
    EXPECT_NEAR(marked.group(marked.size() - 1).extraWidthHz, 39.0, 6.0);
}

// An anilide's NH is one broad line among the ring's multiplets (propionanilide in CDCl3 at
// 500 MHz, nmr-dataset1 620-71-3: 7.41 ppm, 12 Hz wide, between the ortho and meta protons).
// Acetanilide-like at 400 MHz (illustrative shifts: ortho 7.50, meta 7.31, para 7.10 ppm, the
// ring's textbook J; NH 7.40 ppm, 12 Hz; CH3 2.17 ppm):
// counted with the ring's, the aromatic regions held 6 H and no phenyl template was proposed over
// them. The NH's region is no ring proton's: the ring's 5 H are proposed as a phenyl.
TEST(Proposals, AnExchangingNhAmongARingsMultipletsLeavesTheRingTemplates) {
    SpinSystem molecule;
    addMonosubstitutedRing(molecule, 7.50, 7.31, 7.10);
    molecule.addGroup(2.17, 3);
    Spectrum spectrum = analysistest::syntheticSpectrum(molecule, 400.0, 400.0, 5, 1.0, 0.5, 0.0);
    const PpmGrid grid{spectrum.ppm.front(), spectrum.ppm.back(), int(spectrum.ppm.size())};
    LineModel line;
    line.linewidthHz = 1.0;
    line.scale = 1.0;
    SpinSystem nh;
    nh.addGroup(7.40, 1);
    nh.group(0).extraWidthHz = 11.0;
    const std::vector<double> nhCurve = renderFitModel(nh, line, grid, 400.0),
                              moleculeCurve = renderFitModel(molecule, line, grid, 400.0);
    // The NH on the molecule's proton scale: the rendered molecule's tallest line (the CH3) onto
    // the spectrum's.
    const double scale = *std::max_element(spectrum.real.begin(), spectrum.real.end()) /
                         *std::max_element(moleculeCurve.begin(), moleculeCurve.end());
    for (std::size_t i = 0; i < spectrum.real.size(); ++i)
        spectrum.real[i] += scale * nhCurve[i];
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 9);
    const std::string regions = regionsText(e);
    const int nhRegion = regionOf(e, 7.40);
    ASSERT_GE(nhRegion, 0) << regions;
    ASSERT_EQ(e.regionProtons[std::size_t(nhRegion)], 1) << regions;
    EXPECT_TRUE(readsAsExchangeableLine(e, std::size_t(nhRegion))) << regions;
    bool phenyl = false;
    for (const Hypothesis& h : multipletProposals(data, e))
        phenyl = phenyl || h.origin.rfind("multiplets + ring over", 0) == 0;
    EXPECT_TRUE(phenyl) << regions;
}

// Ranks by shift (0 = highest) of the ortho, meta and para protons of a phenyl template whose
// groups lie in [fromPpm, toPpm], told apart by their ortho J (above 5 Hz) partners: an ortho
// proton has one (its meta), a meta two (an ortho and the para), the para two metas. Empty when
// the groups there are no such ring.
std::vector<int> phenylOrderIn(const SpinSystem& s, double fromPpm, double toPpm) {
    std::vector<std::size_t> in;
    for (std::size_t g = 0; g < s.size(); ++g)
        if (s.group(g).shiftPpm >= fromPpm && s.group(g).shiftPpm <= toPpm) in.push_back(g);
    if (in.size() != 5) return {};
    auto partners = [&](std::size_t g) {
        std::vector<std::size_t> out;
        for (std::size_t k : in)
            if (std::abs(s.couplingHz(g, k)) > 5.0) out.push_back(k);
        return out;
    };
    std::optional<std::size_t> ortho, meta, para;
    for (std::size_t g : in) {
        const std::vector<std::size_t> p = partners(g);
        if (p.size() == 1) ortho = g;
        if (p.size() == 2 && partners(p[0]).size() == 2 && partners(p[1]).size() == 2) para = g;
        if (p.size() == 2 && (partners(p[0]).size() == 1 || partners(p[1]).size() == 1)) meta = g;
    }
    if (!ortho || !meta || !para) return {};
    std::vector<int> ranks;
    for (std::size_t g : {*ortho, *meta, *para}) {
        int rank = 0;
        for (std::size_t k : {*ortho, *meta, *para})
            rank += s.group(k).shiftPpm > s.group(g).shiftPpm ? 1 : 0;
        ranks.push_back(rank);
    }
    return ranks;
}

// Three phenyls in three aromatic multiplets (illustrative shifts at 90 MHz, each ring's ortho,
// meta and para protons in another order): the templates' every combination would be 6^3 = 216
// starts, each an exact fit before any search (four olefinic 3 H regions of glucose's OH lines
// at 600 MHz made 3240, 20 CPU minutes). The starts stay within what the search can afford and
// still hold each ring's true order.
TEST(Proposals, ManyRingRegionsGetEachRingsOrdersWithoutEveryCombination) {
    const std::vector<std::array<double, 3>> rings = {
        {8.35, 8.28, 8.22}, {7.18, 7.25, 7.21}, {6.38, 6.45, 6.52}};
    SpinSystem molecule;
    for (const std::array<double, 3>& ring : rings)
        addMonosubstitutedRing(molecule, ring[0], ring[1], ring[2]);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(molecule, 90.0, 300.0, 29, 1.0, 0.5, 0.0);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 15);
    const std::string regions = regionsText(e);
    const std::vector<Hypothesis> starts = multipletProposals(data, e);
    std::size_t ringStarts = 0;
    for (const Hypothesis& h : starts)
        ringStarts += h.origin == "multiplets + ring" ? 1 : 0;
    EXPECT_GE(ringStarts, 6u) << regions;
    EXPECT_LE(ringStarts, 64u) << regions;
    for (const std::array<double, 3>& ring : rings) {
        const int r = regionOf(e, ring[1]);
        ASSERT_GE(r, 0) << regions;
        ASSERT_EQ(e.regionProtons[std::size_t(r)], 5) << regions;
        const double fromPpm = e.regions[std::size_t(r)].fromPpm,
                     toPpm = e.regions[std::size_t(r)].toPpm;
        SpinSystem truth;
        addMonosubstitutedRing(truth, ring[0], ring[1], ring[2]);
        const std::vector<int> truthOrder = phenylOrderIn(truth, 0.0, 10.0);
        bool found = false;
        for (const Hypothesis& h : starts)
            found = found || (h.origin == "multiplets + ring" &&
                              phenylOrderIn(h.system, std::min(fromPpm, toPpm),
                                            std::max(fromPpm, toPpm)) == truthOrder);
        EXPECT_TRUE(found) << ring[1] << " ppm " << regions;
    }
}

// Toluene (CDCl3; Pretsch 2009: ring 7.25/7.17/7.15, CH3 2.35) with the same CHCl3: one clean
// region is whole on any scale and says nothing, so the one-scale counts stay.
TEST(Evidence, ABuriedSolventLineNeedsTwoCleanRegionsToBeTakenOut) {
    SpinSystem toluene;
    addMonosubstitutedRing(toluene, 7.17, 7.25, 7.15);
    toluene.addGroup(2.35, 3);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(toluene, 60.0, 300.0, 17, 1.0, 0.5, 1.5);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 8);
    const std::string regions = regionsText(e);
    EXPECT_EQ(e.regionProtons, (std::vector<int>{3, 5})) << regions;
}

// Cumene at 60 MHz (CDCl3; Pretsch 2009: ring 7.23/7.30/7.19, CH 2.91 septet, CH3 1.26 d,
// J 6.9 Hz) with CHCl3 worth 1 H at 7.26: the ring's lines collapse into one lump about 2 Hz wide
// with the solvent at its top, which passes for the lone solvent line. Subtracted as one, or
// bridged over as a buried line, the lump loses most of its 5 H; read as measured, with the
// solvent's excess taken out on the scale the CH and CH3 set, the given 12 H come out whole.
TEST(Evidence, ARingCollapsedIntoOneLumpWithTheSolventKeepsItsProtons) {
    SpinSystem cumene;
    addMonosubstitutedRing(cumene, 7.23, 7.30, 7.19);
    cumene.addGroup(2.91, 1);
    cumene.addGroup(1.26, 6);
    cumene.setCouplingHz(5, 6, 6.9);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(cumene, 60.0, 300.0, 18, 1.0, 0.5, 1.0);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 12);
    const std::string regions = regionsText(e);
    EXPECT_EQ(e.regionProtons, (std::vector<int>{6, 1, 5})) << regions;
    ASSERT_EQ(e.regions.size(), 3u);
    EXPECT_NEAR(e.regions[2].integral / e.regions[1].integral, 5.0, 0.3) << regions;
}

// 2-Methylfuran's H5 (7.28 ppm, a 1.9/0.9 Hz dd; typical CDCl3 values, Pretsch 2009) lies
// 1.2 Hz from the CHCl3 line (half a proton here) at 60 MHz: the lines merge into one narrow
// lump that passes for the lone solvent line. Subtracted as one, the lump's proton is lost and
// the given 6 H no longer come out whole; read as a multiplet with the solvent at its core, they
// do.
TEST(Evidence, AMultipletUnderTheSolventLineKeepsItsProtonWhenTheCountIsGiven) {
    SpinSystem furan;
    furan.addGroup(7.28, 1);
    furan.addGroup(6.27, 1);
    furan.addGroup(5.96, 1);
    furan.addGroup(2.29, 3);
    furan.setCouplingHz(0, 1, 1.9);
    furan.setCouplingHz(1, 2, 3.1);
    furan.setCouplingHz(0, 2, 0.9);
    furan.setCouplingHz(2, 3, 1.0);
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(furan, 60.0, 150.0, 14, 1.0, 0.5, 0.5);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence e = gatherEvidence(data, "CDCl3", 6);
    const std::string regions = regionsText(e);
    ASSERT_FALSE(e.regions.empty());
    EXPECT_NEAR(e.regions.back().centroidPpm, 7.28, 0.02) << regions;
    EXPECT_EQ(e.regionProtons.back(), 1) << regions;
    EXPECT_EQ(e.regionProtons.front(), 3) << regions;
    for (const FoundLine& l : e.knownLines) {
        if (l.line.name == "CHCl3") {
            EXPECT_FALSE(l.isolated);
        }
    }
}

// The multiplet table of ethyl crotonate at 60 MHz against its first-order reading: the OCH2
// quartet and the CH3 triplet of J 7.1 Hz, integrals on the 10 H scale.
TEST(MultipletTable, EthylCrotonateQuartetAndTripletWithTheirIntegrals) {
    const Spectrum spectrum =
        analysistest::syntheticSpectrum(analysistest::ethylCrotonate(), 60.0, 300.0, 11);
    FitData data = fitDataFromSpectrum(spectrum);
    const std::vector<MultipletRow> rows = multipletTable(gatherEvidence(data, "CDCl3", 10));
    ASSERT_EQ(rows.size(), 5u);
    const std::vector<double> protons = {3, 3, 2, 1, 1}; // 1.28, 1.88, 4.18, 5.84, 6.97 ppm
    for (std::size_t r = 0; r < rows.size(); ++r) {
        EXPECT_NEAR(rows[r].integralProtons, protons[r], 0.15) << rows[r].centrePpm;
        EXPECT_EQ(rows[r].protons, int(protons[r]));
        EXPECT_LE(rows[r].fromPpm, rows[r].centrePpm);
        EXPECT_GE(rows[r].toPpm, rows[r].centrePpm);
    }
    EXPECT_EQ(rows[0].multiplicity, "t");
    EXPECT_EQ(rows[2].multiplicity, "q");
    EXPECT_NEAR(rows[2].centrePpm, 4.18, 0.01);
    ASSERT_FALSE(rows[2].splittingsHz.empty());
    EXPECT_NEAR(rows[2].splittingsHz.front(), 7.1, 0.3);
    const std::string csv = multipletTableCsv(rows);
    EXPECT_EQ(csv.substr(0, csv.find('\n')),
              "from_ppm,to_ppm,centre_ppm,multiplicity,lines,width_Hz,integral_H,protons,"
              "splittings_Hz");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 6);
}

TEST(MultipletTable, MultiplicityNamesFollowTheLineCount) {
    EXPECT_EQ(multiplicityFromLines(1), "s");
    EXPECT_EQ(multiplicityFromLines(4), "q");
    EXPECT_EQ(multiplicityFromLines(7), "sept");
    EXPECT_EQ(multiplicityFromLines(12), "m");
    EXPECT_EQ(multiplicityFromLines(0), "m");
}

} // namespace
} // namespace spinhance::analysis
