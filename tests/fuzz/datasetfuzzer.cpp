// libFuzzer entry for the HDF5 dataset reader (DatasetReader): the root attributes, the targets,
// ids and folds loaded at open, then every row's spectrum, target, render settings and fold read
// back (the first few rows: a forged count must not make one input run for minutes). The seed is
// tests/data/dataset/fuzz-seed.h5, a small dataset written by our own writer.
#include "common/error.h"
#include "dataset/datasetreader.h"
#include "fuzzsupport.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace spinhance;

namespace {

constexpr std::size_t kRowsRead = 4;

void readRow(const DatasetReader& reader, std::size_t index) {
    const DatasetSample sample = reader.read(index);
    volatile double sum = 0.0;
    for (float value : sample.spectrum)
        sum = sum + double(value);
    // The reader's promise: a spectrum has the grid's length and holds only finite numbers.
    if (int(sample.spectrum.size()) != reader.grid().points) std::abort();
    if (!std::isfinite(sum)) std::abort();
    volatile int protons = reader.target(index).protonCount();
    volatile double fieldMHz = reader.recordedDraw(index).fieldMHz;
    volatile int split = int(reader.splitOf(index));
    (void)protons, (void)fieldMHz, (void)split;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto file = fuzz::freshScratch() / "dataset.h5";
    fuzz::writePart(file.parent_path(), file.filename().string(), fuzz::bytesOf(data, size));
    try {
        const DatasetReader reader(file.string());
        volatile double fieldMHz = reader.fieldMHz();
        volatile std::size_t hashLength = reader.contentHash().size();
        (void)fieldMHz, (void)hashLength;
        (void)reader.shardInfo();
        for (std::size_t i = 0; i < reader.size() && i < kRowsRead; ++i)
            readRow(reader, i);
        if (reader.size() >= 2) (void)reader.readMany({1, 0});
        (void)reader.indicesOf(Split::Test);
    } catch (const Error&) {
    }
    return 0;
}
