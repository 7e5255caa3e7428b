#include "dataset/datasetreader.h"

#include "common/error.h"
#include "dataset/datasetlayout.h"
#include "dataset/halffloat.h"
#include "dataset/hdf5util.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>

namespace spinhance {

Split splitFromName(const std::string& name) {
    if (name == "train") return Split::Train;
    if (name == "validation") return Split::Validation;
    if (name == "test") return Split::Test;
    throw Error(ErrorCode::InvalidArgument,
                "expected a split train, validation or test, found '" + name + "'",
                ErrorContext{{}, 0, "split"});
}

namespace {

constexpr std::size_t kG = layout::kGroupSlots;
// A row's spectrum chunk costs at least its B-tree entry and a deflate stream (tens of bytes).
constexpr std::uintmax_t kMinBytesPerRow = 16;
// 64 times the model grid: room for any processing grid, far from sizes that exhaust memory.
constexpr std::int64_t kMaxGridPoints = 1 << 20;

std::vector<std::string> splitText(const std::string& text, char separator) {
    std::vector<std::string> parts;
    if (text.empty()) return parts;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find(separator, start)) != std::string::npos; start = end + 1)
        parts.push_back(text.substr(start, end - start));
    parts.push_back(text.substr(start));
    return parts;
}

} // namespace

struct DatasetReader::Impl {
    std::string path;
    h5::Handle file;
    h5::Handle spectra;
    std::size_t count = 0;
    PpmGrid grid;
    double fieldMHz = 0.0;
    std::string hash, version;
    std::uint64_t seed = 0;
    std::vector<SpinSystem> targets;
    std::vector<float> fieldsMHz; ///< per sample, jitter included
    std::vector<float> linewidthsHz, snrs;
    std::optional<DatasetShardInfo> shard;
    std::vector<Split> splits;
    mutable std::mutex mutex; // one HDF5 read at a time on the shared handles

    void open();
    void checkRoot();
    template <typename T>
    std::vector<T> readAll(const char* name, hid_t memoryType, std::size_t perRow);
    std::vector<std::string> readStrings(const char* name, std::size_t maxBytes);
    void loadTargets();
    void readRows(std::size_t first, std::size_t rows, std::uint16_t* out) const;
    [[noreturn]] void fail(const std::string& field, const std::string& reason) const {
        throw Error(ErrorCode::InvalidInput, reason, {path, 0, field});
    }
};

void DatasetReader::Impl::open() {
    if (!std::filesystem::exists(path))
        throw Error(ErrorCode::NotFound, "no such dataset file", {path, 0, ""});
    h5::silenceErrorPrinting();
    if (H5Fis_hdf5(path.c_str()) <= 0)
        fail("",
             "not an HDF5 file (expected a Spinhance dataset written by spinhance-cli dataset)");
    file = h5::Handle(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT));
    if (!file.valid())
        fail("", "cannot open the HDF5 file; it is truncated or damaged (HDF5: " +
                     h5::lastErrorMessage() + ")");
    H5F_info2_t info{};
    if (H5Fget_info2(file, &info) < 0 || info.super.version < 2)
        fail("format", "not a Spinhance dataset of layout " + std::to_string(layout::kVersion) +
                           ": its HDF5 superblock (version " + std::to_string(info.super.version) +
                           ") carries no checksums, and this reader trusts no metadata without");
    checkRoot();
    loadTargets();
    if (h5::hasAttribute(file, "shard_index"))
        shard = DatasetShardInfo{
            DatasetShard{std::size_t(h5::readUint64Attribute(file, "shard_index", path)),
                         std::size_t(h5::readUint64Attribute(file, "shard_count", path))},
            std::size_t(h5::readUint64Attribute(file, "shard_first_row", path)),
            std::size_t(h5::readUint64Attribute(file, "total_count", path))};
}

void DatasetReader::Impl::checkRoot() {
    const std::string format = h5::readStringAttribute(file, "format", path);
    if (format != layout::kFormat)
        fail("format", "expected '" + std::string(layout::kFormat) + "', found '" + format + "'");
    const std::int64_t layoutVersion = h5::readIntAttribute(file, "layout_version", path);
    if (layoutVersion == 1)
        throw Error(ErrorCode::Unsupported,
                    "layout version 1 (variable-length strings, which libhdf5 1.10 reads unsafely "
                    "from a damaged file) is no longer read; write the dataset again with this "
                    "build (spinhance-cli dataset generate with the same --seed " +
                        std::to_string(h5::readUint64Attribute(file, "seed", path)) +
                        ", or dataset import)",
                    {path, 0, "layout_version"});
    if (layoutVersion != layout::kVersion)
        throw Error(ErrorCode::Unsupported,
                    "layout version " + std::to_string(layoutVersion) +
                        " is not supported (this build reads version " +
                        std::to_string(layout::kVersion) + ")",
                    {path, 0, "layout_version"});
    count = h5::readUint64Attribute(file, "count", path);
    // Every row's spectrum is a chunk of its own (index entry and data): a damaged count must
    // not size the arrays loaded below.
    const std::uintmax_t fileBytes = std::filesystem::file_size(path);
    if (count > fileBytes / kMinBytesPerRow)
        fail("count", "declares " + std::to_string(count) + " rows, more than a file of " +
                          std::to_string(fileBytes) + " bytes can hold");
    grid.fromPpm = h5::readDoubleAttribute(file, "grid_from_ppm", path);
    grid.toPpm = h5::readDoubleAttribute(file, "grid_to_ppm", path);
    const std::int64_t points = h5::readIntAttribute(file, "grid_points", path);
    if (points < 2 || points > kMaxGridPoints)
        fail("grid_points", "expected 2 to " + std::to_string(kMaxGridPoints) + " points, found " +
                                std::to_string(points));
    grid.points = int(points);
    if (!std::isfinite(grid.fromPpm) || !std::isfinite(grid.toPpm) || grid.fromPpm == grid.toPpm)
        fail("grid_from_ppm", "expected a finite ppm axis of non-zero width");
    fieldMHz = h5::readDoubleAttribute(file, "field_mhz", path);
    version = h5::readStringAttribute(file, "generator_version", path);
    seed = h5::readUint64Attribute(file, "seed", path);
    if (H5Aexists(file, "content_hash") <= 0)
        fail("content_hash", "the dataset is incomplete (its writer did not finish)");
    hash = h5::readStringAttribute(file, "content_hash", path);
    spectra = h5::openDataset(file, layout::kSpectra, path);
    const std::vector<hsize_t> dims = h5::extentOf(spectra);
    if (dims.size() != 2 || dims[0] != count || dims[1] != hsize_t(grid.points))
        fail(layout::kSpectra, "expected [" + std::to_string(count) + ", " +
                                   std::to_string(grid.points) + "] values, found another shape");
}

template <typename T>
std::vector<T> DatasetReader::Impl::readAll(const char* name, hid_t memoryType,
                                            std::size_t perRow) {
    h5::Handle dataset = h5::openDataset(file, name, path);
    const std::vector<hsize_t> dims = h5::extentOf(dataset);
    hsize_t total = 1;
    for (hsize_t d : dims)
        total *= d;
    if (dims.empty() || dims[0] != count || total != count * perRow)
        fail(name, "expected " + std::to_string(count) + " rows of " + std::to_string(perRow) +
                       " values, found another shape");
    std::vector<T> values(total);
    if (H5Dread(dataset, memoryType, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0)
        fail(name, "cannot read the data; the file is truncated or damaged (HDF5: " +
                       h5::lastErrorMessage() + ")");
    return values;
}

std::vector<std::string> DatasetReader::Impl::readStrings(const char* name, std::size_t maxBytes) {
    h5::Handle dataset = h5::openDataset(file, name, path);
    // Only the fixed-length strings we write: a variable-length one would be read from the global
    // heap (see datasetlayout.h).
    h5::Handle type(H5Dget_type(dataset));
    if (H5Tget_class(type) != H5T_STRING || H5Tis_variable_str(type) != 0)
        fail(name, "expected fixed-length strings");
    const std::size_t bytes = H5Tget_size(type);
    if (bytes == 0 || bytes > maxBytes)
        fail(name, "expected strings of at most " + std::to_string(maxBytes) + " bytes, found " +
                       std::to_string(bytes));
    const std::vector<hsize_t> dims = h5::extentOf(dataset);
    if (dims.size() != 1 || dims[0] != count)
        fail(name, "expected " + std::to_string(count) + " strings, found another shape");
    h5::Handle memoryType = h5::fixedStringType(bytes);
    std::vector<char> packed(count * bytes);
    if (H5Dread(dataset, memoryType, H5S_ALL, H5S_ALL, H5P_DEFAULT, packed.data()) < 0)
        fail(name, "cannot read the data; the file is truncated or damaged (HDF5: " +
                       h5::lastErrorMessage() + ")");
    std::vector<std::string> values;
    values.reserve(count);
    for (std::size_t r = 0; r < count; ++r) {
        const char* row = packed.data() + r * bytes;
        values.emplace_back(row, std::find(row, row + bytes, '\0'));
    }
    return values;
}

void DatasetReader::Impl::loadTargets() {
    const auto groupCount = readAll<std::uint8_t>(layout::kGroupCount, H5T_NATIVE_UINT8, 1);
    const auto shift = readAll<double>(layout::kShift, H5T_NATIVE_DOUBLE, kG);
    const auto degeneracy = readAll<std::uint8_t>(layout::kDegeneracy, H5T_NATIVE_UINT8, kG);
    const auto coupling = readAll<double>(layout::kCoupling, H5T_NATIVE_DOUBLE, kG * kG);
    const auto split = readAll<std::uint8_t>(layout::kSplit, H5T_NATIVE_UINT8, 1);
    const auto ids = readStrings(layout::kMoleculeId, layout::kMoleculeIdBytes);
    const auto fragments = readStrings(layout::kFragments, layout::kFragmentsBytes);
    const auto labels = readStrings(layout::kLabels, layout::kLabelsBytes);
    const auto smiles = readStrings(layout::kSmiles, layout::kSmilesBytes);
    fieldsMHz = readAll<float>(layout::kField, H5T_NATIVE_FLOAT, 1);
    linewidthsHz = readAll<float>(layout::kLinewidth, H5T_NATIVE_FLOAT, 1);
    snrs = readAll<float>(layout::kSnr, H5T_NATIVE_FLOAT, 1);
    targets.resize(count);
    for (std::size_t r = 0; r < count; ++r) {
        if (groupCount[r] > kG || split[r] > 2)
            fail(groupCount[r] > kG ? layout::kGroupCount : layout::kSplit,
                 "row " + std::to_string(r) + " holds an out-of-range value");
        SpinSystem& s = targets[r];
        const std::vector<std::string> rowLabels = splitText(labels[r], ',');
        for (std::size_t i = 0; i < groupCount[r]; ++i)
            s.addGroup(shift[r * kG + i], degeneracy[r * kG + i],
                       i < rowLabels.size() ? rowLabels[i] : std::string());
        for (std::size_t i = 0; i < groupCount[r]; ++i)
            for (std::size_t j = i + 1; j < groupCount[r]; ++j)
                s.setCouplingHz(i, j, coupling[(r * kG + i) * kG + j]);
        s.id = ids[r];
        s.smiles = smiles[r];
        s.fragments = splitText(fragments[r], ';');
        splits.push_back(Split(split[r]));
    }
}

void DatasetReader::Impl::readRows(std::size_t first, std::size_t rows, std::uint16_t* out) const {
    std::lock_guard<std::mutex> lock(mutex);
    h5::Handle memory;
    h5::Handle space = h5::selectRows(spectra, first, rows, memory);
    if (H5Dread(spectra, h5::halfFloatType(), memory, space, H5P_DEFAULT, out) < 0)
        throw Error(ErrorCode::InvalidInput,
                    "cannot read spectra " + std::to_string(first) + "–" +
                        std::to_string(first + rows - 1) +
                        "; the file is truncated or damaged (HDF5: " + h5::lastErrorMessage() + ")",
                    {path, 0, layout::kSpectra});
}

DatasetReader::DatasetReader(const std::string& path) : m_impl(std::make_unique<Impl>()) {
    m_impl->path = path;
    m_impl->open();
}

DatasetReader::~DatasetReader() = default;
DatasetReader::DatasetReader(DatasetReader&&) noexcept = default;
DatasetReader& DatasetReader::operator=(DatasetReader&&) noexcept = default;

std::size_t DatasetReader::size() const {
    return m_impl->count;
}

std::vector<std::size_t> DatasetReader::indicesOf(Split split) const {
    std::vector<std::size_t> indices;
    for (std::size_t i = 0; i < m_impl->splits.size(); ++i)
        if (m_impl->splits[i] == split) indices.push_back(i);
    return indices;
}

Split DatasetReader::splitOf(std::size_t index) const {
    return m_impl->splits.at(index);
}

AugmentationDraw DatasetReader::recordedDraw(std::size_t index) const {
    target(index); // range check
    AugmentationDraw draw;
    draw.fieldMHz = m_impl->fieldsMHz[index];
    draw.linewidthHz = m_impl->linewidthsHz[index];
    draw.snr = m_impl->snrs[index];
    return draw;
}

std::optional<DatasetShardInfo> DatasetReader::shardInfo() const {
    return m_impl->shard;
}

const SpinSystem& DatasetReader::target(std::size_t index) const {
    if (index >= m_impl->count)
        throw Error(ErrorCode::InvalidArgument,
                    "sample " + std::to_string(index) + " of " + std::to_string(m_impl->count),
                    {m_impl->path, 0, "index"});
    return m_impl->targets[index];
}

DatasetSample DatasetReader::read(std::size_t index) const {
    return readMany({index}).front();
}

std::vector<DatasetSample> DatasetReader::readMany(const std::vector<std::size_t>& indices) const {
    const std::size_t points = std::size_t(m_impl->grid.points);
    std::vector<DatasetSample> samples(indices.size());
    std::vector<std::uint16_t> half;
    for (std::size_t k = 0; k < indices.size();) {
        std::size_t run = 1; // consecutive indices travel in one read
        while (k + run < indices.size() && indices[k + run] == indices[k] + run)
            ++run;
        target(indices[k] + run - 1); // bounds check
        half.resize(run * points);
        m_impl->readRows(indices[k], run, half.data());
        for (std::size_t r = 0; r < run; ++r) {
            DatasetSample& s = samples[k + r];
            s.target = m_impl->targets[indices[k + r]];
            s.fieldMHz = m_impl->fieldsMHz[indices[k + r]];
            s.moleculeId = s.target.id;
            s.spectrum.resize(points);
            for (std::size_t i = 0; i < points; ++i) {
                const std::uint16_t value = half[r * points + i];
                // A damaged file must not feed Inf or NaN to training (all-ones exponent).
                if ((value & 0x7C00u) == 0x7C00u)
                    m_impl->fail(layout::kSpectra, "row " + std::to_string(indices[k + r]) +
                                                       ", point " + std::to_string(i) +
                                                       " is not a finite number");
                s.spectrum[i] = halfToFloat(value);
            }
        }
        k += run;
    }
    return samples;
}

PpmGrid DatasetReader::grid() const {
    return m_impl->grid;
}
double DatasetReader::fieldMHz() const {
    return m_impl->fieldMHz;
}
std::string DatasetReader::contentHash() const {
    return m_impl->hash;
}
std::string DatasetReader::generatorVersion() const {
    return m_impl->version;
}
std::uint64_t DatasetReader::seed() const {
    return m_impl->seed;
}
const std::string& DatasetReader::path() const {
    return m_impl->path;
}

} // namespace spinhance
