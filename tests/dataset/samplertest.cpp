#include "common/error.h"
#include "dataset/generator.h"
#include "dataset/validation.h"
#include "spin/spinsystemjson.h"

#include <gtest/gtest.h>
#include <cmath>
#include <map>
#include <set>

using namespace spinhance;

namespace {

bool sameSystem(const SpinSystem& a, const SpinSystem& b) {
    if (a.size() != b.size() || a.fragments != b.fragments) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a.group(i).shiftPpm != b.group(i).shiftPpm ||
            a.group(i).protonCount != b.group(i).protonCount)
            return false;
    return a.couplingMatrixHz() == b.couplingMatrixHz();
}

} // namespace

TEST(Sampler, EverySystemIsAValidTarget) {
    const GeneratorOptions options;
    for (std::uint64_t seed = 0; seed < 3000; ++seed) {
        const SpinSystem s = sampleSpinSystem(seed, options);
        const std::vector<std::string> problems = targetProblems(s);
        ASSERT_TRUE(problems.empty()) << "seed " << seed << ": " << problems.front();
        ASSERT_FALSE(s.fragments.empty());
    }
}

TEST(Sampler, SameSeedSameSystemOtherSeedOtherSystem) {
    const GeneratorOptions options;
    EXPECT_TRUE(sameSystem(sampleSpinSystem(42, options), sampleSpinSystem(42, options)));
    int identical = 0;
    for (std::uint64_t seed = 0; seed < 200; ++seed)
        identical +=
            sameSystem(sampleSpinSystem(seed, options), sampleSpinSystem(seed + 1000, options));
    EXPECT_EQ(identical, 0);
}

TEST(Sampler, GroupCountsStayInTheRequestedRangeAndCoverIt) {
    GeneratorOptions options;
    options.minGroups = 3;
    options.maxGroups = 5;
    std::set<std::size_t> seen;
    for (std::uint64_t seed = 0; seed < 500; ++seed) {
        const std::size_t n = sampleSpinSystem(seed, options).size();
        ASSERT_GE(n, 3u);
        ASSERT_LE(n, 5u);
        seen.insert(n);
    }
    EXPECT_EQ(seen, (std::set<std::size_t>{3, 4, 5}));
}

TEST(Sampler, EveryDegeneracyOfTheVocabularyOccurs) {
    std::map<int, int> counts;
    for (std::uint64_t seed = 0; seed < 3000; ++seed) {
        const SpinSystem s = sampleSpinSystem(seed, GeneratorOptions{});
        for (const SpinGroup& g : s.groups())
            ++counts[g.protonCount];
    }
    for (int n : degeneracyVocabulary())
        EXPECT_GT(counts[n], 0) << n << "H never sampled";
}

TEST(Sampler, GroupsAreInCanonicalOrder) {
    for (std::uint64_t seed = 0; seed < 300; ++seed) {
        const SpinSystem s = sampleSpinSystem(seed, GeneratorOptions{});
        for (std::size_t i = 1; i < s.size(); ++i) {
            const SpinGroup &a = s.group(i - 1), &b = s.group(i);
            ASSERT_TRUE(a.shiftPpm > b.shiftPpm ||
                        (a.shiftPpm == b.shiftPpm && a.protonCount >= b.protonCount));
        }
    }
}

// A para-disubstituted ring is AA'BB': two pairs of 1H groups with exactly equal shifts, ortho
// coupling 7.8–8.8 Hz inside each A–B pair and a small meta coupling inside each AA' pair.
TEST(Sampler, ParaRingsAreAaBbWithEqualShiftsInPairs) {
    int rings = 0;
    for (std::uint64_t seed = 0; seed < 2000 && rings < 20; ++seed) {
        const SpinSystem s = sampleSpinSystem(seed, GeneratorOptions{});
        bool hasPara = false;
        for (const std::string& f : s.fragments)
            hasPara |= f.rfind("para-ring:", 0) == 0;
        if (!hasPara) continue;
        int pairs = 0;
        for (std::size_t i = 0; i < s.size(); ++i)
            for (std::size_t j = i + 1; j < s.size(); ++j)
                if (s.group(i).protonCount == 1 && s.group(j).protonCount == 1 &&
                    s.group(i).shiftPpm == s.group(j).shiftPpm && s.couplingHz(i, j) >= 1.8 &&
                    s.couplingHz(i, j) <= 2.6)
                    ++pairs;
        EXPECT_GE(pairs, 2) << "seed " << seed;
        ++rings;
    }
    EXPECT_GT(rings, 0);
}

TEST(Sampler, RejectsAGroupRangeOutsideOneToEight) {
    GeneratorOptions options;
    options.maxGroups = 9;
    EXPECT_THROW(sampleSpinSystem(1, options), Error);
    options.maxGroups = 2;
    options.minGroups = 3;
    EXPECT_THROW(sampleSpinSystem(1, options), Error);
}

// Profiles (issue 15): the default profile is the original sampler draw for draw; the
// molecule-like one follows its group-count weights (GISSMO's shares) and has fewer uncoupled
// systems than the uniform one.
TEST(Sampler, TheDefaultProfileIsTheOriginalSamplerAndProfilesReweight) {
    const SamplerProfile moleculeLike = samplerProfile("molecule-like");
    int oneGroup[2] = {0, 0}, fiveGroups[2] = {0, 0}, uncoupled[2] = {0, 0};
    constexpr int kMolecules = 3000;
    for (std::uint64_t seed = 1; seed <= kMolecules; ++seed) {
        const SampledMolecule original = sampleMolecule(seed, 1, 8);
        const SampledMolecule viaProfile = sampleMolecule(seed, 1, 8, SamplerProfile{});
        ASSERT_EQ(spinSystemToJson(original.system), spinSystemToJson(viaProfile.system));
        const SampledMolecule reweighted = sampleMolecule(seed, 1, 8, moleculeLike);
        const SpinSystem* systems[2] = {&original.system, &reweighted.system};
        for (int k = 0; k < 2; ++k) {
            oneGroup[k] += systems[k]->size() == 1;
            fiveGroups[k] += systems[k]->size() == 5;
            bool coupled = false;
            for (std::size_t i = 0; i < systems[k]->size(); ++i)
                for (std::size_t j = i + 1; j < systems[k]->size(); ++j)
                    coupled = coupled || systems[k]->couplingHz(i, j) != 0.0;
            uncoupled[k] += !coupled;
        }
    }
    // Expected shares: uniform 1/8 = 12.5 % each; molecule-like 3.8 % (1 group), 18.6 % (5).
    EXPECT_NEAR(100.0 * oneGroup[0] / kMolecules, 12.5, 2.0);
    EXPECT_NEAR(100.0 * oneGroup[1] / kMolecules, 3.8, 1.5);
    EXPECT_NEAR(100.0 * fiveGroups[1] / kMolecules, 18.6, 2.5);
    EXPECT_LT(uncoupled[1], uncoupled[0] / 2);
    EXPECT_THROW(samplerProfile("gissmo"), Error);
}

// Issue 15: fields drawn per spectrum, log-uniform over the benchtop range plus a high-field share.
TEST(Generator, AFieldRangeDrawsEachSpectrumsFieldLogUniformlyWithAHighFieldShare) {
    GeneratorOptions options;
    EXPECT_EQ(nominalFieldMHz(7, options), 90.0); // off: the one nominal field
    options.fields = parseFieldDistribution("40-130+0.2");
    int high = 0, low = 0, belowGeometricMean = 0;
    for (std::uint64_t seed = 0; seed < 4000; ++seed) {
        const double field = nominalFieldMHz(seed, options);
        ASSERT_TRUE((field >= 40 && field <= 130) || (field >= 300 && field <= 600)) << field;
        if (field >= 300) {
            ++high;
            continue;
        }
        ++low;
        belowGeometricMean += field < std::sqrt(40.0 * 130.0);
    }
    EXPECT_NEAR(high / 4000.0, 0.2, 0.025);
    EXPECT_NEAR(double(belowGeometricMean) / low, 0.5, 0.03); // log-uniform: half below √(ab)
    // The molecule of a seed does not depend on the fields; its spectrum records its field.
    const DatasetSample at = generateSample(11, options);
    EXPECT_TRUE(sameSystem(at.target, generateSample(11, GeneratorOptions{}).target));
    EXPECT_NEAR(at.fieldMHz, nominalFieldMHz(11, options), 1.0 + 1e-9); // ± the jitter
    for (const char* bad : {"130-40", "40", "0-90", "40-130+2", "40-130+x"})
        EXPECT_THROW(parseFieldDistribution(bad), Error) << bad;
}
