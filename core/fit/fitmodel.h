#pragma once

#include "fit/broadlines.h"
#include "fit/fitparameters.h"
#include "fit/linerenderer.h"
#include "fit/spinsensitivity.h"

#include <Eigen/Core>
#include <optional>

namespace spinhance {

/// The least-squares problem of one stage: residual = model − data on `grid`, and its Jacobian
/// over the free parameters of `params` (analytic throughout). The model is
/// scale · (Σ_k I_k · Line(x − f_k) + Σ_s h_s · Line(x − f_s)) + offset + slope · x,
/// the lines of width linewidth + extra broadening and phase φ, f_s the known singlets'
/// positions, x running −1 … +1 over the grid. A broad group (an uncoupled group with a
/// GroupWidth parameter) is drawn with its own, wider line. With point weights w the residual is
/// w ⊙ (model − data).
class FitModel {
public:
    FitModel(const PpmGrid& grid, double fieldMHz, std::vector<double> data, ParameterSet& params,
             double extraBroadeningHz = 0.0, double maxAbsCouplingHz = 0.0,
             std::vector<double> weight = {}, const WeakCouplingRule& weak = {});

    /// Writes `freeValues` into the parameter set and evaluates. Returns false (nothing written to
    /// the outputs) when the values leave the model's domain (linewidth ≤ 0, or a coupling beyond
    /// ±maxAbsCouplingHz when that is > 0, a parameter outside its bounds: a known singlet's
    /// height and drift, see ModelParameter::minValue).
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
    /// addBroadLines on this model's grid, its FFT points counted.
    void addBroad(const BroadLineRender& what, double* out);
    bool outsideBounds() const;
    /// Adds the known singlets under `kernel` (their heights, or a unit height at `only`) to
    /// `out`; with `shiftOf`, singlet `shiftOf`'s derivative by its shift (ppm) instead. Nothing
    /// without singlets.
    void addSinglets(LineKernel kernel, double* out, std::optional<std::size_t> only = {},
                     std::optional<std::size_t> shiftOf = {});
    PpmGrid m_grid;
    Eigen::VectorXd m_data, m_model, m_baselineX, m_unitModel, m_weight; // m_weight empty = all 1
    ParameterSet& m_params;
    double m_extraBroadeningHz;
    double m_maxAbsCouplingHz;
    std::vector<std::size_t> m_spinFree; // parameter indices, in SpinSensitivity column order
    SpinSensitivity m_sensitivity;
    LineRenderer m_renderer;
    std::vector<std::size_t> m_singlets; // SingletHeight parameter indices
    double m_fieldMHz;
    std::optional<LineRenderer> m_singletRenderer; // at the singlets' positions, when any
    Eigen::VectorXd m_singletCurve;
    std::vector<BroadGroupLine> m_broad;         // drawn apart from the sticks
    std::optional<LineRenderer> m_broadRenderer; // when any
    FitWork m_renderWork;                        // curves rendered and normal-equation entries
};

} // namespace spinhance
