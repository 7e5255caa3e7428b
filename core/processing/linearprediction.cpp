#include "processing/linearprediction.h"

#include "common/error.h"

#include <Eigen/Dense>
#include <algorithm>

namespace spinhance {

std::vector<std::complex<double>> predictBackward(const std::vector<std::complex<double>>& points,
                                                  std::size_t count, std::size_t order,
                                                  std::size_t fitRows) {
    if (points.size() < 2 * order + 1)
        throw Error(ErrorCode::InvalidArgument,
                    "backward linear prediction needs at least " + std::to_string(2 * order + 1) +
                        " FID points, found " + std::to_string(points.size()),
                    {{}, 0, "fid"});
    const std::size_t rows = std::min(fitRows, points.size() - order);
    Eigen::MatrixXcd past(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(order));
    Eigen::VectorXcd target(static_cast<Eigen::Index>(rows));
    for (std::size_t r = 0; r < rows; ++r) {
        target[long(r)] = points[r];
        for (std::size_t m = 1; m <= order; ++m)
            past(long(r), long(m - 1)) = points[r + m];
    }
    const Eigen::VectorXcd c = past.colPivHouseholderQr().solve(target);
    // Predicted points feed the following predictions: work on a window that grows to the left.
    std::vector<std::complex<double>> window(points.begin(), points.begin() + long(order));
    std::vector<std::complex<double>> predicted(count);
    for (std::size_t k = 0; k < count; ++k) {
        std::complex<double> value = 0.0;
        for (std::size_t m = 1; m <= order; ++m)
            value += c[long(m - 1)] * window[m - 1];
        window.insert(window.begin(), value);
        window.pop_back();
        predicted[count - 1 - k] = value;
    }
    return predicted;
}

void restoreLeadingPoints(Spectrum& s, std::size_t count) {
    if (!s.fid || count == 0) return;
    Fid& fid = *s.fid;
    const auto predicted = predictBackward(fid.points, count);
    fid.points.insert(fid.points.begin(), predicted.begin(), predicted.end());
    fid.points.resize(fid.points.size() - count);
    fid.groupDelayPoints += double(count);
    s.history.push_back("backward linear prediction of " + std::to_string(count) +
                        " points missed before the first");
}

} // namespace spinhance
