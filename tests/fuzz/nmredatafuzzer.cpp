// libFuzzer entry for the NMReDATA reader (spin/spinsystemnmredata.h): any bytes give a spin system
// or a spinhance::Error; an accepted system that passes validate() survives a write/read round trip
// with the same shifts, proton counts and couplings.
#include "common/error.h"
#include "spin/spinsystemjson.h"
#include "spin/spinsystemnmredata.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    SpinSystem system;
    try {
        system = parseNmredata(std::string(reinterpret_cast<const char*>(data), size), "fuzz.sdf");
        validate(system, "fuzz.sdf");
    } catch (const Error&) {
        return 0;
    }
    const SpinSystem back = parseNmredata(nmredataOf(system, 400.0, "CDCl3"), "round-trip.sdf");
    bool same = back.size() == system.size();
    for (std::size_t i = 0; same && i < system.size(); ++i) {
        same = back.group(i).protonCount == system.group(i).protonCount &&
               std::abs(back.group(i).shiftPpm - system.group(i).shiftPpm) < 1e-4;
        for (std::size_t j = 0; same && j < system.size(); ++j)
            same = std::abs(back.couplingHz(i, j) - system.couplingHz(i, j)) < 1e-2;
    }
    if (!same) {
        std::fprintf(stderr, "NMReDATA round trip changed an accepted system\n");
        std::abort();
    }
    return 0;
}
