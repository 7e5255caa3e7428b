// Linear probes recover what is linearly there and nothing else.
#include "common/error.h"
#include "inspect/probes.h"
#include "randommatrix.h"

#include <gtest/gtest.h>
#include <random>

namespace spinhance::inspect {
namespace {

using testdata::gaussian;

TEST(Probe, RegressionRecoversALinearTargetAndNotNoise) {
    const Activations x = gaussian(500, 16, 1);
    std::mt19937 rng(2);
    std::normal_distribution<double> noise(0.0, 0.05);
    std::vector<double> shift(500), unrelated(500);
    for (int i = 0; i < 500; ++i) {
        shift[std::size_t(i)] = 4.0 + 0.8 * x(i, 2) - 0.3 * x(i, 7) + noise(rng);
        unrelated[std::size_t(i)] = noise(rng);
    }
    EXPECT_GT(regressionProbeR2(x, shift), 0.99);
    EXPECT_LT(regressionProbeR2(x, unrelated), 0.1);
}

TEST(Probe, ClassificationSeparatesLinearlySeparableClasses) {
    Activations x = gaussian(600, 8, 3);
    std::vector<int> labels(600), random(600);
    std::mt19937 rng(4);
    for (int i = 0; i < 600; ++i) {
        labels[std::size_t(i)] = i % 3;
        x(i, labels[std::size_t(i)]) += 6.0; // class k sits far out along feature k
        random[std::size_t(i)] = int(rng() % 3);
    }
    EXPECT_GT(classificationProbeAccuracy(x, labels), 0.97);
    EXPECT_LT(classificationProbeAccuracy(x, random), 0.5); // chance is 1/3
}

TEST(Probe, SizeMismatchAndTinySplitsAreErrors) {
    EXPECT_THROW(regressionProbeR2(gaussian(10, 2, 5), std::vector<double>(9)), Error);
    EXPECT_THROW(regressionProbeR2(gaussian(3, 2, 5), std::vector<double>(3)), Error);
    EXPECT_THROW(classificationProbeAccuracy(gaussian(10, 2, 5), std::vector<int>(10, -1)), Error);
}

} // namespace
} // namespace spinhance::inspect
