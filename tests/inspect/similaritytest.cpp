// Representation similarity against its defining properties (Kornblith et al. 2019; Raghu et al.
// 2017): a representation is identical to itself, to any rotation and to any isotropic scaling of
// itself, and unrelated to independent noise.
#include "inspect/similarity.h"

#include "common/error.h"
#include "randommatrix.h"

#include <gtest/gtest.h>
#include <random>

namespace spinhance::inspect {
namespace {

using testdata::gaussian;

Eigen::MatrixXd randomRotation(Eigen::Index n, unsigned seed) {
    return Eigen::HouseholderQR<Eigen::MatrixXd>(gaussian(n, n, seed)).householderQ();
}

// Features with structure (a few strong directions), as a layer's activations have.
Activations layerLike(unsigned seed) {
    Activations x = gaussian(300, 24, seed);
    for (Eigen::Index j = 0; j < 4; ++j)
        x.col(j) *= 6.0 - double(j);
    return x;
}

TEST(Cka, LinearIsOneForItselfARotationAndAScaling) {
    const Activations x = layerLike(1);
    const Activations rotated = 3.7 * x * randomRotation(x.cols(), 2);
    EXPECT_NEAR(linearCka(x, x), 1.0, 1e-6);
    EXPECT_NEAR(linearCka(x, rotated), 1.0, 1e-6);
    EXPECT_NEAR(linearCka(rotated, x), linearCka(x, rotated), 1e-12); // symmetric
}

TEST(Cka, LinearIsSmallForIndependentNoise) {
    // E[CKA] of independent Gaussians with p features on n samples is about p/n-ish; 24/300.
    EXPECT_LT(linearCka(layerLike(3), gaussian(300, 24, 4)), 0.15);
}

TEST(Cka, LinearSeesASharedSubspace) {
    // Half the features shared: between noise and identity.
    const Activations x = gaussian(300, 20, 5);
    Activations y = gaussian(300, 20, 6);
    y.leftCols(10) = x.leftCols(10);
    const double cka = linearCka(x, y);
    EXPECT_GT(cka, 0.35);
    EXPECT_LT(cka, 0.75);
}

TEST(Cka, RbfIsOneForItselfARotationAndAScaling) {
    const Activations x = layerLike(7);
    const Activations rotated = 0.2 * x * randomRotation(x.cols(), 8);
    EXPECT_NEAR(rbfCka(x, x), 1.0, 1e-6);
    EXPECT_NEAR(rbfCka(x, rotated), 1.0, 1e-6);
    EXPECT_LT(rbfCka(x, gaussian(300, 24, 9)), 0.3);
}

TEST(Svcca, AnInvertibleLinearMapKeepsEveryCanonicalCorrelation) {
    const Activations x = layerLike(10);
    const Activations mixed = x * (gaussian(24, 24, 11) + 5.0 * Eigen::MatrixXd::Identity(24, 24));
    EXPECT_NEAR(svcca(x, x, 1.0), 1.0, 1e-6);
    EXPECT_NEAR(svcca(x, mixed, 1.0), 1.0, 1e-6);
    EXPECT_LT(svcca(x, gaussian(300, 24, 12)), 0.3);
}

TEST(Similarity, MismatchedSamplesAreAnError) {
    EXPECT_THROW(linearCka(gaussian(10, 3, 1), gaussian(11, 3, 2)), Error);
    EXPECT_THROW(rbfCka(gaussian(1, 3, 1), gaussian(1, 3, 2)), Error);
    EXPECT_THROW(svcca(gaussian(10, 3, 1), gaussian(9, 3, 2)), Error);
}

TEST(Anisotropy, IsotropicNoiseVersusOneSharedDirection) {
    const Anisotropy isotropic = anisotropy(gaussian(400, 32, 13));
    EXPECT_NEAR(isotropic.meanPairwiseCosine, 0.0, 0.02);
    EXPECT_LT(isotropic.firstComponentShare, 0.1);
    Activations shared = 0.05 * gaussian(400, 32, 14);
    shared.col(0).array() += 1.0; // every vector points along the first axis
    const Anisotropy narrow = anisotropy(shared);
    EXPECT_GT(narrow.meanPairwiseCosine, 0.9);
    // The shared offset is a mean, not variance: the spread itself stays isotropic.
    EXPECT_LT(narrow.firstComponentShare, 0.1);
    Activations line = gaussian(400, 32, 15) * 0.01;
    line.col(3) += gaussian(400, 1, 16).col(0);
    EXPECT_GT(anisotropy(line).firstComponentShare, 0.95);
    EXPECT_GE(anisotropy(line).topTenthShare, anisotropy(line).firstComponentShare);
}

} // namespace
} // namespace spinhance::inspect

namespace spinhance::inspect {
namespace {

// The layer × layer matrix goes through prepared Grams and bases; each entry must equal the
// direct measure on the activations.
TEST(Similarity, PreparedRepresentationsGiveTheDirectValues) {
    const Activations x = layerLike(5);
    Activations y = gaussian(300, 10, 6);
    y.leftCols(3) += x.leftCols(3); // partly shared
    const Similarity s = similarityOf(prepareRepresentation(x), prepareRepresentation(y));
    EXPECT_NEAR(s.linearCka, linearCka(x, y), 1e-9);
    EXPECT_NEAR(s.rbfCka, rbfCka(x, y), 1e-9);
    EXPECT_NEAR(s.svcca, svcca(x, y), 1e-9);
    EXPECT_GT(s.linearCka, 0.05);
    EXPECT_LT(s.linearCka, 0.99);
    EXPECT_THROW(similarityOf(prepareRepresentation(x), prepareRepresentation(gaussian(20, 3, 7))),
                 Error);
}

} // namespace
} // namespace spinhance::inspect
