#pragma once

#include <cstddef>
#include <string>
#include <utility>

namespace spinhance {

/// One part of a dataset made by several jobs (`dataset generate --shard I/N`, e.g. a Slurm job
/// array): shard `index` of `count` holds a contiguous block of the rows the whole dataset would
/// hold, each row exactly as the whole run would make it (rows are pure functions of the seed
/// and their index), so `dataset merge` gives the whole dataset back, content hash included.
struct DatasetShard {
    std::size_t index = 0;
    std::size_t count = 1;
    bool whole() const { return count == 1; }
};

/// "I/N" with 0 ≤ I < N ≤ 100000; throws Error{InvalidArgument} on field "--shard" otherwise.
DatasetShard parseDatasetShard(const std::string& text);

/// Rows [first, end) of a `total`-row dataset that `shard` holds: blocks as even as can be.
std::pair<std::size_t, std::size_t> shardRows(std::size_t total, const DatasetShard& shard);

} // namespace spinhance
