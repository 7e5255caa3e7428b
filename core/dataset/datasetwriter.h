#pragma once

#include "common/progress.h"
#include "dataset/datasetreader.h"
#include "dataset/datasetshard.h"
#include "dataset/generator.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace spinhance {

/// Dataset-level facts recorded as root attributes (see datasetlayout.h).
struct DatasetMetadata {
    std::string source = "generated"; ///< "generated", "import" or "gissmo"
    std::uint64_t seed = 0;
    GeneratorOptions options;
    /// A part of a larger dataset (recorded as shard_index, shard_count, shard_first_row and
    /// total_count); whole datasets record none of these.
    DatasetShard shard;
    std::size_t totalCount = 0;
    std::size_t firstRow = 0;
};

/// One row to write: the sample, its fold and the settings its spectrum was rendered with.
struct DatasetRecord {
    DatasetSample sample;
    Split split = Split::Train;
    AugmentationDraw draw;
};

/// What a finished dataset holds.
struct DatasetSummary {
    std::size_t count = 0;
    std::size_t trainCount = 0;
    std::size_t validationCount = 0;
    std::size_t testCount = 0;
    std::string contentHash;
};

/// Writes exactly `count` records, in order, in batches. Not thread-safe: one writer thread.
/// The file is only valid after close(); a writer destroyed before that leaves an incomplete
/// file whose missing content_hash makes DatasetReader reject it.
class DatasetWriter {
public:
    /// Creates (overwrites) `path`; Error{Io} naming the file when it cannot be created.
    DatasetWriter(const std::string& path, std::size_t count, const DatasetMetadata& metadata);
    /// The same, with the root attributes of the dataset `attributesFrom` (a shard being merged)
    /// instead, less those that describe one file (count, fold counts, content hash, shard_*,
    /// total_count).
    DatasetWriter(const std::string& path, std::size_t count, const PpmGrid& grid,
                  const std::string& attributesFrom);
    ~DatasetWriter();

    /// Appends records; Error{InvalidArgument} when a spectrum has the wrong length, a target more
    /// than 8 groups, or more than `count` records arrive.
    void write(const std::vector<DatasetRecord>& records);
    /// Writes the split counts and the content hash; Error when fewer than `count` were written.
    DatasetSummary close();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Runs `write` on `path`.tmp and renames it to `path` when it returns: an existing file at `path`
/// is never touched before the new one is whole, and on any failure the .tmp is removed
/// (Error{Io} naming `path` when the rename fails).
DatasetSummary
writeDatasetAtomically(const std::string& path,
                       const std::function<DatasetSummary(const std::string&)>& write);

/// Fold of a molecule: a hash of (seed, moleculeId) against the fractions. All augmentations of a
/// molecule share the id and so the fold.
Split splitForMolecule(std::uint64_t seed, const std::string& moleculeId, double validationFraction,
                       double testFraction);

/// Generates `count` spectra with sampled systems and writes them to `path`. Runs `threads`
/// workers (≥ 1; the one place in this room that starts threads) while the calling thread writes;
/// the file is byte-identical for the same seed and options whatever the thread count.
/// `progress` is called from the calling thread after each batch; `cancel` stops between samples
/// (Error{Cancelled}, the partial file is removed). Written to `path`.tmp and renamed when
/// complete, so an existing file at `path` stays untouched until the new one is whole.
/// With `shard`, `count` is the whole dataset's size and only the shard's rows are written.
DatasetSummary generateDataset(const std::string& path, std::size_t count, std::uint64_t seed,
                               const GeneratorOptions& options, int threads = 1,
                               const ProgressCallback& progress = {},
                               const CancelFlag* cancel = nullptr, const DatasetShard& shard = {});

/// How imported systems are assigned to folds.
enum class ImportSplit { ByMoleculeId, AllTest };

/// Renders given systems (interchange records, GISSMO entries) into a dataset. Each system is
/// canonicalised (labels kept); its id is the molecule id. Same threading and determinism as
/// generateDataset. Systems that are not valid targets throw Error{InvalidInput} naming the id.
DatasetSummary writeSystemsDataset(const std::string& path, const std::vector<SpinSystem>& systems,
                                   std::uint64_t seed, const GeneratorOptions& options,
                                   const std::string& source, ImportSplit splitPolicy,
                                   int threads = 1, const ProgressCallback& progress = {},
                                   const CancelFlag* cancel = nullptr);

} // namespace spinhance
