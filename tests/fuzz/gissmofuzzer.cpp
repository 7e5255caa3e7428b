// libFuzzer entry for the GISSMO per-atom JSON reader (readGissmoFile): atom ids, shifts,
// couplings and the grouping of equivalent atoms.
#include "common/error.h"
#include "dataset/gissmo.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = fuzz::freshScratch() / "molecule.json";
    fuzz::writePart(file.parent_path(), file.filename().string(), fuzz::bytesOf(data, size));
    try {
        const SpinSystem system = readGissmoFile(file.string());
        volatile int protons = system.protonCount();
        (void)protons;
    } catch (const Error&) {
    }
    return 0;
}
