// Model file integrity (issue 14): lengths and checksums in the header tell a truncated file from a
// corrupted one; a damaged model is refused instead of loading and predicting nonsense.
#include "model/modelfile.h"

#include "common/error.h"
#include "model/modelio.h"
#include "model/predictor.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>

namespace spinhance::model {
namespace {

namespace fs = std::filesystem;

const std::string kTinyModel = SPINHANCE_TEST_DATA_DIR "/model/tiny-030.spinmodel";
const std::string kDefaultModel = SPINHANCE_SOURCE_DIR "/resources/models/default.spinmodel";

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path writeTemp(const std::string& name, const std::string& bytes) {
    const fs::path path = fs::temp_directory_path() /
                          ("spinhance-modelfile-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    return path;
}

// `call` must throw Error{code} whose message holds `part` and whose field is `field`.
template <typename Call>
void expectError(Call call, ErrorCode code, const std::string& part, const std::string& field) {
    try {
        call();
        FAIL() << "expected an error containing \"" << part << "\"";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), code) << e.what();
        EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
        EXPECT_EQ(e.context().field, field) << e.what();
    }
}

TEST(ModelFile, ShippedModelsCarryChecksumsAndLoad) {
    for (const std::string& path : {kTinyModel, kDefaultModel}) {
        EXPECT_EQ(readBytes(path).substr(0, 11), "SPINMODEL2\n") << path;
        const ModelFileContents contents = readModelFile(path);
        EXPECT_FALSE(contents.weights.empty());
    }
    EXPECT_NO_THROW(loadModel(kTinyModel));
}

TEST(ModelFile, WriteThenReadKeepsEveryByte) {
    const ModelFileContents original = readModelFile(kTinyModel);
    const fs::path copy = writeTemp("copy.spinmodel", "");
    writeModelFile(copy.string(), original.config, original.weights);
    const ModelFileContents again = readModelFile(copy.string());
    EXPECT_EQ(again.weights, original.weights);
    EXPECT_EQ(toJson(again.config), toJson(original.config));
    fs::remove(copy);
}

TEST(ModelFile, TwentyFlippedBytesInTheWeightsAreCorruption) {
    std::string bytes = readBytes(kTinyModel);
    for (std::size_t k = 0; k < 20; ++k)
        bytes[bytes.size() / 2 + 997 * k] ^= char(0x5a);
    const fs::path damaged = writeTemp("flipped.spinmodel", bytes);
    expectError([&] { readModelFile(damaged.string()); }, ErrorCode::InvalidInput, "corrupted",
                "weights");
    expectError([&] { loadModel(damaged.string()); }, ErrorCode::InvalidInput, "checksum",
                "weights");
    fs::remove(damaged);
}

TEST(ModelFile, AFlippedByteInTheConfigIsCorruptionEvenWhenListing) {
    std::string bytes = readBytes(kTinyModel);
    const std::size_t inConfig = bytes.find("\"recipe\"");
    ASSERT_NE(inConfig, std::string::npos);
    bytes[inConfig + 2] ^= char(0x01);
    const fs::path damaged = writeTemp("config.spinmodel", bytes);
    expectError([&] { readModelConfig(damaged.string()); }, ErrorCode::InvalidInput, "corrupted",
                "config");
    fs::remove(damaged);
}

TEST(ModelFile, TruncationIsToldApartFromCorruption) {
    const std::string bytes = readBytes(kTinyModel);
    const fs::path cut = writeTemp("cut.spinmodel", bytes.substr(0, bytes.size() - 1000));
    expectError([&] { readModelFile(cut.string()); }, ErrorCode::InvalidInput, "truncated",
                "weights");
    expectError([&] { loadModel(cut.string()); }, ErrorCode::InvalidInput,
                "expected " + std::to_string(bytes.size()) + " bytes, found " +
                    std::to_string(bytes.size() - 1000),
                "weights");
    const fs::path header = writeTemp("header.spinmodel", bytes.substr(0, 20));
    expectError([&] { readModelConfig(header.string()); }, ErrorCode::InvalidInput, "truncated",
                "header");
    const fs::path longer = writeTemp("longer.spinmodel", bytes + "extra");
    expectError([&] { readModelFile(longer.string()); }, ErrorCode::InvalidInput, "5 bytes follow",
                "weights");
    fs::remove(cut), fs::remove(header), fs::remove(longer);
}

TEST(ModelFile, LegacyFilesWithoutChecksumsStillLoad) {
    const ModelFileContents original = readModelFile(kTinyModel);
    const std::string json = toJson(original.config);
    std::string legacy = "SPINMODEL\n";
    for (int k = 0; k < 8; ++k)
        legacy.push_back(char((std::uint64_t(json.size()) >> (8 * k)) & 0xff));
    const fs::path path = writeTemp("legacy.spinmodel", legacy + json + original.weights);
    EXPECT_EQ(readModelFile(path.string()).weights, original.weights);
    EXPECT_NO_THROW(loadModel(path.string()));
    fs::remove(path);
}

TEST(ModelFile, ChecksumIsFnv1a64) {
    EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
    EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
}

} // namespace
} // namespace spinhance::model

namespace spinhance {

// The analysis flags a spectrum outside the fields a model was trained on (issue 15).
TEST(ModelInfoFields, ASingleFieldModelCoversOnlyItsFieldAndARangeModelItsRange) {
    ModelInfo single;
    EXPECT_TRUE(single.coversField(90.0, 0.1));
    EXPECT_TRUE(single.coversField(98.0, 0.1));
    EXPECT_FALSE(single.coversField(60.0, 0.1));
    ModelInfo range;
    range.fieldInput = true;
    range.fieldMinMHz = 40.0;
    range.fieldMaxMHz = 600.0;
    for (double field : {43.0, 60.0, 400.0, 600.0})
        EXPECT_TRUE(range.coversField(field, 0.1)) << field;
    for (double field : {20.0, 900.0})
        EXPECT_FALSE(range.coversField(field, 0.1)) << field;
}

} // namespace spinhance
