#include "fit/fitparameters.h"

#include "common/error.h"
#include "spin/couplinggraph.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace spinhance {

namespace {

constexpr double kPi = 3.14159265358979323846;

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool couplingFixed(const FitOptions& options, const SpinSystem& s, std::size_t i, std::size_t j) {
    const std::string a = s.group(i).label, b = s.group(j).label;
    return !options.fitCouplings || contains(options.fixedCouplings, a + "-" + b) ||
           contains(options.fixedCouplings, b + "-" + a);
}

// Groups with (nearly) equal start shifts and equal proton counts share one class (a broad
// group none: its width is its own).
std::vector<int> tieClasses(const SpinSystem& s, const FitOptions& options) {
    std::vector<int> classOf(s.size(), -1);
    int classes = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (classOf[i] >= 0) continue;
        classOf[i] = classes;
        for (std::size_t j = i + 1; options.tieEqualShifts && j < s.size(); ++j)
            if (classOf[j] < 0 && !hasOwnLineWidth(s, i) && !hasOwnLineWidth(s, j) &&
                s.group(j).protonCount == s.group(i).protonCount &&
                std::abs(s.group(j).shiftPpm - s.group(i).shiftPpm) < options.tieTolerancePpm)
                classOf[j] = classes;
        ++classes;
    }
    return classOf;
}

} // namespace

ParameterSet::ParameterSet(const SpinSystem& start, const LineModel& line,
                           const FitOptions& options)
    : m_start(start), m_classOf(tieClasses(start, options)) {
    addShifts(options);
    addCouplings(options);
    addGlobals(line, options);
    addSinglets(options);
    addGroupWidths(options);
    for (std::size_t p = 0; p < m_params.size(); ++p)
        if (!m_params[p].fixed) m_free.push_back(p);
}

void ParameterSet::addShifts(const FitOptions& options) {
    const int classes =
        m_classOf.empty() ? 0 : *std::max_element(m_classOf.begin(), m_classOf.end()) + 1;
    for (int c = 0; c < classes; ++c) {
        ModelParameter p;
        p.kind = ParameterKind::Shift;
        bool fixed = !options.fitShifts;
        for (std::size_t g = 0; g < m_start.size(); ++g) {
            if (m_classOf[g] != c) continue;
            p.groups.push_back(g);
            p.value += m_start.group(g).shiftPpm;
            p.name += (p.name.empty() ? "shift " : "=") + m_start.group(g).label;
            fixed = fixed || contains(options.fixedGroups, m_start.group(g).label);
        }
        p.value /= double(p.groups.size()); // tied shifts start at their mean
        p.fixed = fixed;
        m_params.push_back(p);
    }
}

void ParameterSet::addCouplings(const FitOptions& options) {
    const std::size_t n = m_start.size();
    std::vector<bool> used(n * n, false);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const double jHz = m_start.couplingHz(i, j);
            if (jHz == 0.0 || used[i * n + j]) continue;
            ModelParameter p;
            p.kind = ParameterKind::Coupling;
            p.value = jHz;
            p.fixed = couplingFixed(options, m_start, i, j);
            const auto key = std::minmax(m_classOf[i], m_classOf[j]);
            for (std::size_t k = i; k < n; ++k)
                for (std::size_t l = k + 1; l < n; ++l) {
                    if (used[k * n + l] || std::minmax(m_classOf[k], m_classOf[l]) != key) continue;
                    if (std::abs(m_start.couplingHz(k, l) - jHz) >= options.tieToleranceHz)
                        continue;
                    used[k * n + l] = true;
                    p.pairs.emplace_back(k, l);
                    p.name += (p.name.empty() ? "J " : "=") + m_start.group(k).label + "-" +
                              m_start.group(l).label;
                    p.fixed = p.fixed || couplingFixed(options, m_start, k, l);
                }
            m_params.push_back(p);
        }
}

void ParameterSet::addGlobals(const LineModel& line, const FitOptions& options) {
    auto add = [this](ParameterKind kind, const char* name, double value, bool free) {
        ModelParameter p;
        p.kind = kind;
        p.name = name;
        p.value = value;
        p.fixed = !free;
        m_params.push_back(p);
    };
    add(ParameterKind::Linewidth, "linewidth", line.linewidthHz, options.fitLinewidth);
    add(ParameterKind::Phase, "phase", line.phaseDeg * kPi / 180.0, options.fitPhase);
    add(ParameterKind::Scale, "scale", line.scale, options.fitScale);
    add(ParameterKind::BaselineOffset, "baseline offset", line.baselineOffset, options.fitBaseline);
    add(ParameterKind::BaselineSlope, "baseline slope", line.baselineSlope, options.fitBaseline);
}

void ParameterSet::addSinglets(const FitOptions& options) {
    for (std::size_t s = 0; s < options.singletsPpm.size(); ++s) {
        const double ppm = options.singletsPpm[s];
        char name[48];
        std::snprintf(name, sizeof name, "singlet at %.3f ppm", ppm);
        ModelParameter height;
        height.kind = ParameterKind::SingletHeight;
        height.name = name;
        height.minValue = 0.0; // a line has no negative area
        if (s < options.singletMaxHeights.size()) height.maxValue = options.singletMaxHeights[s];
        m_params.push_back(height);
        ModelParameter shift;
        shift.kind = ParameterKind::SingletShift;
        shift.name = std::string(name) + ", shift";
        shift.value = shift.atPpm = ppm;
        shift.minValue = ppm - options.singletDriftPpm;
        shift.maxValue = ppm + options.singletDriftPpm;
        m_params.push_back(shift);
    }
}

void ParameterSet::addGroupWidths(const FitOptions& options) {
    for (std::size_t g = 0; g < m_start.size(); ++g) {
        if (!hasOwnLineWidth(m_start, g)) continue;
        ModelParameter width;
        width.kind = ParameterKind::GroupWidth;
        width.name = "extra width " + m_start.group(g).label;
        width.value = m_start.group(g).extraWidthHz;
        width.groups = {g};
        width.minValue = 0.0; // no narrower than the common line
        width.fixed = !options.fitLinewidth;
        m_params.push_back(width);
    }
}

std::vector<std::size_t> ParameterSet::groupWidths() const {
    std::vector<std::size_t> out;
    for (std::size_t p = 0; p < m_params.size(); ++p)
        if (m_params[p].kind == ParameterKind::GroupWidth) out.push_back(p);
    return out;
}

std::vector<std::size_t> ParameterSet::singlets() const {
    std::vector<std::size_t> out;
    for (std::size_t p = 0; p < m_params.size(); ++p)
        if (m_params[p].kind == ParameterKind::SingletHeight) out.push_back(p);
    return out;
}

std::vector<double> ParameterSet::singletFrequenciesHz(double fieldMHz) const {
    std::vector<double> out;
    for (std::size_t p : singlets())
        out.push_back(m_params[p + 1].value * fieldMHz);
    return out;
}

int ParameterSet::indexOf(ParameterKind kind) const {
    for (std::size_t p = 0; p < m_params.size(); ++p)
        if (m_params[p].kind == kind && !m_params[p].isSpin()) return int(p);
    return -1;
}

double ParameterSet::valueOf(ParameterKind kind) const {
    return m_params[std::size_t(indexOf(kind))].value;
}

std::vector<double> ParameterSet::freeValues() const {
    std::vector<double> values;
    for (std::size_t p : m_free)
        values.push_back(m_params[p].value);
    return values;
}

void ParameterSet::setFreeValues(const std::vector<double>& values) {
    for (std::size_t k = 0; k < m_free.size(); ++k)
        m_params[m_free[k]].value = values[k];
}

SpinSystem ParameterSet::system() const {
    SpinSystem s = m_start;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            s.setCouplingHz(i, j, 0.0);
    for (std::size_t g = 0; g < s.size(); ++g) // a coupled group's line is the common one
        if (!hasOwnLineWidth(m_start, g)) s.group(g).extraWidthHz = 0.0;
    for (const ModelParameter& p : m_params) {
        for (std::size_t g : p.groups)
            (p.kind == ParameterKind::GroupWidth ? s.group(g).extraWidthHz : s.group(g).shiftPpm) =
                p.value;
        for (const auto& [i, j] : p.pairs)
            s.setCouplingHz(i, j, p.value);
    }
    return s;
}

LineModel ParameterSet::lineModel() const {
    LineModel line;
    line.linewidthHz = valueOf(ParameterKind::Linewidth);
    line.phaseDeg = valueOf(ParameterKind::Phase) * 180.0 / kPi;
    line.scale = valueOf(ParameterKind::Scale);
    line.baselineOffset = valueOf(ParameterKind::BaselineOffset);
    line.baselineSlope = valueOf(ParameterKind::BaselineSlope);
    return line;
}

} // namespace spinhance
