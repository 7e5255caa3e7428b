// libFuzzer entry for an evaluation case's truth file (parseEvaluationTruth): one interchange
// record plus "protons" and "field_mhz".
#include "analysis/evaluationtruth.h"
#include "common/error.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const auto truth = analysis::parseEvaluationTruth(std::string(fuzz::bytesOf(data, size)),
                                                          "case.truth.json");
        volatile int protons = truth.protons + truth.system.protonCount();
        (void)protons;
    } catch (const Error&) {
    }
    return 0;
}
