#include "model/spectruminput.h"

#include "spin/spinsystemjson.h"

#include <nlohmann/json.hpp>

namespace spinhance {

std::string predictionToJson(const Prediction& p, int indent) {
    nlohmann::json j = nlohmann::json::parse(spinSystemToJson(p.system));
    const std::size_t n = p.system.size();
    nlohmann::json groups = nlohmann::json::object();
    nlohmann::json pairs = nlohmann::json::array();
    for (std::size_t a = 0; a < n; ++a) {
        groups[p.system.group(a).label] = p.groupConfidence.at(a);
        for (std::size_t b = a + 1; b < n; ++b)
            pairs.push_back(
                {p.system.group(a).label, p.system.group(b).label, p.pairConfidence.at(a * n + b)});
    }
    j["group_confidence"] = groups;
    j["pair_confidence"] = pairs;
    return j.dump(indent);
}

} // namespace spinhance
