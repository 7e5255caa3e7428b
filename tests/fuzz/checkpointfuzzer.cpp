// libFuzzer entry for the training checkpoint container (checkpoint.pt: magic, lengths, FNV-1a
// checksums, state JSON). An input that starts with "SPINCKPT" is a whole file; anything else is
// taken as the state JSON and wrapped in a valid container with a small archive, so the JSON layer
// is reached without the fuzzer having to forge checksums. What is read must be written back to
// the same contents. The LibTorch archive inside is not parsed here.
#include "common/error.h"
#include "fuzzsupport.h"
#include "model/checkpointfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = fuzz::bytesOf(data, size);
    const std::string bytes = input.substr(0, 8) == "SPINCKPT"
                                  ? std::string(input)
                                  : model::checkpointFileBytes({std::string(input), "archive"});
    const auto file = fuzz::freshScratch() / "checkpoint.pt";
    fuzz::writePart(file.parent_path(), file.filename().string(), bytes);
    try {
        const model::CheckpointFileContents contents = model::readCheckpointFile(file.string());
        if (!contents.stateJson.empty()) {
            const model::CheckpointState state =
                model::checkpointStateFromJson(contents.stateJson, file.string());
            (void)model::toJson(state);
        }
        if (contents.stateJson.empty()) return 0; // a legacy archive: nothing to write back
        fuzz::writePart(file.parent_path(), file.filename().string(),
                        model::checkpointFileBytes(contents));
        const model::CheckpointFileContents again = model::readCheckpointFile(file.string());
        if (again.stateJson != contents.stateJson || again.archive != contents.archive)
            std::abort(); // the container must round-trip
    } catch (const Error&) {
    }
    return 0;
}
