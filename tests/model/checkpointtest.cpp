// Checkpoint integrity and "nothing lost" (issue 14): a checksummed checkpoint tells truncation
// from corruption, and a run stopped inside an epoch resumes there, step for step.
#include "common/error.h"
#include "model/checkpointfile.h"
#include "model/modelfile.h"
#include "model/trainer.h"
#include "syntheticsamples.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace spinhance::model {
namespace {

namespace fs = std::filesystem;

fs::path freshDir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("spinhance-checkpoint-test-" + name);
    fs::remove_all(dir);
    return dir;
}

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

fs::path writeBytes(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    return path;
}

// `call` must throw Error{code} whose message holds `part` and names `file` and `field`.
template <typename Call>
void expectError(Call call, ErrorCode code, const std::string& part, const fs::path& file,
                 const std::string& field) {
    try {
        call();
        FAIL() << "expected an error containing \"" << part << "\"";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), code) << e.what();
        EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(file.string()), std::string::npos) << e.what();
        EXPECT_EQ(e.context().field, field) << e.what();
    }
}

CheckpointState stateOf(const fs::path& checkpoint) {
    return checkpointStateFromJson(readCheckpointFile(checkpoint.string()).stateJson,
                                   checkpoint.string());
}

// 32 samples in batches of 4: 8 steps an epoch, a few seconds for three epochs of the tiny model.
TrainingConfig tinyRun(const std::string& name, int epochs) {
    TrainingConfig c;
    c.recipe = Recipe::R030;
    c.size = ModelSize::Tiny;
    c.epochs = epochs;
    c.batchSize = 4;
    c.learningRate = 3e-3;
    c.seed = 5;
    c.threads = 1;
    c.checkpointEverySteps = 0;
    c.checkpointEveryMinutes = 0;
    c.outDir = freshDir(name).string();
    c.trainSource = test::syntheticSource(32, 31);
    c.validationSource = test::syntheticSource(8, 32);
    return c;
}

std::vector<nlohmann::json> metricsLines(const std::string& path) {
    std::vector<nlohmann::json> lines;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);)
        lines.push_back(nlohmann::json::parse(line));
    return lines;
}

// Epoch numbers and losses (not the throughput, which depends on the clock).
std::vector<std::vector<double>> lossesPerEpoch(const std::string& metricsPath) {
    std::vector<std::vector<double>> rows;
    for (const auto& j : metricsLines(metricsPath))
        rows.push_back({j.at("epoch").get<double>(), j.at("train_loss").get<double>(),
                        j.at("validation_loss").get<double>()});
    return rows;
}

void expectCancelled(const TrainingConfig& c, const ProgressCallback& progress,
                     const CancelFlag* cancel) {
    try {
        train(c, progress, {}, cancel);
        FAIL() << "expected the run to be cancelled";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled) << e.what();
    }
}

// The continuation must repeat the uninterrupted run's steps exactly: same batches (the epoch's
// shuffled order, skipping what was trained on), same dropout draws (seeded by step), same
// learning rate and optimiser moments.
void expectSameContinuation(const TrainingSummary& reference, const TrainingSummary& resumed,
                            long long fromStep) {
    ASSERT_EQ(resumed.stepLosses.size(), reference.stepLosses.size() - std::size_t(fromStep));
    for (std::size_t k = 0; k < resumed.stepLosses.size(); ++k)
        EXPECT_EQ(resumed.stepLosses[k], reference.stepLosses[std::size_t(fromStep) + k])
            << "step " << fromStep + 1 + static_cast<long long>(k);
    EXPECT_EQ(resumed.steps, reference.steps);
    EXPECT_EQ(lossesPerEpoch(resumed.metricsPath), lossesPerEpoch(reference.metricsPath));
    EXPECT_EQ(readModelFile(resumed.modelPath).weights, readModelFile(reference.modelPath).weights);
}

TEST(CheckpointFile, AGoodCheckpointRoundTrips) {
    const CheckpointFileContents original{R"({"step":3})", std::string("PK\x03\x04 archive", 12)};
    const fs::path path = writeBytes(freshDir("good.pt"), checkpointFileBytes(original));
    const CheckpointFileContents again = readCheckpointFile(path.string());
    EXPECT_EQ(again.stateJson, original.stateJson);
    EXPECT_EQ(again.archive, original.archive);
    EXPECT_EQ(readBytes(path).substr(0, 10), "SPINCKPT1\n");
}

TEST(CheckpointFile, TruncationIsToldApartFromCorruption) {
    const std::string bytes = checkpointFileBytes({R"({"step":3})", std::string(5000, 'w')});
    const fs::path cut = writeBytes(freshDir("cut.pt"), bytes.substr(0, bytes.size() - 1000));
    expectError([&] { readCheckpointFile(cut.string()); }, ErrorCode::InvalidInput,
                "the checkpoint is truncated: expected " + std::to_string(bytes.size()) +
                    " bytes, found " + std::to_string(bytes.size() - 1000),
                cut, "archive");
    const fs::path header = writeBytes(freshDir("header.pt"), bytes.substr(0, 20));
    expectError([&] { readCheckpointFile(header.string()); }, ErrorCode::InvalidInput,
                "truncated: expected 42 bytes, found 20", header, "header");
    const fs::path empty = writeBytes(freshDir("empty.pt"), "");
    expectError([&] { readCheckpointFile(empty.string()); }, ErrorCode::InvalidInput, "truncated",
                empty, "header");
}

TEST(CheckpointFile, FlippedBytesAreCorruption) {
    const std::string bytes = checkpointFileBytes({R"({"step":3})", std::string(5000, 'w')});
    std::string inArchive = bytes;
    for (std::size_t k = 0; k < 20; ++k)
        inArchive[100 + 211 * k] ^= char(0x5a);
    const fs::path archive = writeBytes(freshDir("flipped.pt"), inArchive);
    expectError([&] { readCheckpointFile(archive.string()); }, ErrorCode::InvalidInput,
                "the checkpoint is corrupted: the archive's checksum is", archive, "archive");
    std::string inState = bytes;
    inState[bytes.find("step") + 1] ^= char(0x01);
    const fs::path state = writeBytes(freshDir("state.pt"), inState);
    expectError([&] { readCheckpointFile(state.string()); }, ErrorCode::InvalidInput,
                "corrupted: the state's checksum", state, "state");
    const fs::path longer = writeBytes(freshDir("longer.pt"), bytes + "extra");
    expectError([&] { readCheckpointFile(longer.string()); }, ErrorCode::InvalidInput,
                "corrupted: 5 bytes follow", longer, "archive");
}

TEST(CheckpointFile, OtherFilesAndVersionsAreRefusedAndLegacyArchivesRead) {
    const fs::path model = writeBytes(freshDir("model.pt"), modelFileBytes("{}", "weights"));
    expectError([&] { readCheckpointFile(model.string()); }, ErrorCode::Mismatch,
                "expected a Spinhance training checkpoint", model, "header");
    std::string future = checkpointFileBytes({"{}", "archive"});
    future[8] = '2';
    const fs::path newer = writeBytes(freshDir("newer.pt"), future);
    expectError([&] { readCheckpointFile(newer.string()); }, ErrorCode::Mismatch,
                "expected checkpoint format 1, found format 2", newer, "header");
    // Before the header, checkpoint.pt was the bare LibTorch (zip) archive, state inside it.
    const std::string bare("PK\x03\x04 a zip archive", 19);
    const CheckpointFileContents legacy =
        readCheckpointFile(writeBytes(freshDir("legacy.pt"), bare).string());
    EXPECT_EQ(legacy.archive, bare);
    EXPECT_TRUE(legacy.stateJson.empty());
}

TEST(CheckpointFile, StateWithoutAPlaceInTheEpochIsAnEpochBoundary) {
    const CheckpointState old = checkpointStateFromJson(
        R"({"epochs_done":2,"step":16,"total_steps":24,"metrics":{}})", "old.pt");
    EXPECT_EQ(old.epochsDone, 2);
    EXPECT_EQ(old.inEpoch.samplesDone, 0);
    CheckpointState state = old;
    state.inEpoch = {12, 3, 1.25};
    const CheckpointState again = checkpointStateFromJson(toJson(state), "new.pt");
    EXPECT_EQ(again.inEpoch.samplesDone, 12);
    EXPECT_EQ(again.inEpoch.stepsDone, 3);
    EXPECT_EQ(again.inEpoch.lossSum, 1.25);
    EXPECT_THROW(checkpointStateFromJson(R"({"step":1})", "bad.pt"), Error);
}

TEST(CheckpointFile, StateCountsMustBeWholeNumbersInRange) {
    // Found by the checkpoint fuzz target: 92233720368547758072 is parsed as a double, and
    // converting it to int was undefined behaviour.
    for (const char* json :
         {R"({"epochs_done":92233720368547758072,"step":1,"metrics":{}})",
          R"({"epochs_done":1.5,"step":1,"metrics":{}})",
          R"({"epochs_done":1,"step":-3,"metrics":{}})",
          R"({"epochs_done":1,"step":1,"epoch_samples_done":"12","metrics":{}})"}) {
        try {
            (void)checkpointStateFromJson(json, "fuzzed.pt");
            ADD_FAILURE() << "accepted " << json;
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << json;
            EXPECT_NE(std::string(e.what()).find("fuzzed.pt"), std::string::npos) << e.what();
        }
    }
}

TEST(Checkpoint, ResumingFromADamagedCheckpointSaysWhatIsWrongWithWhichFile) {
    TrainingConfig c = tinyRun("damaged", 1);
    const TrainingSummary s = train(c, {}, {}, nullptr);
    const std::string bytes = readBytes(s.checkpointPath);
    c.resume = true;
    writeBytes(s.checkpointPath, bytes.substr(0, bytes.size() / 2));
    expectError([&] { train(c, {}, {}, nullptr); }, ErrorCode::InvalidInput,
                "the checkpoint is truncated: expected " + std::to_string(bytes.size()),
                s.checkpointPath, "archive");
    std::string flipped = bytes;
    flipped[bytes.size() / 2] ^= char(0x10);
    writeBytes(s.checkpointPath, flipped);
    expectError([&] { train(c, {}, {}, nullptr); }, ErrorCode::InvalidInput,
                "the checkpoint is corrupted", s.checkpointPath, "archive");
}

TEST(Checkpoint, CancelledInsideAnEpochResumesThereStepForStep) {
    const TrainingSummary reference = train(tinyRun("straight", 3), {}, {}, nullptr);
    ASSERT_EQ(reference.steps, 24);

    TrainingConfig c = tinyRun("cancelled", 3);
    CancelFlag cancel{false};
    expectCancelled(
        c, [&](const Progress& p) { cancel = cancel || p.done == 11; }, &cancel);
    // No step-interval checkpoints here: only the cancel saved step 11, 3 steps into epoch 2.
    const CheckpointState state = stateOf(fs::path(c.outDir) / "checkpoint.pt");
    EXPECT_EQ(state.step, 11);
    EXPECT_EQ(state.epochsDone, 1);
    EXPECT_EQ(state.inEpoch.samplesDone, 12);
    EXPECT_EQ(state.inEpoch.stepsDone, 3);
    EXPECT_EQ(metricsLines((fs::path(c.outDir) / "metrics.jsonl").string()).size(), 1u);

    c.resume = true;
    const TrainingSummary resumed = train(c, {}, {}, nullptr);
    expectSameContinuation(reference, resumed, 11);
}

TEST(Checkpoint, ResumingInsideAnEpochNeedsTheSameTrainingData) {
    TrainingConfig c = tinyRun("other-data", 2);
    CancelFlag cancel{false};
    expectCancelled(
        c, [&](const Progress& p) { cancel = cancel || p.done == 3; }, &cancel);
    c.resume = true;
    c.trainSource = test::syntheticSource(32, 77);
    expectError([&] { train(c, {}, {}, nullptr); }, ErrorCode::Mismatch,
                "the checkpoint stopped inside epoch 1 of training data synthetic:31; expected the "
                "same data to resume there, found synthetic:77",
                fs::path(c.outDir) / "checkpoint.pt", "training_data_hash");
}

TEST(Checkpoint, StepIntervalCheckpointsAdvanceInsideTheEpoch) {
    TrainingConfig c = tinyRun("interval", 1);
    c.checkpointEverySteps = 3;
    const fs::path checkpoint = fs::path(c.outDir) / "checkpoint.pt";
    std::vector<long long> savedSteps; // the checkpoint's step after each step, before its own
    train(
        c,
        [&](const Progress&) {
            savedSteps.push_back(fs::exists(checkpoint) ? stateOf(checkpoint).step : 0);
        },
        {}, nullptr);
    EXPECT_EQ(savedSteps, (std::vector<long long>{0, 0, 0, 3, 3, 3, 6, 6}));
    EXPECT_EQ(stateOf(checkpoint).step, 8);
    EXPECT_EQ(stateOf(checkpoint).inEpoch.samplesDone, 0); // the epoch-end checkpoint
}

TEST(Checkpoint, TimeIntervalCheckpointsAdvanceInsideTheEpoch) {
    TrainingConfig c = tinyRun("clock", 1);
    c.checkpointEveryMinutes = 1e-9; // due after every step
    const fs::path checkpoint = fs::path(c.outDir) / "checkpoint.pt";
    std::vector<long long> savedSteps;
    train(
        c,
        [&](const Progress&) {
            savedSteps.push_back(fs::exists(checkpoint) ? stateOf(checkpoint).step : 0);
        },
        {}, nullptr);
    EXPECT_EQ(savedSteps, (std::vector<long long>{0, 1, 2, 3, 4, 5, 6, 7}));
}

// A hard kill (no chance to checkpoint) after epoch 2's metrics line: the last interval
// checkpoint lies in epoch 1, and the resumed run must not list epoch 1 or 2 twice.
TEST(Checkpoint, ResumingFromAnEarlierCheckpointDropsTheMetricsOfLaterEpochs) {
    const TrainingSummary reference = train(tinyRun("kill-straight", 2), {}, {}, nullptr);
    TrainingConfig c = tinyRun("killed", 2);
    c.checkpointEverySteps = 5;
    const fs::path checkpoint = fs::path(c.outDir) / "checkpoint.pt";
    const fs::path kept = fs::path(c.outDir).string() + "-step5.pt";
    train(
        c,
        [&](const Progress& p) {
            if (p.done == 6) fs::copy_file(checkpoint, kept, fs::copy_options::overwrite_existing);
        },
        {}, nullptr);
    fs::copy_file(kept, checkpoint, fs::copy_options::overwrite_existing);
    ASSERT_EQ(stateOf(checkpoint).step, 5);
    c.resume = true;
    expectSameContinuation(reference, train(c, {}, {}, nullptr), 5);
    fs::remove(kept);
}

} // namespace
} // namespace spinhance::model
