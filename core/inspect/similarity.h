#pragma once

#include <Eigen/Dense>

namespace spinhance::inspect {

/// Activations of one layer: one row per sample, one column per feature.
using Activations = Eigen::MatrixXd;

/// Linear centred kernel alignment (Kornblith et al., ICML 2019):
/// ‖YᵀX‖²_F / (‖XᵀX‖_F ‖YᵀY‖_F) on column-centred X and Y. 1 for identical
/// representations, and unchanged by an orthogonal transform or an isotropic scaling of either.
/// X and Y must have the same rows (samples); throws Error{InvalidArgument} otherwise or for
/// fewer than 2 samples.
double linearCka(const Activations& x, const Activations& y);

/// CKA with Gaussian kernels whose bandwidth is `bandwidthFraction` × the median pairwise distance
/// of each representation (so an isotropic scaling leaves it unchanged); HSIC on centred Grams.
double rbfCka(const Activations& x, const Activations& y, double bandwidthFraction = 0.8);

/// SVCCA (Raghu et al., NeurIPS 2017): each representation reduced by SVD to the directions that
/// keep `keptVariance` of its variance, then the mean canonical correlation between the two.
double svcca(const Activations& x, const Activations& y, double keptVariance = 0.99);

/// One representation made ready to be compared with many others (a layer × layer matrix): its
/// centred linear and RBF Gram matrices and its SVCCA basis, each computed once.
struct PreparedRepresentation {
    Eigen::MatrixXd linearGram; ///< H X Xᵀ H
    Eigen::MatrixXd rbfGram;    ///< H K H, bandwidth as rbfCka
    Eigen::MatrixXd basis;      ///< as svcca keeps it
};

PreparedRepresentation prepareRepresentation(const Activations& x, double bandwidthFraction = 0.8,
                                             double keptVariance = 0.99);

/// The three similarities of two prepared representations of the same samples; equal to
/// linearCka, rbfCka and svcca on the activations themselves.
struct Similarity {
    double linearCka = 0.0;
    double rbfCka = 0.0;
    double svcca = 0.0;
};
Similarity similarityOf(const PreparedRepresentation& a, const PreparedRepresentation& b);

/// How concentrated an embedding space is: the mean cosine between different samples' vectors
/// (≈ 0 for isotropic, → 1 when all point one way) and the share of variance on the first
/// principal component and on the top 10 % of them.
struct Anisotropy {
    double meanPairwiseCosine = 0.0;
    double firstComponentShare = 0.0;
    double topTenthShare = 0.0;
};

Anisotropy anisotropy(const Activations& x);

} // namespace spinhance::inspect
