#pragma once

#include "fit/fitproblem.h"

#include <cmath>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace spinhance {

enum class ParameterKind {
    Shift,
    Coupling,
    Linewidth,
    Phase,
    Scale,
    BaselineOffset,
    BaselineSlope,
    SingletHeight, ///< a known singlet's height (FitOptions::singletsPpm), in proton-line units
    SingletShift,  ///< its shift (ppm), the parameter after its height
    GroupWidth     ///< an uncoupled group's extra line width (Hz, SpinGroup::extraWidthHz)
};

/// One model quantity; a Shift or Coupling may stand for several tied groups or pairs.
struct ModelParameter {
    ParameterKind kind = ParameterKind::Shift;
    std::string name;
    double value = 0.0; ///< ppm, Hz, Hz, radians, —, —, —
    bool fixed = false;
    std::vector<std::size_t> groups; ///< Shift: tied group indices; GroupWidth: its group
    std::vector<std::pair<std::size_t, std::size_t>> pairs; ///< Coupling: tied pairs (i < j)
    double atPpm = 0.0; ///< SingletShift: the shift given, which it stays near
    /// Bounds the fit keeps it within: a singlet's height from 0 to FitOptions::singletMaxHeights,
    /// its shift within singletDriftPpm of atPpm.
    double minValue = -HUGE_VAL, maxValue = HUGE_VAL;
    bool isSpin() const { return kind == ParameterKind::Shift || kind == ParameterKind::Coupling; }
};

/// All parameters of a fit (free and fixed) and the map between them and the LM vector.
class ParameterSet {
public:
    ParameterSet(const SpinSystem& start, const LineModel& line, const FitOptions& options);

    const std::vector<ModelParameter>& all() const { return m_params; }
    std::vector<ModelParameter>& all() { return m_params; }
    const std::vector<std::size_t>& freeIndices() const { return m_free; }
    /// Index of the parameter of this kind (global kinds only), or -1.
    int indexOf(ParameterKind kind) const;
    double valueOf(ParameterKind kind) const;
    /// Indices of the SingletHeight parameters, in FitOptions::singletsPpm order; each one's
    /// SingletShift is the next parameter.
    std::vector<std::size_t> singlets() const;
    /// Indices of the GroupWidth parameters (uncoupled groups with an extra line width).
    std::vector<std::size_t> groupWidths() const;
    /// The singlets' current positions, Hz from 0 ppm, in the same order.
    std::vector<double> singletFrequenciesHz(double fieldMHz) const;

    std::vector<double> freeValues() const;
    void setFreeValues(const std::vector<double>& values);

    /// `start` with the current shifts and couplings written in.
    SpinSystem system() const;
    LineModel lineModel() const; ///< degrees at the API
    const SpinSystem& start() const { return m_start; }

private:
    void addShifts(const FitOptions& options);
    void addCouplings(const FitOptions& options);
    void addGlobals(const LineModel& line, const FitOptions& options);
    void addSinglets(const FitOptions& options);
    void addGroupWidths(const FitOptions& options);
    SpinSystem m_start;
    std::vector<ModelParameter> m_params;
    std::vector<std::size_t> m_free;
    std::vector<int> m_classOf; // tie class per group
};

} // namespace spinhance
