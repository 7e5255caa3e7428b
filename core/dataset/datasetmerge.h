#pragma once

#include "common/progress.h"
#include "dataset/datasetwriter.h"

#include <string>
#include <vector>

namespace spinhance {

/// Joins the N shards of one `dataset generate --shard I/N` job, given in any order, into the
/// dataset one run would have written: the same rows in the same order, the same root attributes
/// and the same content hash. Written to `path`.tmp and renamed when whole. Throws
/// Error{InvalidInput} naming the file for a whole dataset among the shards, a shard given twice
/// or missing, or shards of different jobs (seed, size, grid or generator version);
/// Error{Cancelled} when `cancel` is set (nothing is left at `path`).
DatasetSummary mergeDatasetShards(const std::string& path, const std::vector<std::string>& shards,
                                  const ProgressCallback& progress = {},
                                  const CancelFlag* cancel = nullptr);

} // namespace spinhance
