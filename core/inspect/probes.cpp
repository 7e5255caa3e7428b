#include "inspect/probes.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace spinhance::inspect {

namespace {

struct Split {
    Eigen::Index train = 0;
    Eigen::Index test = 0;
};

Split splitOf(Eigen::Index rows, std::size_t targets, const ProbeOptions& options,
              const char* what) {
    if (targets != std::size_t(rows))
        throw Error(ErrorCode::InvalidArgument, std::string(what) + ": " + std::to_string(rows) +
                                                    " samples but " + std::to_string(targets) +
                                                    " targets");
    Split s;
    s.train = Eigen::Index(std::floor(options.trainFraction * double(rows)));
    s.test = rows - s.train;
    if (s.train < 2 || s.test < 2)
        throw Error(ErrorCode::InvalidArgument,
                    std::string(what) + ": too few samples for a train/held-out split (" +
                        std::to_string(rows) + ")");
    return s;
}

// Ridge weights (features standardised on the training rows, plus an intercept column).
struct Readout {
    Eigen::RowVectorXd mean, scale;
    Eigen::MatrixXd weights; // (features + 1) × outputs
    Eigen::MatrixXd design(const Activations& x) const {
        Eigen::MatrixXd d(x.rows(), x.cols() + 1);
        d.leftCols(x.cols()) = (x.rowwise() - mean).array().rowwise() / scale.array();
        d.col(x.cols()).setOnes();
        return d;
    }
};

Readout fitReadout(const Activations& x, const Eigen::MatrixXd& y, double ridge) {
    Readout r;
    r.mean = x.colwise().mean();
    r.scale = ((x.rowwise() - r.mean).array().square().colwise().mean()).sqrt().max(1e-12);
    const Eigen::MatrixXd d = r.design(x);
    Eigen::MatrixXd gram = d.transpose() * d;
    gram.diagonal().head(x.cols()).array() += ridge * double(x.rows());
    r.weights = gram.ldlt().solve(d.transpose() * y);
    return r;
}

} // namespace

double regressionProbeR2(const Activations& x, const std::vector<double>& target,
                         const ProbeOptions& options) {
    const Split s = splitOf(x.rows(), target.size(), options, "regression probe");
    const Eigen::Map<const Eigen::VectorXd> y(target.data(), Eigen::Index(target.size()));
    const Readout r = fitReadout(x.topRows(s.train), y.head(s.train), options.ridge);
    const Eigen::VectorXd predicted = r.design(x.bottomRows(s.test)) * r.weights;
    const Eigen::VectorXd truth = y.tail(s.test);
    const double residual = (truth - predicted).squaredNorm();
    const double spread = (truth.array() - truth.mean()).square().sum();
    return spread > 0 ? 1.0 - residual / spread : 0.0;
}

double classificationProbeAccuracy(const Activations& x, const std::vector<int>& labels,
                                   const ProbeOptions& options) {
    const Split s = splitOf(x.rows(), labels.size(), options, "classification probe");
    const int classes = 1 + *std::max_element(labels.begin(), labels.end());
    if (*std::min_element(labels.begin(), labels.end()) < 0)
        throw Error(ErrorCode::InvalidArgument, "classification probe: labels must be 0 … k−1");
    Eigen::MatrixXd oneHot = Eigen::MatrixXd::Zero(x.rows(), classes);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
        oneHot(i, labels[std::size_t(i)]) = 1.0;
    const Readout r = fitReadout(x.topRows(s.train), oneHot.topRows(s.train), options.ridge);
    const Eigen::MatrixXd scores = r.design(x.bottomRows(s.test)) * r.weights;
    int right = 0;
    for (Eigen::Index i = 0; i < s.test; ++i) {
        Eigen::Index best = 0;
        scores.row(i).maxCoeff(&best);
        right += int(best) == labels[std::size_t(s.train + i)];
    }
    return double(right) / double(s.test);
}

} // namespace spinhance::inspect
