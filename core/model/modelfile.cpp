#include "model/modelfile.h"

#include "common/error.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace spinhance::model {

namespace {

const std::string kMagic = "SPINMODEL\n";
constexpr std::uint64_t kMaxConfigBytes = 16u << 20;

std::ifstream openForReading(const std::string& path) {
    if (!std::filesystem::exists(path))
        throw Error(ErrorCode::NotFound, "expected a model file, found nothing", ErrorContext{path, 0, {}});
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::Io, "cannot open the model file for reading", ErrorContext{path, 0, {}});
    return in;
}

std::string readConfigText(std::istream& in, const std::string& path) {
    std::string magic(kMagic.size(), '\0');
    in.read(magic.data(), std::streamsize(magic.size()));
    if (!in || magic != kMagic)
        throw Error(ErrorCode::Mismatch, "expected a Spinhance model file (SPINMODEL header)",
                    ErrorContext{path, 0, "header"});
    unsigned char lengthBytes[8] = {};
    in.read(reinterpret_cast<char*>(lengthBytes), 8);
    std::uint64_t length = 0;
    for (int k = 7; k >= 0; --k) length = (length << 8) | lengthBytes[k];
    if (!in || length > kMaxConfigBytes)
        throw Error(ErrorCode::InvalidInput, "the model config length is unreadable",
                    ErrorContext{path, 0, "header"});
    std::string text(length, '\0');
    in.read(text.data(), std::streamsize(length));
    if (!in) throw Error(ErrorCode::InvalidInput, "the model file is truncated", ErrorContext{path, 0, "config"});
    return text;
}

ModelConfig parseChecked(const std::string& text, const std::string& path) {
    ModelConfig config = modelConfigFromJson(text, path);
    if (config.formatVersion != kModelFormatVersion)
        throw Error(ErrorCode::Mismatch,
                    "expected model format version " + std::to_string(kModelFormatVersion) +
                        ", found " + std::to_string(config.formatVersion),
                    ErrorContext{path, 0, "format_version"});
    return config;
}

} // namespace

ModelConfig readModelConfig(const std::string& path) {
    std::ifstream in = openForReading(path);
    return parseChecked(readConfigText(in, path), path);
}

ModelFileContents readModelFile(const std::string& path) {
    std::ifstream in = openForReading(path);
    ModelFileContents contents;
    contents.config = parseChecked(readConfigText(in, path), path);
    contents.weights.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return contents;
}

void writeModelFile(const std::string& path, const ModelConfig& config, const std::string& weights) {
    const std::string json = toJson(config);
    std::string bytes = kMagic;
    std::uint64_t length = json.size();
    for (int k = 0; k < 8; ++k) bytes.push_back(char((length >> (8 * k)) & 0xff));
    bytes += json;
    bytes += weights;
    writeFileAtomically(path, bytes);
}

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), std::streamsize(bytes.size()));
        out.flush();
        if (!out) throw Error(ErrorCode::Io, "cannot write the file", ErrorContext{tmp, 0, {}});
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) throw Error(ErrorCode::Io, "cannot rename the temporary file: " + ec.message(), ErrorContext{path, 0, {}});
}

} // namespace spinhance::model
