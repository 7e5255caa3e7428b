#include "analysis/evaluationtruth.h"

#include "common/error.h"
#include "common/numberformat.h"
#include "spin/spinlimits.h"
#include "spin/spinsystemjson.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace spinhance::analysis {

namespace {

// Read after parseSpinSystems accepted the text, so it is valid JSON holding one object.
double numberField(const nlohmann::json& record, const char* key, double fallback,
                   const std::string& source) {
    if (!record.contains(key)) return fallback;
    const nlohmann::json& value = record[key];
    if (!value.is_number())
        throw Error(ErrorCode::InvalidInput, "expected a number, found " + value.dump(),
                    {source, 0, key});
    return value.get<double>();
}

} // namespace

EvaluationTruth parseEvaluationTruth(const std::string& jsonText, const std::string& source) {
    const std::vector<SpinSystem> systems = parseSpinSystems(jsonText, source);
    if (systems.size() != 1)
        throw Error(ErrorCode::InvalidInput,
                    "expected one spin-system record, found " + std::to_string(systems.size()),
                    {source, 0, ""});
    EvaluationTruth truth{systems.front(), 0, 0.0};
    const nlohmann::json record = nlohmann::json::parse(jsonText);
    const double maxProtons = double(limits::kMaxGroups) * limits::kMaxProtonsPerGroup;
    const double protons = numberField(record, "protons", truth.system.protonCount(), source);
    if (!(protons >= 1 && protons <= maxProtons && protons == std::floor(protons)))
        throw Error(ErrorCode::InvalidInput,
                    "expected a whole number of protons from 1 to " + formatNumber(maxProtons) +
                        ", found " + formatNumber(protons),
                    {source, 0, "protons"});
    truth.protons = int(protons);
    truth.fieldMHz = numberField(record, "field_mhz", 0.0, source);
    if (!(truth.fieldMHz >= 0))
        throw Error(ErrorCode::InvalidInput,
                    "expected a field in MHz >= 0, found " + formatNumber(truth.fieldMHz),
                    {source, 0, "field_mhz"});
    return truth;
}

} // namespace spinhance::analysis
