// libFuzzer entry for the .spinmodel container (magic, lengths, checksums) and the config JSON it
// holds. An input that starts with "SPINMODEL" is a whole file; anything else is taken as the
// config JSON and wrapped in a valid container first, so the JSON layer is reached without the
// fuzzer having to forge FNV-1a checksums. The weights (a LibTorch archive) are not parsed here.
#include "common/error.h"
#include "fuzzsupport.h"
#include "model/modelfile.h"

#include <cstddef>
#include <cstdint>

using namespace spinhance;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = fuzz::bytesOf(data, size);
    const std::string bytes = input.substr(0, 9) == "SPINMODEL"
                                  ? std::string(input)
                                  : model::modelFileBytes(std::string(input), "weights");
    const auto file = fuzz::freshScratch() / "fuzz.spinmodel";
    fuzz::writePart(file.parent_path(), file.filename().string(), bytes);
    try {
        const model::ModelConfig config = model::readModelConfig(file.string());
        const model::ModelFileContents contents = model::readModelFile(file.string());
        (void)model::toJson(contents.config);
        (void)model::recipeFlags(config.recipe);
    } catch (const Error&) {
    }
    return 0;
}
