// libFuzzer entry for a Varian/Agilent VNMR folder: procpar and fid joined by kPartSeparator (an
// empty part leaves the file out).
#include "common/error.h"
#include "fuzzsupport.h"
#include "io/varianreader.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = fuzz::splitParts(fuzz::bytesOf(data, size), 2);
    const auto folder = fuzz::freshScratch() / "sample.fid";
    fuzz::writePart(folder, "procpar", parts[0]);
    fuzz::writePart(folder, "fid", parts[1]);
    const VarianReader reader;
    try {
        if (reader.confidence(folder.string()) > 0)
            fuzz::inspect(reader.read(folder.string()), folder.string());
    } catch (const Error&) {
    }
    return 0;
}
