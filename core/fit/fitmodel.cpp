#include "fit/fitmodel.h"

#include <algorithm>
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
                   std::vector<double> weight, const WeakCouplingRule& weak)
    : m_grid(grid),
      m_data(Eigen::Map<const Eigen::VectorXd>(data.data(), Eigen::Index(data.size()))),
      m_params(params), m_extraBroadeningHz(extraBroadeningHz),
      m_maxAbsCouplingHz(maxAbsCouplingHz), m_spinFree(freeSpinParameters(params)),
      m_sensitivity(params.start(), params.all(), m_spinFree, fieldMHz, weak),
      m_renderer(grid, fieldMHz), m_singlets(params.singlets()), m_fieldMHz(fieldMHz) {
    if (!m_singlets.empty()) m_singletRenderer.emplace(grid, fieldMHz);
    m_broad = broadGroupLines(params, m_sensitivity.singletGroups());
    if (!m_broad.empty()) m_broadRenderer.emplace(grid, fieldMHz);
    m_baselineX = Eigen::VectorXd::LinSpaced(m_data.size(), -1.0, 1.0);
    if (!weight.empty())
        m_weight = Eigen::Map<const Eigen::VectorXd>(weight.data(), Eigen::Index(weight.size()));
}

bool FitModel::evaluate(const Eigen::VectorXd& freeValues, Eigen::VectorXd& residual,
                        Eigen::MatrixXd* jacobian) {
    const std::vector<double> values(freeValues.data(), freeValues.data() + freeValues.size());
    m_params.setFreeValues(values);
    const double linewidthHz = m_params.valueOf(ParameterKind::Linewidth);
    if (!(linewidthHz > 0.0) || couplingOutOfRange() || outsideBounds()) return false;
    m_renderer.setShape(linewidthHz + m_extraBroadeningHz, m_params.valueOf(ParameterKind::Phase));
    if (m_singletRenderer) { // the spreading depends on the shape: positions after it
        m_singletRenderer->setShape(linewidthHz + m_extraBroadeningHz,
                                    m_params.valueOf(ParameterKind::Phase));
        m_singletRenderer->setPositions(m_params.singletFrequenciesHz(m_fieldMHz));
    }
    SensitiveSticks sticks = m_sensitivity.evaluate(m_params.system(), jacobian != nullptr);
    for (const BroadGroupLine& broad : m_broad)
        sticks.intensity[broad.stick] = 0.0; // drawn apart, with its own width
    m_renderer.setPositions(sticks.frequencyHz);
    m_unitModel.resize(m_data.size());
    m_renderer.render(sticks.intensity.data(), nullptr, LineKernel::Line, m_unitModel.data());
    addSinglets(LineKernel::Line, m_unitModel.data());
    addBroad({}, m_unitModel.data());
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

bool FitModel::outsideBounds() const {
    // The fit projects steps onto these bounds; the slack absorbs the projection's rounding.
    constexpr double kSlack = 1e-9;
    for (std::size_t p : m_params.freeIndices()) {
        const ModelParameter& param = m_params.all()[p];
        if (param.value < param.minValue - kSlack || param.value > param.maxValue + kSlack)
            return true;
    }
    return false;
}

void FitModel::addSinglets(LineKernel kernel, double* out, std::optional<std::size_t> only,
                           std::optional<std::size_t> shiftOf) {
    if (!m_singletRenderer) return;
    std::vector<double> heights(m_singlets.size(), 0.0), positionWeights(m_singlets.size(), 0.0);
    for (std::size_t s = 0; s < m_singlets.size(); ++s) {
        const double height = m_params.all()[m_singlets[s]].value;
        if (shiftOf)
            positionWeights[s] = s == *shiftOf ? height * m_fieldMHz : 0.0; // Hz per ppm
        else
            heights[s] = only ? (s == *only ? 1.0 : 0.0) : height;
    }
    m_singletCurve.resize(m_data.size());
    m_singletRenderer->render(heights.data(), shiftOf ? positionWeights.data() : nullptr, kernel,
                              m_singletCurve.data());
    Eigen::Map<Eigen::VectorXd>(out, m_data.size()) += m_singletCurve;
    m_renderWork.fftPoints += m_singletRenderer->fftLength();
}

void FitModel::addBroad(const BroadLineRender& what, double* out) {
    if (!m_broadRenderer) return;
    m_renderWork.fftPoints += addBroadLines(m_params, m_broad, *m_broadRenderer, m_fieldMHz,
                                            m_extraBroadeningHz, what, out);
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
            for (std::size_t g : m_params.all()[free[k]].groups)
                addBroad({LineKernel::Line, {}, g}, column);
            jacobian.col(Eigen::Index(k)) *= scale;
            break;
        }
        case ParameterKind::Linewidth:
            m_renderer.render(sticks.intensity.data(), nullptr, LineKernel::WidthDerivative,
                              column);
            addSinglets(LineKernel::WidthDerivative, column);
            addBroad({LineKernel::WidthDerivative, {}, {}}, column);
            jacobian.col(Eigen::Index(k)) *= scale;
            break;
        case ParameterKind::Phase:
            m_renderer.render(sticks.intensity.data(), nullptr, LineKernel::PhaseDerivative,
                              column);
            addSinglets(LineKernel::PhaseDerivative, column);
            addBroad({LineKernel::PhaseDerivative, {}, {}}, column);
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
        case ParameterKind::SingletHeight: {
            const auto at = std::find(m_singlets.begin(), m_singlets.end(), free[k]);
            jacobian.col(Eigen::Index(k)).setZero();
            addSinglets(LineKernel::Line, column, std::size_t(at - m_singlets.begin()));
            jacobian.col(Eigen::Index(k)) *= scale;
            break;
        }
        case ParameterKind::SingletShift: {
            const auto at = std::find(m_singlets.begin(), m_singlets.end(), free[k] - 1);
            jacobian.col(Eigen::Index(k)).setZero();
            addSinglets(LineKernel::Line, column, {}, std::size_t(at - m_singlets.begin()));
            jacobian.col(Eigen::Index(k)) *= scale;
            break;
        }
        case ParameterKind::GroupWidth:
            jacobian.col(Eigen::Index(k)).setZero();
            addBroad({LineKernel::WidthDerivative, free[k], {}}, column);
            jacobian.col(Eigen::Index(k)) *= scale;
            break;
        }
    }
}

} // namespace spinhance
