#include "inspect/similarity.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace spinhance::inspect {

namespace {

void requireSameSamples(const Activations& x, const Activations& y, const char* what) {
    if (x.rows() != y.rows() || x.rows() < 2)
        throw Error(ErrorCode::InvalidArgument,
                    std::string(what) +
                        ": expected two representations of the same samples (at "
                        "least 2), found " +
                        std::to_string(x.rows()) + " and " + std::to_string(y.rows()) + " rows");
}

Activations centred(const Activations& x) {
    return x.rowwise() - x.colwise().mean();
}

// H K H: the Gram matrix centred in feature space.
Eigen::MatrixXd centredGram(const Eigen::MatrixXd& k) {
    const Eigen::VectorXd rowMean = k.rowwise().mean();
    const Eigen::RowVectorXd colMean = k.colwise().mean();
    const double all = k.mean();
    return (k.colwise() - rowMean).rowwise() - colMean +
           Eigen::MatrixXd::Constant(k.rows(), k.cols(), all);
}

Eigen::MatrixXd squaredDistances(const Activations& x) {
    const Eigen::VectorXd norms = x.rowwise().squaredNorm();
    Eigen::MatrixXd d = -2.0 * x * x.transpose();
    d.colwise() += norms;
    d.rowwise() += norms.transpose();
    return d.cwiseMax(0.0);
}

Eigen::MatrixXd rbfGram(const Activations& x, double bandwidthFraction) {
    const Eigen::MatrixXd d2 = squaredDistances(x);
    std::vector<double> distances;
    for (Eigen::Index i = 0; i < d2.rows(); ++i)
        for (Eigen::Index j = i + 1; j < d2.cols(); ++j)
            distances.push_back(std::sqrt(d2(i, j)));
    auto middle = distances.begin() + long(distances.size() / 2);
    std::nth_element(distances.begin(), middle, distances.end());
    const double sigma = std::max(1e-300, bandwidthFraction * *middle);
    return (-d2 / (2.0 * sigma * sigma)).array().exp().matrix();
}

// Orthonormal basis of the directions of centred `x` that keep `keptVariance` of its variance.
Eigen::MatrixXd reducedBasis(const Activations& x, double keptVariance) {
    const Eigen::BDCSVD<Eigen::MatrixXd> svd(centred(x), Eigen::ComputeThinU);
    const Eigen::VectorXd variance = svd.singularValues().array().square();
    const double total = variance.sum();
    Eigen::Index keep = 0;
    for (double sum = 0.0; keep < variance.size() && sum < keptVariance * total; ++keep)
        sum += variance[keep];
    return svd.matrixU().leftCols(std::max<Eigen::Index>(keep, 1));
}

} // namespace

double linearCka(const Activations& x, const Activations& y) {
    requireSameSamples(x, y, "linear CKA");
    const Activations cx = centred(x), cy = centred(y);
    const double cross = (cy.transpose() * cx).squaredNorm();
    const double selfX = (cx.transpose() * cx).norm(), selfY = (cy.transpose() * cy).norm();
    return selfX > 0 && selfY > 0 ? cross / (selfX * selfY) : 0.0;
}

double rbfCka(const Activations& x, const Activations& y, double bandwidthFraction) {
    requireSameSamples(x, y, "RBF CKA");
    const Eigen::MatrixXd k = centredGram(rbfGram(x, bandwidthFraction));
    const Eigen::MatrixXd l = centredGram(rbfGram(y, bandwidthFraction));
    const double kl = (k.array() * l.array()).sum();
    const double kk = (k.array() * k.array()).sum(), ll = (l.array() * l.array()).sum();
    return kk > 0 && ll > 0 ? kl / std::sqrt(kk * ll) : 0.0;
}

double svcca(const Activations& x, const Activations& y, double keptVariance) {
    requireSameSamples(x, y, "SVCCA");
    // Canonical correlations are the singular values of QxᵀQy for orthonormal bases Qx, Qy.
    const Eigen::MatrixXd qx = reducedBasis(x, keptVariance), qy = reducedBasis(y, keptVariance);
    const Eigen::VectorXd correlations =
        Eigen::JacobiSVD<Eigen::MatrixXd>(qx.transpose() * qy).singularValues();
    return correlations.size() > 0 ? std::min(1.0, correlations.mean()) : 0.0;
}

namespace {

double alignment(const Eigen::MatrixXd& k, const Eigen::MatrixXd& l) {
    const double kl = (k.array() * l.array()).sum();
    const double kk = (k.array() * k.array()).sum(), ll = (l.array() * l.array()).sum();
    return kk > 0 && ll > 0 ? kl / std::sqrt(kk * ll) : 0.0;
}

} // namespace

PreparedRepresentation prepareRepresentation(const Activations& x, double bandwidthFraction,
                                             double keptVariance) {
    if (x.rows() < 2)
        throw Error(ErrorCode::InvalidArgument,
                    "similarity: expected at least 2 samples, found " + std::to_string(x.rows()));
    const Activations cx = centred(x);
    return {cx * cx.transpose(), centredGram(rbfGram(x, bandwidthFraction)),
            reducedBasis(x, keptVariance)};
}

Similarity similarityOf(const PreparedRepresentation& a, const PreparedRepresentation& b) {
    if (a.linearGram.rows() != b.linearGram.rows())
        throw Error(ErrorCode::InvalidArgument,
                    "similarity: expected representations of the same samples, found " +
                        std::to_string(a.linearGram.rows()) + " and " +
                        std::to_string(b.linearGram.rows()) + " rows");
    // ⟨XXᵀ, YYᵀ⟩ = ‖YᵀX‖²_F: the linear CKA of centred activations, through their
    // Grams.
    const Eigen::VectorXd correlations =
        Eigen::JacobiSVD<Eigen::MatrixXd>(a.basis.transpose() * b.basis).singularValues();
    return {alignment(a.linearGram, b.linearGram), alignment(a.rbfGram, b.rbfGram),
            correlations.size() > 0 ? std::min(1.0, correlations.mean()) : 0.0};
}

Anisotropy anisotropy(const Activations& x) {
    if (x.rows() < 2)
        throw Error(ErrorCode::InvalidArgument,
                    "anisotropy: expected at least 2 samples, found " + std::to_string(x.rows()));
    Anisotropy out;
    Eigen::MatrixXd unit = x;
    for (Eigen::Index i = 0; i < unit.rows(); ++i)
        if (unit.row(i).norm() > 0) unit.row(i).normalize();
    const double n = double(unit.rows());
    // Σ_{i≠j} cos = ‖Σ u_i‖² − Σ ‖u_i‖²
    const double sumAll = unit.colwise().sum().squaredNorm() - unit.rowwise().squaredNorm().sum();
    out.meanPairwiseCosine = sumAll / (n * (n - 1));
    const Eigen::VectorXd variance =
        Eigen::BDCSVD<Eigen::MatrixXd>(centred(x)).singularValues().array().square();
    const double total = variance.sum();
    if (total > 0) {
        out.firstComponentShare = variance[0] / total;
        const Eigen::Index tenth = std::max<Eigen::Index>(1, variance.size() / 10);
        out.topTenthShare = variance.head(tenth).sum() / total;
    }
    return out;
}

} // namespace spinhance::inspect
