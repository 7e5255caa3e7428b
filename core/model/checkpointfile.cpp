#include "model/checkpointfile.h"

#include "common/error.h"
#include "model/bytefields.h"
#include "model/modelfile.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

namespace spinhance::model {

namespace {

const std::string kMagicStem = "SPINCKPT";
const std::string kMagic = kMagicStem + "1\n";
// LibTorch writes a zip archive; a checkpoint starting so predates the header.
const std::string kLegacyMagic = "PK\x03\x04";
constexpr std::uint64_t kHeaderBytes = 10 + 4 * 8;
constexpr std::uint64_t kMaxStateBytes = 16u << 20;
constexpr std::uint64_t kMaxArchiveBytes = std::uint64_t(1) << 36;

struct Header {
    std::uint64_t stateBytes = 0, archiveBytes = 0, stateChecksum = 0, archiveChecksum = 0;
    std::uint64_t fileBytes() const { return kHeaderBytes + stateBytes + archiveBytes; }
};

std::string readWholeFile(const std::string& path) {
    if (!std::filesystem::exists(path))
        throw Error(ErrorCode::NotFound, "expected a training checkpoint, found nothing",
                    ErrorContext{path, 0, {}});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorCode::Io, "cannot open the checkpoint for reading",
                    ErrorContext{path, 0, {}});
    // One read of the known size: a light model's checkpoint is 150 MB.
    std::string bytes(std::size_t(std::filesystem::file_size(path)), '\0');
    in.read(bytes.data(), std::streamsize(bytes.size()));
    bytes.resize(std::size_t(in.gcount()));
    return bytes;
}

[[noreturn]] void truncated(const std::string& path, std::uint64_t expected, std::size_t found,
                            const std::string& field) {
    throw Error(ErrorCode::InvalidInput,
                "the checkpoint is truncated: expected " + std::to_string(expected) +
                    " bytes, found " + std::to_string(found) +
                    " (a copy or a disk that ran full?); resume from a backup or train again "
                    "with --restart",
                ErrorContext{path, 0, field});
}

[[noreturn]] void corrupted(const std::string& path, const std::string& what,
                            const std::string& field) {
    throw Error(ErrorCode::InvalidInput,
                "the checkpoint is corrupted: " + what +
                    "; resume from a backup or train again with --restart",
                ErrorContext{path, 0, field});
}

bool startsWith(const std::string& bytes, const std::string& prefix) {
    return bytes.compare(0, prefix.size(), prefix) == 0;
}

// Anything but the current magic: a shorter file that could have been one is truncated, another
// version or another kind of file is a mismatch.
[[noreturn]] void refuseMagic(const std::string& bytes, const std::string& path) {
    if (bytes.size() < kMagic.size() && startsWith(kMagic, bytes))
        truncated(path, kHeaderBytes, bytes.size(), "header");
    if (startsWith(bytes, kMagicStem))
        throw Error(ErrorCode::Mismatch,
                    "expected checkpoint format 1, found format " +
                        bytes.substr(kMagicStem.size(), 1) + " (written by a newer Spinhance?)",
                    ErrorContext{path, 0, "header"});
    throw Error(ErrorCode::Mismatch, "expected a Spinhance training checkpoint (SPINCKPT header)",
                ErrorContext{path, 0, "header"});
}

Header readHeader(const std::string& bytes, const std::string& path) {
    if (!startsWith(bytes, kMagic)) refuseMagic(bytes, path);
    if (bytes.size() < kHeaderBytes) truncated(path, kHeaderBytes, bytes.size(), "header");
    std::istringstream in(bytes.substr(kMagic.size(), kHeaderBytes - kMagic.size()));
    Header h;
    h.stateBytes = readUint64Le(in);
    h.archiveBytes = readUint64Le(in);
    h.stateChecksum = readUint64Le(in);
    h.archiveChecksum = readUint64Le(in);
    if (h.stateBytes > kMaxStateBytes || h.archiveBytes > kMaxArchiveBytes)
        corrupted(path,
                  "the header gives a state of " + std::to_string(h.stateBytes) +
                      " bytes and an archive of " + std::to_string(h.archiveBytes) + " bytes",
                  "header");
    return h;
}

void checkLength(const std::string& bytes, const Header& h, const std::string& path) {
    if (bytes.size() < h.fileBytes())
        truncated(path, h.fileBytes(), bytes.size(),
                  bytes.size() < kHeaderBytes + h.stateBytes ? "state" : "archive");
    if (bytes.size() > h.fileBytes())
        corrupted(path,
                  std::to_string(bytes.size() - h.fileBytes()) + " bytes follow the " +
                      std::to_string(h.archiveBytes) + " bytes of archive the header announces",
                  "archive");
}

void checkSum(const std::string& section, std::uint64_t expected, const std::string& path,
              const std::string& field) {
    const std::uint64_t found = fnv1a64(section);
    if (found != expected)
        corrupted(path,
                  "the " + field + "'s checksum is " + hex64(found) + ", the header says " +
                      hex64(expected),
                  field);
}

} // namespace

std::string toJson(const CheckpointState& state) {
    nlohmann::json j{{"epochs_done", state.epochsDone},
                     {"step", state.step},
                     {"total_steps", state.totalSteps},
                     {"epoch_samples_done", state.inEpoch.samplesDone},
                     {"epoch_steps_done", state.inEpoch.stepsDone},
                     {"epoch_loss_sum", state.inEpoch.lossSum},
                     {"metrics", nlohmann::json::parse(state.metricsJson)}};
    return j.dump();
}

namespace {

// A count of the state: a JSON integer from 0 to T's largest. The JSON library converts any number
// to an integer type, and converting 9.2e19 to int is undefined behaviour (found by fuzzing).
template <typename T>
T countOf(const nlohmann::json& j, const char* key, bool required, const std::string& path) {
    if (!j.contains(key)) {
        if (!required) return 0;
        throw Error(ErrorCode::InvalidInput, "expected this field in the checkpoint state",
                    ErrorContext{path, 0, key});
    }
    const nlohmann::json& value = j.at(key);
    const bool fits =
        value.is_number_unsigned()
            ? value.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<T>::max())
            : value.is_number_integer() && value.get<std::int64_t>() >= 0 &&
                  std::uint64_t(value.get<std::int64_t>()) <=
                      std::uint64_t(std::numeric_limits<T>::max());
    if (!fits)
        throw Error(ErrorCode::InvalidInput,
                    "expected a whole number from 0 to " +
                        std::to_string(std::numeric_limits<T>::max()) + ", found " +
                        value.dump().substr(0, 40),
                    ErrorContext{path, 0, key});
    return value.get<T>();
}

} // namespace

CheckpointState checkpointStateFromJson(const std::string& json, const std::string& path) {
    try {
        const auto j = nlohmann::json::parse(json);
        CheckpointState state;
        state.epochsDone = countOf<int>(j, "epochs_done", true, path);
        state.step = countOf<long long>(j, "step", true, path);
        state.totalSteps = countOf<long long>(j, "total_steps", false, path);
        state.inEpoch.samplesDone = countOf<long long>(j, "epoch_samples_done", false, path);
        state.inEpoch.stepsDone = countOf<long long>(j, "epoch_steps_done", false, path);
        state.inEpoch.lossSum = j.value("epoch_loss_sum", 0.0);
        state.metricsJson = j.at("metrics").dump();
        return state;
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidInput,
                    std::string("expected the state of a training run: ") + e.what(),
                    ErrorContext{path, 0, "state"});
    }
}

CheckpointFileContents readCheckpointFile(const std::string& path) {
    std::string bytes = readWholeFile(path);
    if (startsWith(bytes, kLegacyMagic)) return {{}, std::move(bytes)};
    const Header h = readHeader(bytes, path);
    checkLength(bytes, h, path);
    CheckpointFileContents contents{bytes.substr(kHeaderBytes, h.stateBytes),
                                    bytes.substr(kHeaderBytes + h.stateBytes)};
    checkSum(contents.stateJson, h.stateChecksum, path, "state");
    checkSum(contents.archive, h.archiveChecksum, path, "archive");
    return contents;
}

std::string checkpointFileBytes(const CheckpointFileContents& contents) {
    std::string bytes = kMagic;
    appendUint64Le(bytes, contents.stateJson.size());
    appendUint64Le(bytes, contents.archive.size());
    appendUint64Le(bytes, fnv1a64(contents.stateJson));
    appendUint64Le(bytes, fnv1a64(contents.archive));
    bytes += contents.stateJson;
    bytes += contents.archive;
    return bytes;
}

} // namespace spinhance::model
