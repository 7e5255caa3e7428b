#include "dataset/datasetshard.h"

#include "common/error.h"

#include <cstdint>
#include <regex>

namespace spinhance {

DatasetShard parseDatasetShard(const std::string& text) {
    static const std::regex kShard(R"(^\s*(\d{1,6})\s*/\s*(\d{1,6})\s*$)");
    std::smatch m;
    const std::string shown = text.substr(0, 40);
    if (!std::regex_match(text, m, kShard))
        throw Error(ErrorCode::InvalidArgument,
                    "expected I/N such as 0/8 (shard I of N, counted from 0), found '" + shown +
                        "'",
                    {"", 0, "--shard"});
    const DatasetShard shard{std::stoul(m[1].str()), std::stoul(m[2].str())};
    if (shard.count < 1 || shard.count > 100000 || shard.index >= shard.count)
        throw Error(ErrorCode::InvalidArgument,
                    "expected 0 ≤ I < N ≤ 100000 in I/N, found '" + shown + "'",
                    {"", 0, "--shard"});
    return shard;
}

std::pair<std::size_t, std::size_t> shardRows(std::size_t total, const DatasetShard& shard) {
    // total × k stays below 2⁶⁴ for up to 1.8e14 rows (k ≤ 100000 shards): far beyond any
    // dataset.
    const auto boundary = [&](std::size_t k) {
        return std::size_t(std::uint64_t(total) * std::uint64_t(k) / shard.count);
    };
    return {boundary(shard.index), boundary(shard.index + 1)};
}

} // namespace spinhance
