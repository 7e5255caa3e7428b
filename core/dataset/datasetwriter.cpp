#include "dataset/datasetwriter.h"

#include "common/error.h"
#include "dataset/contenthash.h"
#include "dataset/datasetlayout.h"
#include "dataset/halffloat.h"
#include "dataset/hdf5util.h"
#include "dataset/rng.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

namespace spinhance {

namespace {

constexpr hsize_t kG = layout::kGroupSlots;

std::string joined(const std::vector<std::string>& parts, char separator) {
    std::string text;
    for (const std::string& part : parts) {
        if (!text.empty()) text += separator;
        text += part;
    }
    return text;
}

std::size_t columnBytes(const char* name) {
    for (const layout::StringColumn& column : layout::kStringColumns)
        if (std::string_view(column.name) == name) return column.bytes;
    throw Error(ErrorCode::InvalidArgument, std::string("no string column ") + name);
}

std::vector<std::string> labelsOf(const SpinSystem& system) {
    std::vector<std::string> labels;
    for (const SpinGroup& g : system.groups())
        labels.push_back(g.label);
    return labels;
}

// Rows of the target arrays for a batch, zero-padded to G slots.
struct TargetBatch {
    std::vector<std::uint8_t> groupCount, degeneracy, split;
    std::vector<double> shift, coupling;
    std::vector<float> field, linewidth, snr;
    std::vector<std::string> moleculeId, fragments, labels, smiles;
};

TargetBatch packTargets(const std::vector<DatasetRecord>& records) {
    TargetBatch t;
    const std::size_t n = records.size();
    t.degeneracy.assign(n * kG, 0);
    t.shift.assign(n * kG, 0.0);
    t.coupling.assign(n * kG * kG, 0.0);
    for (std::size_t r = 0; r < n; ++r) {
        const SpinSystem& s = records[r].sample.target;
        t.groupCount.push_back(std::uint8_t(s.size()));
        for (std::size_t i = 0; i < s.size(); ++i) {
            t.shift[r * kG + i] = s.group(i).shiftPpm;
            t.degeneracy[r * kG + i] = std::uint8_t(s.group(i).protonCount);
            for (std::size_t j = 0; j < s.size(); ++j)
                t.coupling[(r * kG + i) * kG + j] = s.couplingHz(i, j);
        }
        t.split.push_back(std::uint8_t(records[r].split));
        t.field.push_back(float(records[r].draw.fieldMHz));
        t.linewidth.push_back(float(records[r].draw.linewidthHz));
        t.snr.push_back(float(records[r].draw.snr));
        t.moleculeId.push_back(records[r].sample.moleculeId);
        t.fragments.push_back(joined(s.fragments, ';'));
        t.labels.push_back(joined(labelsOf(s), ','));
        t.smiles.push_back(s.smiles);
    }
    return t;
}

// Each text must fit its fixed-length column with its terminating NUL (Error naming the sample,
// the column and both lengths otherwise).
void checkWidths(const TargetBatch& t, const std::vector<DatasetRecord>& records,
                 const std::string& path) {
    const std::pair<const char*, const std::vector<std::string>*> columns[] = {
        {layout::kMoleculeId, &t.moleculeId},
        {layout::kFragments, &t.fragments},
        {layout::kLabels, &t.labels},
        {layout::kSmiles, &t.smiles}};
    for (const auto& [name, values] : columns)
        for (std::size_t r = 0; r < values->size(); ++r)
            if ((*values)[r].size() >= columnBytes(name))
                throw Error(ErrorCode::InvalidArgument,
                            std::string(name) + " is " + std::to_string((*values)[r].size()) +
                                " bytes; the layout holds at most " +
                                std::to_string(columnBytes(name) - 1),
                            {path, 0, records[r].sample.moleculeId});
}

// Every switch and range of the benchtop effects, so a file documents how it was made.
std::string describeAugmentation(const AugmentationOptions& a) {
    auto on = [](bool flag) { return flag ? "on" : "off"; };
    std::ostringstream text;
    text << "clean_linewidth_hz=" << a.cleanLinewidthHz << ";linewidth=" << on(a.lineWidth) << ","
         << a.minLinewidthHz << "-" << a.maxLinewidthHz
         << ";gaussian_fraction=" << on(a.lineShapeMix) << ",<=" << a.maxGaussianFraction
         << ";field_jitter=" << on(a.fieldJitter) << ",+-" << a.fieldJitterMHz
         << ";reference_offset=" << on(a.referenceOffset) << ",+-" << a.maxReferenceOffsetPpm
         << ";solvent=" << on(a.solventPeaks) << ";water=" << on(a.water)
         << ";c13_satellites=" << on(a.carbonSatellites) << ";phase=" << on(a.phaseError) << ",+-"
         << a.maxPhaseDegrees << ";baseline=" << on(a.baselineDrift) << "," << a.maxBaselineFraction
         << "," << a.maxBaselineOffset << ";noise=" << on(a.noise) << ",snr" << a.minSnr << "-"
         << a.maxSnr;
    return text.str();
}

} // namespace

struct DatasetWriter::Impl {
    std::string path;
    std::size_t count = 0;
    std::size_t written = 0;
    int points = 0;
    std::size_t foldCounts[3] = {0, 0, 0};
    ContentHasher hasher;
    h5::Handle file;
    h5::Handle spectra;
    bool closed = false;

    /// The file and its datasets, with `metadata`'s attributes or (null) those of `copyFrom`.
    void create(const DatasetMetadata* metadata, const std::string& copyFrom);
    void createDataset(const char* name, hid_t type, std::vector<hsize_t> dims, int deflate,
                       bool shuffle);
    void writeRows(const char* name, hid_t memoryType, const void* data, std::size_t rows);
    void writeStrings(const char* name, const std::vector<std::string>& values);
    void writeSpectra(const std::vector<DatasetRecord>& records);
    void hashRecords(const std::vector<DatasetRecord>& records, const TargetBatch& t);
    void writeRootAttributes(const DatasetMetadata& metadata);
};

void DatasetWriter::Impl::createDataset(const char* name, hid_t type, std::vector<hsize_t> dims,
                                        int deflate, bool shuffle) {
    std::vector<hsize_t> chunk = dims;
    chunk[0] = std::min<hsize_t>(dims[0], 4096);
    h5::Handle space(H5Screate_simple(int(dims.size()), dims.data(), nullptr));
    h5::Handle creation = h5::chunkedCreation(chunk, deflate, shuffle);
    h5::Handle dataset(H5Dcreate2(file, name, type, space, H5P_DEFAULT, creation, H5P_DEFAULT));
    h5::checkId(dataset.get(), path, std::string("creating dataset ") + name);
}

void DatasetWriter::Impl::writeRootAttributes(const DatasetMetadata& m) {
    const GeneratorOptions& o = m.options;
    h5::writeAttribute(file, "format", std::string(layout::kFormat));
    h5::writeAttribute(file, "layout_version", std::int64_t(layout::kVersion));
    h5::writeAttribute(file, "generator_version", std::string(generatorVersion()));
    h5::writeAttribute(file, "source", m.source);
    h5::writeAttribute(file, "seed", std::uint64_t(m.seed));
    h5::writeAttribute(file, "count", std::uint64_t(count));
    h5::writeAttribute(file, "grid_from_ppm", o.grid.fromPpm);
    h5::writeAttribute(file, "grid_to_ppm", o.grid.toPpm);
    h5::writeAttribute(file, "grid_points", std::int64_t(o.grid.points));
    h5::writeAttribute(file, "field_mhz", o.fieldMHz);
    h5::writeAttribute(file, "augment", std::string(o.benchtopAugment ? "benchtop" : "none"));
    h5::writeAttribute(file, "min_groups", std::int64_t(o.minGroups));
    h5::writeAttribute(file, "max_groups", std::int64_t(o.maxGroups));
    h5::writeAttribute(file, "augmentations_per_molecule",
                       std::int64_t(o.augmentationsPerMolecule));
    h5::writeAttribute(file, "validation_fraction", o.validationFraction);
    h5::writeAttribute(file, "test_fraction", o.testFraction);
    h5::writeAttribute(file, "augmentation_settings", describeAugmentation(o.augmentation));
    // Only for spectra at many fields, so files at one field stay identical to earlier ones.
    if (o.fields.enabled()) {
        std::ostringstream range;
        range << o.fields.minMHz << "-" << o.fields.maxMHz << "+" << o.fields.highFieldShare
              << " of " << o.fields.highMinMHz << "-" << o.fields.highMaxMHz;
        h5::writeAttribute(file, "field_range_mhz", range.str());
    }
    // Only when not the original sampler, so files made before profiles existed stay identical.
    if (o.profile.name != "uniform") h5::writeAttribute(file, "sampler_profile", o.profile.name);
    if (!m.shard.whole()) {
        h5::writeAttribute(file, "shard_index", std::uint64_t(m.shard.index));
        h5::writeAttribute(file, "shard_count", std::uint64_t(m.shard.count));
        h5::writeAttribute(file, "shard_first_row", std::uint64_t(m.firstRow));
        h5::writeAttribute(file, "total_count", std::uint64_t(m.totalCount));
    }
}

// What a merge must not take over from a shard: the attributes that describe one file.
static const std::vector<std::string>& perFileAttributes() {
    static const std::vector<std::string> names{
        "count",       "train_count", "validation_count", "test_count", "content_hash",
        "shard_index", "shard_count", "shard_first_row",  "total_count"};
    return names;
}

void DatasetWriter::Impl::create(const DatasetMetadata* metadata, const std::string& copyFrom) {
    h5::silenceErrorPrinting();
    h5::Handle creation(H5Pcreate(H5P_FILE_CREATE));
    H5Pset_obj_track_times(creation, 0); // the root group: no timestamps either
    // The 1.10 format checksums every piece of metadata (superblock 3, object headers 2), so the
    // reader meets a damaged header as a checksum error instead of parsing it.
    h5::Handle access(H5Pcreate(H5P_FILE_ACCESS));
    H5Pset_libver_bounds(access, H5F_LIBVER_V110, H5F_LIBVER_V110);
    file = h5::Handle(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, creation, access));
    if (!file.valid())
        throw Error(ErrorCode::Io,
                    "cannot create the dataset file (HDF5: " + h5::lastErrorMessage() + ")",
                    {path, 0, ""});
    for (const char* group : {"targets", "samples"})
        h5::Handle(H5Gcreate2(file, group, H5P_DEFAULT, h5::groupCreation(), H5P_DEFAULT));
    const hsize_t n = count, p = hsize_t(points);
    h5::Handle half = h5::halfFloatType();
    {
        h5::Handle space(H5Screate_simple(2, std::vector<hsize_t>{n, p}.data(), nullptr));
        h5::Handle list = h5::chunkedCreation({1, p}, 1, true); // one row: cheap random access
        spectra = h5::Handle(
            H5Dcreate2(file, layout::kSpectra, half, space, H5P_DEFAULT, list, H5P_DEFAULT));
        h5::checkId(spectra.get(), path, "creating dataset spectra");
    }
    createDataset(layout::kGroupCount, H5T_STD_U8LE, {n}, 4, false);
    createDataset(layout::kShift, H5T_IEEE_F64LE, {n, kG}, 4, true);
    createDataset(layout::kDegeneracy, H5T_STD_U8LE, {n, kG}, 4, false);
    createDataset(layout::kCoupling, H5T_IEEE_F64LE, {n, kG, kG}, 4, true);
    createDataset(layout::kSplit, H5T_STD_U8LE, {n}, 4, false);
    for (const layout::StringColumn& column : layout::kStringColumns)
        createDataset(column.name, h5::fixedStringType(column.bytes), {n}, 4, false);
    for (const char* name : {layout::kField, layout::kLinewidth, layout::kSnr})
        createDataset(name, H5T_IEEE_F32LE, {n}, 4, true);
    if (metadata) {
        writeRootAttributes(*metadata);
        return;
    }
    h5::Handle source(H5Fopen(copyFrom.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT));
    if (!source.valid())
        throw Error(ErrorCode::Io, "cannot open it (HDF5: " + h5::lastErrorMessage() + ")",
                    {copyFrom, 0, ""});
    h5::copyAttributes(source, file, perFileAttributes(), path);
    h5::writeAttribute(file, "count", std::uint64_t(count));
}

void DatasetWriter::Impl::writeRows(const char* name, hid_t memoryType, const void* data,
                                    std::size_t rows) {
    h5::Handle dataset(H5Dopen2(file, name, H5P_DEFAULT));
    h5::Handle memory;
    h5::Handle space = h5::selectRows(dataset, written, rows, memory);
    h5::check(H5Dwrite(dataset, memoryType, memory, space, H5P_DEFAULT, data), path,
              std::string("writing ") + name);
}

void DatasetWriter::Impl::writeStrings(const char* name, const std::vector<std::string>& values) {
    const std::size_t bytes = columnBytes(name);
    std::vector<char> packed(values.size() * bytes, '\0'); // rows of `bytes`, NUL-padded
    for (std::size_t r = 0; r < values.size(); ++r)
        std::copy(values[r].begin(), values[r].end(), packed.begin() + long(r * bytes));
    writeRows(name, h5::fixedStringType(bytes), packed.data(), values.size());
}

void DatasetWriter::Impl::writeSpectra(const std::vector<DatasetRecord>& records) {
    std::vector<std::uint16_t> half(records.size() * std::size_t(points));
    for (std::size_t r = 0; r < records.size(); ++r)
        std::transform(records[r].sample.spectrum.begin(), records[r].sample.spectrum.end(),
                       half.begin() + long(r * std::size_t(points)), floatToHalf);
    h5::Handle memory;
    h5::Handle space = h5::selectRows(spectra, written, records.size(), memory);
    h5::check(H5Dwrite(spectra, h5::halfFloatType(), memory, space, H5P_DEFAULT, half.data()), path,
              "writing spectra");
    hasher.add(half.data(), half.size() * sizeof(std::uint16_t));
}

void DatasetWriter::Impl::hashRecords(const std::vector<DatasetRecord>& records,
                                      const TargetBatch& t) {
    hasher.add(t.groupCount.data(), t.groupCount.size());
    hasher.add(t.shift.data(), t.shift.size() * sizeof(double));
    hasher.add(t.degeneracy.data(), t.degeneracy.size());
    hasher.add(t.coupling.data(), t.coupling.size() * sizeof(double));
    hasher.add(t.split.data(), t.split.size());
    for (std::size_t r = 0; r < records.size(); ++r) {
        hasher.add(t.moleculeId[r]);
        hasher.add(t.labels[r]);
    }
}

DatasetWriter::DatasetWriter(const std::string& path, std::size_t count,
                             const DatasetMetadata& metadata)
    : m_impl(std::make_unique<Impl>()) {
    if (count == 0)
        throw Error(ErrorCode::InvalidArgument, "expected at least one sample", {path, 0, "count"});
    m_impl->path = path;
    m_impl->count = count;
    m_impl->points = metadata.options.grid.points;
    m_impl->create(&metadata, {});
}

DatasetWriter::DatasetWriter(const std::string& path, std::size_t count, const PpmGrid& grid,
                             const std::string& attributesFrom)
    : m_impl(std::make_unique<Impl>()) {
    if (count == 0)
        throw Error(ErrorCode::InvalidArgument, "expected at least one sample", {path, 0, "count"});
    m_impl->path = path;
    m_impl->count = count;
    m_impl->points = grid.points;
    m_impl->create(nullptr, attributesFrom);
}

DatasetWriter::~DatasetWriter() = default;

void DatasetWriter::write(const std::vector<DatasetRecord>& records) {
    Impl& w = *m_impl;
    if (records.empty()) return;
    if (w.closed || w.written + records.size() > w.count)
        throw Error(ErrorCode::InvalidArgument,
                    "more records than the declared count " + std::to_string(w.count),
                    {w.path, 0, "count"});
    for (const DatasetRecord& r : records) {
        if (r.sample.spectrum.size() != std::size_t(w.points))
            throw Error(ErrorCode::InvalidArgument,
                        "expected a spectrum of " + std::to_string(w.points) + " points, found " +
                            std::to_string(r.sample.spectrum.size()),
                        {w.path, 0, r.sample.moleculeId});
        if (r.sample.target.size() > kG)
            throw Error(ErrorCode::InvalidArgument, "a target has more than 8 groups",
                        {w.path, 0, r.sample.moleculeId});
        ++w.foldCounts[int(r.split)];
    }
    const TargetBatch t = packTargets(records);
    checkWidths(t, records, w.path); // before any row is written: a batch goes in whole or not
    w.writeSpectra(records);
    w.writeRows(layout::kGroupCount, H5T_NATIVE_UINT8, t.groupCount.data(), records.size());
    w.writeRows(layout::kShift, H5T_NATIVE_DOUBLE, t.shift.data(), records.size());
    w.writeRows(layout::kDegeneracy, H5T_NATIVE_UINT8, t.degeneracy.data(), records.size());
    w.writeRows(layout::kCoupling, H5T_NATIVE_DOUBLE, t.coupling.data(), records.size());
    w.writeRows(layout::kSplit, H5T_NATIVE_UINT8, t.split.data(), records.size());
    w.writeRows(layout::kField, H5T_NATIVE_FLOAT, t.field.data(), records.size());
    w.writeRows(layout::kLinewidth, H5T_NATIVE_FLOAT, t.linewidth.data(), records.size());
    w.writeRows(layout::kSnr, H5T_NATIVE_FLOAT, t.snr.data(), records.size());
    w.writeStrings(layout::kMoleculeId, t.moleculeId);
    w.writeStrings(layout::kFragments, t.fragments);
    w.writeStrings(layout::kLabels, t.labels);
    w.writeStrings(layout::kSmiles, t.smiles);
    w.hashRecords(records, t);
    w.written += records.size();
}

DatasetSummary DatasetWriter::close() {
    Impl& w = *m_impl;
    if (w.written != w.count)
        throw Error(ErrorCode::InvalidArgument,
                    "wrote " + std::to_string(w.written) + " of " + std::to_string(w.count) +
                        " declared samples",
                    {w.path, 0, "count"});
    DatasetSummary summary{w.count, w.foldCounts[0], w.foldCounts[1], w.foldCounts[2],
                           w.hasher.hex()};
    h5::writeAttribute(w.file, "train_count", std::uint64_t(summary.trainCount));
    h5::writeAttribute(w.file, "validation_count", std::uint64_t(summary.validationCount));
    h5::writeAttribute(w.file, "test_count", std::uint64_t(summary.testCount));
    h5::writeAttribute(w.file, "content_hash", summary.contentHash);
    w.spectra.reset();
    h5::check(H5Fflush(w.file, H5F_SCOPE_GLOBAL), w.path, "flushing the file");
    w.file.reset();
    w.closed = true;
    return summary;
}

DatasetSummary
writeDatasetAtomically(const std::string& path,
                       const std::function<DatasetSummary(const std::string&)>& write) {
    const std::string partial = path + ".tmp";
    try {
        const DatasetSummary summary = write(partial);
        std::error_code ec;
        std::filesystem::rename(partial, path, ec);
        if (ec)
            throw Error(ErrorCode::Io,
                        "cannot rename " + partial + " to the output: " + ec.message(),
                        {path, 0, {}});
        return summary;
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored); // never leave a half-written dataset behind
        throw;
    }
}

Split splitForMolecule(std::uint64_t seed, const std::string& moleculeId, double validationFraction,
                       double testFraction) {
    ContentHasher h;
    h.addValue(seed);
    h.add(moleculeId);
    const std::string digest = h.hex();
    const double u = double(std::stoull(digest.substr(0, 13), nullptr, 16)) / double(1ull << 52);
    if (u < testFraction) return Split::Test;
    if (u < testFraction + validationFraction) return Split::Validation;
    return Split::Train;
}

} // namespace spinhance
