// libFuzzer entry for opening one file of unknown type: every default reader sniffs it, the most
// confident one reads it (JCAMP-DX, nmrML, CSV from a file; Bruker, Varian and Spinsolve from the
// files beside it) and the registry's gate checks the result.
#include "common/error.h"
#include "fuzzsupport.h"
#include "io/readerregistry.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = fuzz::freshScratch() / "spectrum.txt";
    fuzz::writePart(file.parent_path(), file.filename().string(), fuzz::bytesOf(data, size));
    try {
        fuzz::inspect(openSpectrum(file.string()), file.string());
    } catch (const Error&) {
    }
    return 0;
}
