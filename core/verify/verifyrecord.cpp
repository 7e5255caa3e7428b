#include "verify/verifyrecord.h"

#include "analysis/analysisrecord.h"
#include "spin/spinsystemjson.h"

#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

namespace spinhance::verify {

namespace {

nlohmann::json groupJson(const GroupVerdict& v) {
    return {{"label", v.label},
            {"predicted_ppm", v.predictedPpm},
            {"protons", v.protons},
            {"verdict", toString(v.verdict)},
            {"answer_labels", v.answerLabels},
            {"found_ppm", v.foundPpm},
            {"delta_ppm", v.deltaPpm},
            {"signal_protons", v.signalProtons},
            {"found_protons", v.foundProtons}};
}

nlohmann::json unexplainedJson(const UnexplainedSignal& u) {
    return {{"answer_labels", u.answerLabels}, {"shift_ppm", u.shiftPpm}, {"protons", u.protons}};
}

std::string verdictLine(const GroupVerdict& v) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(2) << std::left << std::setw(6) << v.label << std::right
        << std::setw(6) << v.predictedPpm << " ppm " << std::setw(2) << v.protons << "H  ";
    if (v.verdict == Verdict::Missing) return out.str() + "missing\n";
    out << (v.verdict == Verdict::Found ? "found where expected" : "found shifted") << " at "
        << v.foundPpm << " ppm (Δ " << std::showpos << v.deltaPpm << std::noshowpos << " ppm)";
    if (v.foundProtons != v.signalProtons)
        out << ", integral " << v.foundProtons << "H for " << v.signalProtons << "H";
    out << "\n";
    return out.str();
}

} // namespace

std::string verificationJson(const Verification& verification, int indent) {
    const Verification& v = verification;
    nlohmann::json record;
    record["score"] = v.score;
    record["proton_agreement"] = v.verdicts.protonAgreement;
    record["cosine_as_predicted"] = v.fit.asIsCosine;
    record["cosine_shifts_fitted"] = v.fit.fittedCosine;
    record["groups"] = nlohmann::json::array();
    for (const GroupVerdict& g : v.verdicts.groups)
        record["groups"].push_back(groupJson(g));
    record["unexplained"] = nlohmann::json::array();
    for (const UnexplainedSignal& u : v.verdicts.unexplained)
        record["unexplained"].push_back(unexplainedJson(u));
    record["predicted"] = nlohmann::json::parse(spinSystemToJson(v.predicted));
    record["warnings"] = v.structure.warnings;
    record["analysis"] = nlohmann::json::parse(
        analysis::analysisResultJson(v.analysis, FitOptions{}.maxAbsCouplingHz, -1));
    return record.dump(indent);
}

std::string verificationText(const Verification& verification) {
    const Verification& v = verification;
    std::string out;
    for (const GroupVerdict& g : v.verdicts.groups)
        out += verdictLine(g);
    std::ostringstream tail;
    tail << std::fixed << std::setprecision(2);
    for (const UnexplainedSignal& u : v.verdicts.unexplained)
        tail << "unexplained signal at " << u.shiftPpm << " ppm, " << u.protons << "H\n";
    tail << std::setprecision(3) << "score " << v.score << " = mean of proton agreement "
         << v.verdicts.protonAgreement << " and cosine (shifts fitted ±0.3 ppm, J fixed) "
         << v.fit.fittedCosine << "; cosine as predicted " << v.fit.asIsCosine << "\n";
    return out + tail.str();
}

} // namespace spinhance::verify
