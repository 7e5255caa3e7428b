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
