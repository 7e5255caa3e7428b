#include "fit/fitmodel.h"

#include <cmath>

namespace spinhance {

namespace {

std::vector<std::size_t> freeSpinParameters(const ParameterSet& params) {
    std::vector<std::size_t> spin;
    for (std::size_t p : params.freeIndices())
        if (params.all()[p].isSpin()) spin.push_back(p);
    return spin;
}

} // namespace

FitModel::FitModel(const PpmGrid& grid, double fieldMHz, std::vector<double> data,
                   ParameterSet& params, double extraBroadeningHz, double maxAbsCouplingHz,
                   std::vector<double> weight)
    : m_grid(grid),
      m_data(Eigen::Map<const Eigen::VectorXd>(data.data(), Eigen::Index(data.size()))),
      m_params(params), m_extraBroadeningHz(extraBroadeningHz),
      m_maxAbsCouplingHz(maxAbsCouplingHz), m_spinFree(freeSpinParameters(params)),
      m_sensitivity(params.start(), params.all(), m_spinFree, fieldMHz),
      m_renderer(grid, fieldMHz) {
    m_baselineX = Eigen::VectorXd::LinSpaced(m_data.size(), -1.0, 1.0);
    if (!weight.empty())
        m_weight = Eigen::Map<const Eigen::VectorXd>(weight.data(), Eigen::Index(weight.size()));
}

bool FitModel::evaluate(const Eigen::VectorXd& freeValues, Eigen::VectorXd& residual,
                        Eigen::MatrixXd* jacobian) {
    const std::vector<double> values(freeValues.data(), freeValues.data() + freeValues.size());
    m_params.setFreeValues(values);
    const double linewidthHz = m_params.valueOf(ParameterKind::Linewidth);
    if (!(linewidthHz > 0.0) || couplingOutOfRange()) return false;
    m_renderer.setShape(linewidthHz + m_extraBroadeningHz, m_params.valueOf(ParameterKind::Phase));
    const SensitiveSticks sticks = m_sensitivity.evaluate(m_params.system(), jacobian != nullptr);
    m_renderer.setPositions(sticks.frequencyHz);
    m_unitModel.resize(m_data.size());
    m_renderer.render(sticks.intensity.data(), nullptr, LineKernel::Line, m_unitModel.data());
    const double scale = m_params.valueOf(ParameterKind::Scale);
    m_model =
        scale * m_unitModel +
        Eigen::VectorXd::Constant(m_data.size(), m_params.valueOf(ParameterKind::BaselineOffset)) +
        m_params.valueOf(ParameterKind::BaselineSlope) * m_baselineX;
    residual = m_model - m_data;
    m_renderWork.fftPoints += m_renderer.fftLength();
    if (jacobian) {
        fillJacobian(sticks, scale, *jacobian);
        const std::uint64_t free = m_params.freeIndices().size();
        m_renderWork.fftPoints += free * m_renderer.fftLength(); // at most one curve per column
        m_renderWork.jacobianEntries += std::uint64_t(m_data.size()) * free * free;
    }
    if (m_weight.size() == residual.size()) {
        residual.array() *= m_weight.array();
        if (jacobian) jacobian->array().colwise() *= m_weight.array();
    }
    return true;
}

FitWork FitModel::work() const {
    FitWork total = m_renderWork;
    total += m_sensitivity.work();
    return total;
}

bool FitModel::couplingOutOfRange() const {
    if (!(m_maxAbsCouplingHz > 0.0)) return false;
    for (std::size_t p : m_params.freeIndices()) {
        const ModelParameter& m = m_params.all()[p];
        if (m.kind == ParameterKind::Coupling && std::abs(m.value) > m_maxAbsCouplingHz)
            return true;
    }
    return false;
}

void FitModel::fillJacobian(const SensitiveSticks& sticks, double scale,
                            Eigen::MatrixXd& jacobian) {
    const std::vector<std::size_t>& free = m_params.freeIndices();
    jacobian.resize(m_data.size(), Eigen::Index(free.size()));
    Eigen::VectorXd positionWeights(Eigen::Index(sticks.size()));
    const Eigen::Map<const Eigen::VectorXd> intensity(sticks.intensity.data(),
                                                      Eigen::Index(sticks.size()));
    std::size_t spinColumn = 0;
    for (std::size_t k = 0; k < free.size(); ++k) {
        double* column = jacobian.col(Eigen::Index(k)).data();
        switch (m_params.all()[free[k]].kind) {
        case ParameterKind::Shift:
        case ParameterKind::Coupling: {
            const Eigen::Index c = Eigen::Index(spinColumn++);
            positionWeights = intensity.cwiseProduct(sticks.dFrequencyHz.col(c));
            m_renderer.render(sticks.dIntensity.col(c).data(), positionWeights.data(),
                              LineKernel::Line, column);
            jacobian.col(Eigen::Index(k)) *= scale;
            break;
        }
        case ParameterKind::Linewidth:
            m_renderer.render(sticks.intensity.data(), nullptr, LineKernel::WidthDerivative,
                              column);
            jacobian.col(Eigen::Index(k)) *= scale;
            break;
        case ParameterKind::Phase:
            m_renderer.render(sticks.intensity.data(), nullptr, LineKernel::PhaseDerivative,
                              column);
            jacobian.col(Eigen::Index(k)) *= scale;
            break;
        case ParameterKind::Scale:
            jacobian.col(Eigen::Index(k)) = m_unitModel;
            break;
        case ParameterKind::BaselineOffset:
            jacobian.col(Eigen::Index(k)).setOnes();
            break;
        case ParameterKind::BaselineSlope:
            jacobian.col(Eigen::Index(k)) = m_baselineX;
            break;
        }
    }
}

} // namespace spinhance
