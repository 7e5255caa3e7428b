#pragma once

#include "fit/fitparameters.h"
#include "fit/linerenderer.h"
#include "fit/spinsensitivity.h"

#include <Eigen/Core>

namespace spinhance {

/// The least-squares problem of one stage: residual = model − data on `grid`, and its Jacobian
/// over the free parameters of `params` (analytic throughout). The model is
/// scale · Σ_k I_k · Line(x − f_k; linewidth + extra broadening, φ) + offset + slope · x,
/// x running −1 … +1 over the grid. With point weights w the residual is w ⊙ (model −
/// data).
class FitModel {
public:
    FitModel(const PpmGrid& grid, double fieldMHz, std::vector<double> data, ParameterSet& params,
             double extraBroadeningHz = 0.0, double maxAbsCouplingHz = 0.0,
             std::vector<double> weight = {});

    /// Writes `freeValues` into the parameter set and evaluates. Returns false (nothing written to
    /// the outputs) when the values leave the model's domain (linewidth ≤ 0, or a coupling beyond
    /// ±maxAbsCouplingHz when that is > 0).
    bool evaluate(const Eigen::VectorXd& freeValues, Eigen::VectorXd& residual,
                  Eigen::MatrixXd* jacobian);

    /// The model of the last successful evaluation.
    const Eigen::VectorXd& model() const { return m_model; }
    const Eigen::VectorXd& data() const { return m_data; }
    Eigen::Index points() const { return m_data.size(); }
    /// What the evaluations so far computed.
    FitWork work() const;

private:
    bool couplingOutOfRange() const;
    void fillJacobian(const SensitiveSticks& sticks, double scale, Eigen::MatrixXd& jacobian);
    PpmGrid m_grid;
    Eigen::VectorXd m_data, m_model, m_baselineX, m_unitModel, m_weight; // m_weight empty = all 1
    ParameterSet& m_params;
    double m_extraBroadeningHz;
    double m_maxAbsCouplingHz;
    std::vector<std::size_t> m_spinFree; // parameter indices, in SpinSensitivity column order
    SpinSensitivity m_sensitivity;
    LineRenderer m_renderer;
    FitWork m_renderWork; // curves rendered and normal-equation entries
};

} // namespace spinhance
