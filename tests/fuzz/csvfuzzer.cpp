// libFuzzer entry for the CSV/TSV reader (separators, comments, metadata lines).
#include "common/error.h"
#include "fuzzsupport.h"
#include "io/csvreader.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = fuzz::freshScratch() / "spectrum.csv";
    fuzz::writePart(file.parent_path(), file.filename().string(), fuzz::bytesOf(data, size));
    const CsvReader reader;
    try {
        (void)reader.confidence(file.string());
        fuzz::inspect(reader.read(file.string()), file.string());
    } catch (const Error&) {
    }
    return 0;
}
