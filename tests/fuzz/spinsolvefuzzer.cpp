// libFuzzer entry for a Magritek Spinsolve folder: acqu.par, data.1d and spectrum.1d joined by
// kPartSeparator (an empty part leaves the file out).
#include "common/error.h"
#include "fuzzsupport.h"
#include "io/spinsolvereader.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = fuzz::splitParts(fuzz::bytesOf(data, size), 3);
    const auto folder = fuzz::freshScratch() / "experiment";
    fuzz::writePart(folder, "acqu.par", parts[0]);
    fuzz::writePart(folder, "data.1d", parts[1]);
    fuzz::writePart(folder, "spectrum.1d", parts[2]);
    const SpinsolveReader reader;
    try {
        if (reader.confidence(folder.string()) > 0)
            fuzz::inspect(reader.read(folder.string()), folder.string());
    } catch (const Error&) {
    }
    return 0;
}
