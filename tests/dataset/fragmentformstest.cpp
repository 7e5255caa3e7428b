// The magnetically inequivalent fragment forms and the sugars of the metabolite-like sampler
// profile (issue 15, item 2): their topology and coupling ranges against the ¹H tables (Pretsch;
// Roslund et al., Carbohydr. Res. 343 (2008) 101 for glucose and galactose), and the profile's
// distance to GISSMO's real systems.
#include "dataset/distributioncompare.h"
#include "dataset/fragments.h"
#include "dataset/gissmo.h"
#include "dataset/sampler.h"
#include "dataset/validation.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>
#include <vector>

using namespace spinhance;

namespace {

SpinSystem built(std::uint64_t seed, void (*build)(MoleculeBuilder&)) {
    Rng rng(seed);
    MoleculeBuilder builder(rng);
    build(builder);
    return builder.finish().system;
}

// Groups whose shift no other group shares, and the pairs that share one.
struct ShiftClasses {
    std::vector<std::size_t> lone;
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
};

ShiftClasses shiftClasses(const SpinSystem& s) {
    ShiftClasses c;
    for (std::size_t i = 0; i < s.size(); ++i) {
        int partners = 0;
        for (std::size_t j = 0; j < s.size(); ++j) {
            if (j == i || s.group(j).shiftPpm != s.group(i).shiftPpm) continue;
            ++partners;
            if (j > i) c.pairs.emplace_back(i, j);
        }
        if (partners == 0) c.lone.push_back(i);
    }
    return c;
}

double j(const SpinSystem& s, std::size_t a, std::size_t b) {
    return s.couplingHz(a, b);
}

double distanceTo(const std::vector<DistributionRow>& a, const std::vector<DistributionRow>& b,
                  const std::string& section, const std::string& bin) {
    for (std::size_t k = 0; k < a.size(); ++k)
        if (a[k].section == section && a[k].bin == bin)
            return std::abs(a[k].percent - b[k].percent);
    ADD_FAILURE() << "no row " << section << " / " << bin;
    return 0.0;
}

double largestDistance(const std::vector<DistributionRow>& a,
                       const std::vector<DistributionRow>& b) {
    double largest = 0.0;
    for (std::size_t k = 0; k < a.size(); ++k)
        largest = std::max(largest, std::abs(a[k].percent - b[k].percent));
    return largest;
}

std::vector<SpinSystem> sampled(const std::string& profileName, int count) {
    const SamplerProfile profile = samplerProfile(profileName);
    std::vector<SpinSystem> systems;
    for (int seed = 1; seed <= count; ++seed)
        systems.push_back(sampleMolecule(std::uint64_t(seed), 1, 8, profile).system);
    return systems;
}

} // namespace

// AA'BB'C: H4 alone; H3/H5 ortho to it, H2/H6 meta to it. Mirror symmetry through C1-C4, and
// H2 couples to H3 (ortho, 7-9 Hz) but to H5 (para, below 1 Hz): magnetically inequivalent.
TEST(FragmentForms, APhenylAsItIsIsAaBbCWithOrthoMetaAndParaCouplings) {
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        const SpinSystem s = built(seed, addPhenylFiveSpin);
        ASSERT_EQ(s.size(), 5u);
        ASSERT_EQ(s.protonCount(), 5);
        const ShiftClasses c = shiftClasses(s);
        ASSERT_EQ(c.lone.size(), 1u) << "seed " << seed;
        ASSERT_EQ(c.pairs.size(), 2u) << "seed " << seed;
        const std::size_t h4 = c.lone[0];
        const bool firstIsMeta = j(s, h4, c.pairs[0].first) > 5.0;
        const auto [h3, h5] = firstIsMeta ? c.pairs[0] : c.pairs[1];
        const auto [h2a, h6a] = firstIsMeta ? c.pairs[1] : c.pairs[0];
        EXPECT_EQ(j(s, h4, h3), j(s, h4, h5));
        EXPECT_EQ(j(s, h4, h2a), j(s, h4, h6a));
        EXPECT_GE(j(s, h4, h3), 7.0);
        EXPECT_LE(j(s, h4, h3), 9.0);
        EXPECT_GE(j(s, h4, h2a), 1.0);
        EXPECT_LE(j(s, h4, h2a), 3.0);
        // Which of H2/H6 is ortho to which of H3/H5: the larger coupling.
        const std::size_t h2 = h2a, h6 = h6a;
        const bool h3NextToH2 = j(s, h2, h3) > j(s, h2, h5);
        const std::size_t orthoOfH2 = h3NextToH2 ? h3 : h5, paraOfH2 = h3NextToH2 ? h5 : h3;
        EXPECT_GE(j(s, h2, orthoOfH2), 7.0);
        EXPECT_LE(j(s, h2, orthoOfH2), 9.0);
        EXPECT_GT(j(s, h2, paraOfH2), 0.0);
        EXPECT_LT(j(s, h2, paraOfH2), 1.0);
        EXPECT_EQ(j(s, h6, paraOfH2), j(s, h2, orthoOfH2));
        EXPECT_EQ(j(s, h6, orthoOfH2), j(s, h2, paraOfH2));
        for (const auto& [a, b] : {std::pair{h2, h6}, std::pair{h3, h5}}) {
            EXPECT_GE(j(s, a, b), 1.0); // meta across C1 or C4
            EXPECT_LE(j(s, a, b), 3.0);
        }
        EXPECT_TRUE(targetProblems(s).empty());
    }
}

// AA'XX' of X-CH2-CH2-Y: each proton couples to the other CH2's two protons by J and J'
// (rotamer averages; J + J' 10-14 Hz, taurine 6.6 + 6.8, choline 2.5 + 7.5), its twin by a
// geminal J (-11.5 to -14.5 Hz), and the twins mirror each other.
TEST(FragmentForms, AnEthyleneBridgeAsItIsIsAaXxWithTwoVicinalCouplings) {
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        const SpinSystem s = built(seed, addEthyleneBridgeFourSpin);
        ASSERT_EQ(s.size(), 4u);
        const ShiftClasses c = shiftClasses(s);
        ASSERT_EQ(c.pairs.size(), 2u) << "seed " << seed;
        const auto [a, a2] = c.pairs[0];
        const auto [x, x2] = c.pairs[1];
        for (const auto& [p, q] : c.pairs) {
            EXPECT_GE(j(s, p, q), -14.5);
            EXPECT_LE(j(s, p, q), -11.5);
        }
        EXPECT_EQ(j(s, a, x), j(s, a2, x2));
        EXPECT_EQ(j(s, a, x2), j(s, a2, x));
        const double sumHz = j(s, a, x) + j(s, a, x2);
        EXPECT_GE(sumHz, 10.0 - 1e-9);
        EXPECT_LE(sumHz, 14.0 + 1e-9);
        EXPECT_GT(std::min(j(s, a, x), j(s, a, x2)), 2.0);
    }
}

// A pyranose ring: H1 (the anomeric proton, lowest field) couples to H2 only, by 3.4-4.0 Hz when
// axial-equatorial (α, 5.05-5.30 ppm) or 7.5-8.2 Hz when trans-diaxial (β, 4.45-4.70 ppm; glucose
// 5.22 / 3.8 Hz and 4.64 / 8.0 Hz); H6a/H6b a geminal pair near -12 Hz; a chain of seven protons.
TEST(FragmentForms, APyranoseHasItsAnomericDoubletAndItsRingChain) {
    int alpha = 0, beta = 0;
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        const SpinSystem s = built(seed, addPyranose);
        ASSERT_EQ(s.size(), 7u);
        ASSERT_EQ(s.protonCount(), 7);
        const std::size_t h1 = 0; // canonical order: lowest field first
        std::vector<std::size_t> partners;
        for (std::size_t g = 1; g < s.size(); ++g)
            if (j(s, h1, g) != 0.0) partners.push_back(g);
        ASSERT_EQ(partners.size(), 1u) << "seed " << seed;
        const double j12 = j(s, h1, partners[0]);
        if (s.group(h1).shiftPpm >= 5.0) {
            ++alpha;
            EXPECT_GE(j12, 3.4);
            EXPECT_LE(j12, 4.0);
        } else {
            ++beta;
            EXPECT_GE(j12, 7.5);
            EXPECT_LE(j12, 8.2);
        }
        int geminal = 0, couplings = 0;
        for (std::size_t a = 0; a < s.size(); ++a)
            for (std::size_t b = a + 1; b < s.size(); ++b) {
                couplings += j(s, a, b) != 0.0;
                geminal += j(s, a, b) < -11.0 && j(s, a, b) > -13.0;
            }
        EXPECT_EQ(couplings, 7); // H1-H2 … H4-H5, H5-H6a, H5-H6b, H6a-H6b
        EXPECT_EQ(geminal, 1);
        for (std::size_t g = 1; g < s.size(); ++g) {
            EXPECT_GE(s.group(g).shiftPpm, 3.2);
            EXPECT_LE(s.group(g).shiftPpm, 4.0);
        }
    }
    EXPECT_GT(alpha, 60); // 40 % α
    EXPECT_GT(beta, 120);
}

// The point of the profile: closer to GISSMO's real systems (never trained on) than molecule-like,
// row by row where it was farthest (1 H groups) and in its largest difference.
TEST(FragmentForms, TheMetaboliteProfileIsCloserToGissmoThanTheMoleculeProfile) {
    const std::filesystem::path dir =
        std::filesystem::path(SPINHANCE_SHARED_DATA_DIR) / "PublicNMRData" / "coupling_info";
    if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no " << dir << " (../shared absent)";
    const auto gissmo = distributionOf(readGissmoFolder(dir.string()).systems, 60.0);
    const auto before = distributionOf(sampled("molecule-like", 4000), 60.0);
    const auto after = distributionOf(sampled("metabolite-like", 4000), 60.0);
    const double oneProtonBefore = distanceTo(before, gissmo, "protons per group", "1");
    const double oneProtonAfter = distanceTo(after, gissmo, "protons per group", "1");
    EXPECT_LT(oneProtonAfter, oneProtonBefore - 10.0);
    EXPECT_LT(distanceTo(after, gissmo, "group shift", "3-4 ppm"),
              distanceTo(before, gissmo, "group shift", "3-4 ppm"));
    EXPECT_LT(largestDistance(after, gissmo), largestDistance(before, gissmo) - 5.0);
}
