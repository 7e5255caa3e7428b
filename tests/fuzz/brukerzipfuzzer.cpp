// libFuzzer entry for a zipped Bruker experiment: the input is the zip file's bytes, unpacked by
// ExtractedZip (entry names, sizes, path traversal) and then read as a Bruker folder.
#include "common/error.h"
#include "fuzzsupport.h"
#include "io/brukerreader.h"
#include "io/ziparchive.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto zip = fuzz::freshScratch() / "experiment.zip";
    fuzz::writePart(zip.parent_path(), zip.filename().string(), fuzz::bytesOf(data, size));
    const BrukerReader reader;
    (void)io::zipEntryNames(zip.string());
    try {
        if (reader.confidence(zip.string()) > 0) fuzz::inspect(reader.read(zip.string()), "zip");
    } catch (const Error&) {
    }
    return 0;
}
