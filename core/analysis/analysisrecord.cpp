#include "analysis/analysisrecord.h"

#include "analysis/analysisflags.h"
#include "spin/spinsystemjson.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

namespace spinhance::analysis {

namespace {

using nlohmann::json;

// Six significant digits: a J of 24.999999999415603 Hz is 25 Hz to any spectrometer.
double tidy(double value) {
    if (!std::isfinite(value) || value == 0.0) return std::isfinite(value) ? 0.0 : value;
    const double magnitude = std::pow(10.0, 5 - int(std::floor(std::log10(std::abs(value)))));
    return std::round(value * magnitude) / magnitude;
}

// "held": not fitted (a template's textbook value, a user's fixed J; its error 0 is no
// measurement); "at_bound": the J ended on the fit's |J| bound; "undetermined": the data do not
// measure it (no finite standard error: its error is written as null).
const char* couplingStatus(const FitResult& fit, std::size_t i, std::size_t j,
                           double maxAbsCouplingHz) {
    const SpinSystem& s = fit.system;
    if (fit.couplingHeld.size() == s.size() * s.size() && fit.couplingHeld[i * s.size() + j])
        return "held";
    if (couplingAtBound(s.couplingHz(i, j), maxAbsCouplingHz)) return "at_bound";
    return std::isfinite(fit.couplingErrorHz[i * s.size() + j]) ? "ok" : "undetermined";
}

json fitObject(const FitResult& fit, double maxAbsCouplingHz) {
    json out;
    const SpinSystem& s = fit.system;
    out["shift_errors_ppm"] = json::object();
    for (std::size_t g = 0; g < s.size() && g < fit.shiftErrorPpm.size(); ++g)
        out["shift_errors_ppm"][s.group(g).label] = tidy(fit.shiftErrorPpm[g]);
    out["coupling_errors_hz"] = json::array();
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (s.couplingHz(i, j) != 0.0 && fit.couplingErrorHz.size() == s.size() * s.size())
                out["coupling_errors_hz"].push_back({s.group(i).label, s.group(j).label,
                                                     tidy(fit.couplingErrorHz[i * s.size() + j]),
                                                     couplingStatus(fit, i, j, maxAbsCouplingHz)});
    out["parameters"] = json::array();
    for (const FitParameterReport& p : fit.parameters)
        out["parameters"].push_back({{"name", p.name},
                                     {"unit", p.unit},
                                     {"value", tidy(p.value)},
                                     {"error", tidy(p.error)},
                                     {"fixed", p.fixed}});
    out["linewidth_hz"] = tidy(fit.lineModel.linewidthHz);
    out["phase_deg"] = tidy(fit.lineModel.phaseDeg);
    out["scale"] = tidy(fit.lineModel.scale);
    out["baseline"] = {tidy(fit.lineModel.baselineOffset), tidy(fit.lineModel.baselineSlope)};
    out["start_rms"] = tidy(fit.startRms);
    out["final_rms"] = tidy(fit.finalRms);
    out["relative_residual"] = tidy(fit.relativeResidual);
    out["iterations"] = fit.iterations;
    out["stages"] = fit.stages;
    out["converged"] = fit.converged;
    out["region_ppm"] = {tidy(fit.grid.fromPpm), tidy(fit.grid.toPpm)};
    out["points"] = fit.grid.points;
    return out;
}

json systemRecord(const SpinSystem& system) {
    return json::parse(spinSystemToJson(system));
}

json evidenceObject(const Evidence& e) {
    json out;
    out["solvent"] = e.solvent;
    out["field_mhz"] = tidy(e.fieldMHz);
    out["noise_sigma"] = tidy(e.sigma);
    out["typical_linewidth_hz"] = tidy(e.typicalFwhmHz);
    out["total_protons"] = e.totalProtons;
    out["protons_given"] = e.protonsGiven;
    out["regions"] = json::array();
    for (std::size_t r = 0; r < e.regions.size(); ++r)
        out["regions"].push_back({{"from_ppm", tidy(e.regions[r].fromPpm)},
                                  {"to_ppm", tidy(e.regions[r].toPpm)},
                                  {"integral", tidy(e.regions[r].integral)},
                                  {"protons", e.regionProtons[r]},
                                  {"lines", e.multiplets[r].lines},
                                  {"width_hz", tidy(e.multiplets[r].widthHz)}});
    out["known_lines"] = json::array();
    for (const FoundLine& line : e.knownLines)
        out["known_lines"].push_back({{"name", line.line.name},
                                      {"kind", knownLineKindName(line.line.kind)},
                                      {"ppm", tidy(line.foundPpm)}});
    return out;
}

} // namespace

std::string fittedSystemJson(const FitResult& fit, double maxAbsCouplingHz, int indent) {
    json record = systemRecord(fit.system);
    record["fit"] = fitObject(fit, maxAbsCouplingHz);
    return record.dump(indent);
}

std::string analysisResultJson(const AnalysisResult& result, double maxAbsCouplingHz, int indent) {
    json record = systemRecord(result.system);
    if (!result.fit.measured.empty()) record["fit"] = fitObject(result.fit, maxAbsCouplingHz);
    record["group_confidence"] = json::object();
    for (std::size_t g = 0; g < result.system.size() && g < result.groupConfidence.size(); ++g)
        record["group_confidence"][result.system.group(g).label] = tidy(result.groupConfidence[g]);
    record["group_evidence"] = json::object();
    for (std::size_t g = 0; g < result.system.size() && g < result.groupEvidence.size(); ++g) {
        const GroupEvidence& e = result.groupEvidence[g];
        record["group_evidence"][result.system.group(g).label] = {
            {"rival_delta_bic", tidy(e.rivalDeltaBic)},
            {"local_chi2", tidy(e.localChi2)},
            {"shift_error_hz", tidy(e.shiftErrorHz)},
            {"global_misfit", tidy(e.globalMisfit)},
            {"groups_in_multiplet", e.groupsInMultiplet},
            {"integral_mismatch_h", tidy(e.integralMismatch)}};
    }
    record["alternatives"] = json::array();
    for (const Alternative& a : result.alternatives) {
        json alternative = systemRecord(a.system);
        alternative["origin"] = a.origin;
        alternative["delta_bic"] = tidy(a.deltaBic);
        record["alternatives"].push_back(alternative);
    }
    // Systems the caller asked to compare (a literature line, an evaluation's truth): null when
    // one could not be fitted.
    if (!result.referenceDeltaBic.empty()) {
        record["compared_delta_bic"] = json::array();
        for (double delta : result.referenceDeltaBic)
            record["compared_delta_bic"].push_back(std::isfinite(delta) ? json(tidy(delta))
                                                                        : json());
    }
    record["evidence"] = evidenceObject(result.evidence);
    record["evidence"]["bic"] = tidy(result.bic);
    record["evidence"]["cosine"] = tidy(result.cosine);
    record["evidence"]["origin"] = result.origin;
    record["evidence"]["hypotheses_fitted"] = result.hypothesesFitted;
    record["evidence"]["model"] = result.modelDescription;
    record["flags"] = json::array();
    for (const AnalysisFlag& f : result.flags)
        record["flags"].push_back({{"code", f.code}, {"message", f.message}});
    record["confident"] = result.confident;
    record["seconds"] = tidy(result.seconds);
    record["work_units"] = result.workUnits; // counted fit work, µs of one core (FitWork)
    return record.dump(indent);
}

std::string fitCurvesTsv(const FitResult& fit) {
    std::ostringstream out;
    out.precision(10);
    out << "# ppm\tmeasured\tfitted\tresidual\n";
    for (std::size_t i = 0; i < fit.measured.size(); ++i)
        out << fit.grid.ppmAt(i) << '\t' << fit.measured[i] << '\t' << fit.fitted[i] << '\t'
            << fit.measured[i] - fit.fitted[i] << '\n';
    return out.str();
}

} // namespace spinhance::analysis
