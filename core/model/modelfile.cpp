#include "model/modelfile.h"

#include "common/error.h"
#include "model/bytefields.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace spinhance::model {

namespace {

const std::string kLegacyMagic = "SPINMODEL\n";
const std::string kMagic = "SPINMODEL2\n";
constexpr std::uint64_t kMaxConfigBytes = 16u << 20;
constexpr std::uint64_t kMaxWeightsBytes = std::uint64_t(1) << 34;
constexpr std::size_t kChecksummedHeaderBytes = 4 * 8; // config and weights: length, checksum

std::ifstream openForReading(const std::string& path) {
    if (!std::filesystem::exists(path))
        throw Error(ErrorCode::NotFound, "expected a model file, found nothing",
                    ErrorContext{path, 0, {}});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::Io, "cannot open the model file for reading",
                    ErrorContext{path, 0, {}});
    return in;
}

std::uint64_t fileSize(const std::string& path) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    return ec ? 0 : std::uint64_t(size);
}

[[noreturn]] void truncated(const std::string& path, std::uint64_t expected,
                            const std::string& field) {
    throw Error(ErrorCode::InvalidInput,
                "the model file is truncated: expected " + std::to_string(expected) +
                    " bytes, found " + std::to_string(fileSize(path)) +
                    " (an interrupted copy or download?)",
                ErrorContext{path, 0, field});
}

[[noreturn]] void corrupted(const std::string& path, const std::string& what,
                            const std::string& field) {
    throw Error(ErrorCode::InvalidInput,
                "the model file is corrupted: " + what + "; copy or download it again",
                ErrorContext{path, 0, field});
}

// What the header says: the format (1 = legacy, no checksums) and, for format 2, lengths and
// checksums.
struct Header {
    int container = 1;
    std::uint64_t configBytes = 0, weightsBytes = 0, configChecksum = 0, weightsChecksum = 0;
    std::uint64_t headerBytes() const {
        return container == 1 ? 18 : kMagic.size() + kChecksummedHeaderBytes;
    }
};

Header readHeader(std::istream& in, const std::string& path) {
    std::string magic(kLegacyMagic.size(), '\0');
    in.read(magic.data(), std::streamsize(magic.size()));
    Header header;
    if (in && magic == kMagic.substr(0, magic.size()) && in.get() == '\n')
        header.container = 2;
    else if (!in || magic != kLegacyMagic)
        throw Error(ErrorCode::Mismatch, "expected a Spinhance model file (SPINMODEL header)",
                    ErrorContext{path, 0, "header"});
    header.configBytes = readUint64Le(in);
    if (header.container == 2) {
        header.weightsBytes = readUint64Le(in);
        header.configChecksum = readUint64Le(in);
        header.weightsChecksum = readUint64Le(in);
    }
    if (!in) truncated(path, header.headerBytes(), "header");
    if (header.configBytes > kMaxConfigBytes || header.weightsBytes > kMaxWeightsBytes)
        corrupted(path,
                  "the header gives a config of " + std::to_string(header.configBytes) +
                      " bytes and weights of " + std::to_string(header.weightsBytes) + " bytes",
                  "header");
    return header;
}

std::string readConfigText(std::istream& in, const Header& header, const std::string& path) {
    std::string text(header.configBytes, '\0');
    in.read(text.data(), std::streamsize(header.configBytes));
    if (!in)
        truncated(path, header.headerBytes() + header.configBytes + header.weightsBytes, "config");
    if (header.container == 2 && fnv1a64(text) != header.configChecksum)
        corrupted(path,
                  "the config's checksum is " + hex64(fnv1a64(text)) + ", the header says " +
                      hex64(header.configChecksum),
                  "config");
    return text;
}

std::string readWeights(std::istream& in, const Header& header, const std::string& path) {
    std::string weights{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (header.container == 1) return weights;
    if (weights.size() < header.weightsBytes)
        truncated(path, header.headerBytes() + header.configBytes + header.weightsBytes, "weights");
    if (weights.size() > header.weightsBytes)
        corrupted(path,
                  std::to_string(weights.size() - header.weightsBytes) + " bytes follow the " +
                      std::to_string(header.weightsBytes) +
                      " bytes of weights the header announces",
                  "weights");
    if (fnv1a64(weights) != header.weightsChecksum)
        corrupted(path,
                  "the weights' checksum is " + hex64(fnv1a64(weights)) + ", the header says " +
                      hex64(header.weightsChecksum),
                  "weights");
    return weights;
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

std::uint64_t fnv1a64(const std::string& bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (unsigned char byte : bytes)
        hash = (hash ^ byte) * 0x100000001b3ull;
    return hash;
}

ModelConfig readModelConfig(const std::string& path) {
    std::ifstream in = openForReading(path);
    const Header header = readHeader(in, path);
    return parseChecked(readConfigText(in, header, path), path);
}

ModelFileContents readModelFile(const std::string& path) {
    std::ifstream in = openForReading(path);
    const Header header = readHeader(in, path);
    ModelFileContents contents;
    contents.config = parseChecked(readConfigText(in, header, path), path);
    contents.weights = readWeights(in, header, path);
    return contents;
}

std::string modelFileBytes(const std::string& configJson, const std::string& weights) {
    std::string bytes = kMagic;
    appendUint64Le(bytes, configJson.size());
    appendUint64Le(bytes, weights.size());
    appendUint64Le(bytes, fnv1a64(configJson));
    appendUint64Le(bytes, fnv1a64(weights));
    return bytes + configJson + weights;
}

void writeModelFile(const std::string& path, const ModelConfig& config,
                    const std::string& weights) {
    writeFileAtomically(path, modelFileBytes(toJson(config), weights));
}

} // namespace spinhance::model
