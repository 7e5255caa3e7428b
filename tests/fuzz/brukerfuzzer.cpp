// libFuzzer entry for a Bruker experiment folder. The input is the folder's files joined by
// kPartSeparator: acqus, fid, pdata/1/procs, pdata/1/1r, pdata/1/1i, pdata/1/title (an empty
// part leaves the file out). The reader must return a spectrum or throw spinhance::Error.
#include "common/error.h"
#include "fuzzsupport.h"
#include "io/brukerreader.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = fuzz::splitParts(fuzz::bytesOf(data, size), 6);
    const auto root = fuzz::freshScratch();
    const auto experiment = root / "study" / "10";
    fuzz::writePart(experiment, "acqus", parts[0]);
    fuzz::writePart(experiment, "fid", parts[1]);
    fuzz::writePart(experiment, "pdata/1/procs", parts[2]);
    fuzz::writePart(experiment, "pdata/1/1r", parts[3]);
    fuzz::writePart(experiment, "pdata/1/1i", parts[4]);
    fuzz::writePart(experiment, "pdata/1/title", parts[5]);
    const BrukerReader reader;
    // The parent folder makes the reader search for the experiment (and sniff its nucleus).
    (void)reader.confidence((root / "study").string());
    try {
        if (reader.confidence(experiment.string()) > 0)
            fuzz::inspect(reader.read(experiment.string()), experiment.string());
    } catch (const Error&) {
    }
    return 0;
}
