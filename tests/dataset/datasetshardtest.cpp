// Sharded generation (dataset generate --shard I/N) and dataset merge: the shards of one job,
// merged in any order, must give back the dataset one run writes — every row and the content
// hash — and merge must refuse shards that do not make one whole job, naming the file.
#include "common/error.h"
#include "dataset/datasetmerge.h"
#include "dataset/datasetreader.h"
#include "dataset/datasetwriter.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace spinhance;
namespace fs = std::filesystem;

namespace {

class DatasetShards : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("spinhance-shard-test-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    static GeneratorOptions options() {
        GeneratorOptions o;
        o.maxGroups = 4;
        o.grid.points = 1024; // small rows: the test is about row bookkeeping, not spectra
        return o;
    }
    // `total` spectra of seed 9, whole (shard count 1) or shard I of N.
    std::string generate(const std::string& name, std::size_t total, DatasetShard shard = {}) {
        const std::string path = (m_dir / name).string();
        generateDataset(path, total, 9, options(), 2, {}, nullptr, shard);
        return path;
    }
    std::string path(const std::string& name) const { return (m_dir / name).string(); }

    fs::path m_dir;
};

void expectMergeRefused(const std::string& out, const std::vector<std::string>& shards,
                        const std::string& namedFile, const std::string& phrase) {
    try {
        mergeDatasetShards(out, shards);
        ADD_FAILURE() << "merged shards that are not one whole job";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().file, namedFile) << e.what();
        EXPECT_NE(std::string(e.what()).find(phrase), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(out));
    EXPECT_FALSE(fs::exists(out + ".tmp"));
}

} // namespace

TEST(DatasetShard, ParsesIOfNAndSplitsRowsEvenly) {
    const DatasetShard s = parseDatasetShard("2/8");
    EXPECT_EQ(s.index, 2u);
    EXPECT_EQ(s.count, 8u);
    std::size_t next = 0, smallest = 1000, largest = 0;
    for (std::size_t k = 0; k < 7; ++k) {
        const auto [first, end] = shardRows(600, {k, 7});
        EXPECT_EQ(first, next); // contiguous, no gap, no overlap
        next = end;
        smallest = std::min(smallest, end - first), largest = std::max(largest, end - first);
    }
    EXPECT_EQ(next, 600u);
    EXPECT_LE(largest - smallest, 1u);
    for (const char* bad : {"8/8", "1", "-1/4", "a/b", "1/0", "3/200000"})
        EXPECT_THROW(parseDatasetShard(bad), Error) << bad;
}

// 600 rows in shards of 200: the shard edges fall inside the writer's 256-row blocks.
TEST_F(DatasetShards, MergedShardsEqualOneRunRowForRowWithTheSameContentHash) {
    const std::string whole = generate("whole.h5", 600);
    const std::vector<std::string> shards{generate("s2.h5", 600, {2, 3}),
                                          generate("s0.h5", 600, {0, 3}),
                                          generate("s1.h5", 600, {1, 3})};
    EXPECT_EQ(DatasetReader(shards[0]).size(), 200u);
    const DatasetSummary merged = mergeDatasetShards(path("merged.h5"), shards);
    const DatasetReader a(whole), b(path("merged.h5"));
    ASSERT_EQ(b.size(), 600u);
    EXPECT_EQ(merged.contentHash, a.contentHash());
    EXPECT_EQ(b.contentHash(), a.contentHash());
    EXPECT_FALSE(b.shardInfo());
    EXPECT_EQ(b.seed(), a.seed());
    for (std::size_t row : {0u, 199u, 200u, 255u, 256u, 399u, 400u, 599u}) {
        const DatasetSample x = a.read(row), y = b.read(row);
        EXPECT_EQ(x.spectrum, y.spectrum) << row;
        EXPECT_EQ(x.moleculeId, y.moleculeId) << row;
        EXPECT_EQ(a.splitOf(row), b.splitOf(row)) << row;
        EXPECT_EQ(a.recordedDraw(row).linewidthHz, b.recordedDraw(row).linewidthHz) << row;
        ASSERT_EQ(x.target.size(), y.target.size()) << row;
        for (std::size_t g = 0; g < x.target.size(); ++g)
            EXPECT_EQ(x.target.group(g).shiftPpm, y.target.group(g).shiftPpm) << row;
    }
}

TEST_F(DatasetShards, MergeRefusesAMissingADuplicateOrAForeignShardNamingTheFile) {
    const std::string s0 = generate("s0.h5", 90, {0, 3}), s1 = generate("s1.h5", 90, {1, 3});
    const std::string s2 = generate("s2.h5", 90, {2, 3});
    const std::string out = path("merged.h5");
    expectMergeRefused(out, {s0, s2}, s2, "shard 1/3 is missing");
    expectMergeRefused(out, {s0, s1}, s1, "expected 3 shards, found 2");
    const std::string again = path("s1-again.h5");
    fs::copy_file(s1, again);
    expectMergeRefused(out, {s0, s1, again, s2}, again, "is also given as");
    const std::string other = generate("other-size.h5", 99, {1, 3});
    expectMergeRefused(out, {s0, other, s2}, other, "belongs to another job");
    const std::string whole = generate("whole.h5", 30);
    expectMergeRefused(out, {s0, s1, s2, whole}, whole, "found a whole dataset");
}

TEST_F(DatasetShards, AShardWithoutRowsIsRefused) {
    try {
        generate("empty-shard.h5", 2, {0, 3});
        ADD_FAILURE() << "wrote a shard of no rows";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().field, "--shard");
    }
}
