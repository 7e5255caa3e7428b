#pragma once

#include "common/ppmgrid.h"
#include "dataset/augmentation.h"
#include "dataset/datasetshard.h"
#include "dataset/generator.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace spinhance {

/// Folds of a dataset; assigned per molecule id, never per spectrum.
enum class Split { Train, Validation, Test };

/// "train", "validation" or "test" → Split; anything else → Error{InvalidArgument} on field
/// "split".
Split splitFromName(const std::string& name);

/// Where a shard's rows sit in the whole dataset.
struct DatasetShardInfo {
    DatasetShard shard;
    std::size_t firstRow = 0;
    std::size_t totalCount = 0;
};

/// Reads a Spinhance HDF5 dataset (layout in docs/dataset.md and datasetlayout.h). Targets and
/// metadata are loaded at open; spectra are read on demand. Methods are safe to call from several
/// threads (HDF5 calls are serialised).
class DatasetReader {
public:
    /// Throws Error{NotFound} for a missing file, Error{InvalidInput} naming the file and the
    /// dataset/attribute for a wrong layout or a truncated file.
    explicit DatasetReader(const std::string& path);
    ~DatasetReader();
    DatasetReader(DatasetReader&&) noexcept;
    DatasetReader& operator=(DatasetReader&&) noexcept;

    std::size_t size() const;
    std::vector<std::size_t> indicesOf(Split split) const;
    Split splitOf(std::size_t index) const;

    DatasetSample read(std::size_t index) const;
    /// Batched read (one HDF5 call per run of consecutive indices); order follows `indices`.
    std::vector<DatasetSample> readMany(const std::vector<std::size_t>& indices) const;
    /// Targets only (no spectrum I/O), e.g. for statistics.
    const SpinSystem& target(std::size_t index) const;

    /// The recorded render settings of a sample: field, line width and SNR (the others are not
    /// stored and stay at their defaults).
    AugmentationDraw recordedDraw(std::size_t index) const;
    /// Set for a file written by `dataset generate --shard`.
    std::optional<DatasetShardInfo> shardInfo() const;

    PpmGrid grid() const;
    double fieldMHz() const;
    /// Hex digest of spectra + targets + ids + splits, recorded at write time.
    std::string contentHash() const;
    std::string generatorVersion() const;
    std::uint64_t seed() const;
    const std::string& path() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};
} // namespace spinhance
