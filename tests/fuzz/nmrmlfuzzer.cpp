// libFuzzer entry for the nmrML reader (tag scanner, base64, zlib, byte formats).
#include "common/error.h"
#include "fuzzsupport.h"
#include "io/nmrmlreader.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = fuzz::freshScratch() / "spectrum.nmrML";
    fuzz::writePart(file.parent_path(), file.filename().string(), fuzz::bytesOf(data, size));
    const NmrmlReader reader;
    try {
        (void)reader.confidence(file.string());
        fuzz::inspect(reader.read(file.string()), file.string());
    } catch (const Error&) {
    }
    return 0;
}
