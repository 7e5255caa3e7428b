#include "dataset/datasetmerge.h"

#include "common/error.h"

#include <algorithm>
#include <filesystem>

namespace spinhance {

namespace {

// The writer hashes each write call's rows as one block; writing the same 256-row blocks as
// generateDataset reproduces its content hash.
constexpr std::size_t kBlockRows = 256;

struct OpenShard {
    DatasetReader reader;
    DatasetShardInfo info;
};

Error badShard(const std::string& file, const std::string& what) {
    return Error(ErrorCode::InvalidInput, what, {file, 0, "shard"});
}

std::string nameOf(const DatasetShard& s) {
    return std::to_string(s.index) + "/" + std::to_string(s.count);
}

OpenShard openShard(const std::string& path) {
    DatasetReader reader(path);
    const auto info = reader.shardInfo();
    if (!info)
        throw badShard(path, "expected a shard written by dataset generate --shard I/N, found a "
                             "whole dataset");
    const auto [first, end] = shardRows(info->totalCount, info->shard);
    if (info->shard.count < 2 || info->shard.index >= info->shard.count ||
        info->firstRow != first || reader.size() != end - first)
        throw badShard(path, "its shard attributes (shard " + nameOf(info->shard) + ", rows from " +
                                 std::to_string(info->firstRow) + ") do not fit its " +
                                 std::to_string(reader.size()) + " rows");
    return {std::move(reader), *info};
}

// Every shard of one job, once each, sorted by index.
void requireOneJob(std::vector<OpenShard>& shards) {
    std::stable_sort(shards.begin(), shards.end(), [](const OpenShard& a, const OpenShard& b) {
        return a.info.shard.index < b.info.shard.index;
    });
    const OpenShard& first = shards.front();
    for (std::size_t k = 0; k < shards.size(); ++k) {
        const OpenShard& s = shards[k];
        const std::string& file = s.reader.path();
        if (s.info.shard.count != first.info.shard.count ||
            s.info.totalCount != first.info.totalCount || s.reader.seed() != first.reader.seed() ||
            !(s.reader.grid() == first.reader.grid()) ||
            s.reader.generatorVersion() != first.reader.generatorVersion())
            throw badShard(file, "belongs to another job than " + first.reader.path() +
                                     " (shard count, dataset size, seed, grid or generator "
                                     "version differ)");
        if (k > 0 && s.info.shard.index == shards[k - 1].info.shard.index)
            throw badShard(file, "shard " + nameOf(s.info.shard) + " is also given as " +
                                     shards[k - 1].reader.path());
        if (s.info.shard.index != k)
            throw badShard(file, "expected every shard 0 … " +
                                     std::to_string(first.info.shard.count - 1) + ", shard " +
                                     std::to_string(k) + "/" +
                                     std::to_string(first.info.shard.count) + " is missing");
    }
    if (shards.size() != first.info.shard.count)
        throw badShard(shards.back().reader.path(),
                       "expected " + std::to_string(first.info.shard.count) + " shards, found " +
                           std::to_string(shards.size()) + "; shard " +
                           std::to_string(shards.size()) + " and later are missing");
}

// Rows [first, end) of the whole, read from the shards that hold them.
std::vector<DatasetRecord> recordsOf(const std::vector<OpenShard>& shards, std::size_t first,
                                     std::size_t end) {
    std::vector<DatasetRecord> records;
    for (const OpenShard& s : shards) {
        const std::size_t from = std::max(first, s.info.firstRow);
        const std::size_t to = std::min(end, s.info.firstRow + s.reader.size());
        if (from >= to) continue;
        std::vector<std::size_t> local;
        for (std::size_t row = from; row < to; ++row)
            local.push_back(row - s.info.firstRow);
        std::vector<DatasetSample> samples = s.reader.readMany(local);
        for (std::size_t k = 0; k < local.size(); ++k)
            records.push_back({std::move(samples[k]), s.reader.splitOf(local[k]),
                               s.reader.recordedDraw(local[k])});
    }
    return records;
}

} // namespace

DatasetSummary mergeDatasetShards(const std::string& path, const std::vector<std::string>& paths,
                                  const ProgressCallback& progress, const CancelFlag* cancel) {
    if (paths.empty())
        throw Error(ErrorCode::InvalidArgument, "expected the shard files to merge", {path, 0, {}});
    std::vector<OpenShard> shards;
    for (const std::string& p : paths)
        shards.push_back(openShard(p));
    requireOneJob(shards);
    const std::size_t total = shards.front().info.totalCount;
    return writeDatasetAtomically(path, [&](const std::string& partial) {
        DatasetWriter writer(partial, total, shards.front().reader.grid(),
                             shards.front().reader.path());
        for (std::size_t first = 0; first < total; first += kBlockRows) {
            throwIfCancelled(cancel);
            const std::size_t end = std::min(total, first + kBlockRows);
            writer.write(recordsOf(shards, first, end));
            if (progress) progress({(long long)end, (long long)total, "merging"});
        }
        return writer.close();
    });
}

} // namespace spinhance
