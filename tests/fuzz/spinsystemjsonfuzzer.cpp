// libFuzzer entry for the spin-system interchange JSON (parseSpinSystems). Whatever it accepts
// must survive a round trip: written back with spinSystemsToJson and read again, it gives the same
// systems (a reader that accepts what the writer cannot reproduce is a finding).
#include "common/error.h"
#include "fuzzsupport.h"
#include "spin/spinsystemjson.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace spinhance;

namespace {

bool sameSystem(const SpinSystem& a, const SpinSystem& b) {
    if (a.size() != b.size() || a.couplingMatrixHz() != b.couplingMatrixHz()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const SpinGroup &ga = a.group(i), &gb = b.group(i);
        if (ga.shiftPpm != gb.shiftPpm || ga.protonCount != gb.protonCount || ga.label != gb.label)
            return false;
    }
    return a.id == b.id && a.smiles == b.smiles && a.fragments == b.fragments;
}

[[noreturn]] void roundTripFailed(const std::string& why) {
    std::fprintf(stderr, "round trip of an accepted record failed: %s\n", why.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<SpinSystem> systems;
    try {
        systems = parseSpinSystems(std::string(fuzz::bytesOf(data, size)), "fuzz.json");
    } catch (const Error&) {
        return 0;
    }
    std::vector<SpinSystem> again;
    try {
        again = parseSpinSystems(spinSystemsToJson(systems), "again.json");
    } catch (const Error& e) {
        roundTripFailed(e.what());
    }
    if (again.size() != systems.size()) roundTripFailed("a different number of records");
    for (std::size_t k = 0; k < systems.size(); ++k)
        if (!sameSystem(systems[k], again[k])) roundTripFailed("record " + std::to_string(k));
    return 0;
}
