#include "common/error.h"
#include "dataset/datasetlayout.h"
#include "dataset/datasetreader.h"
#include "dataset/datasetwriter.h"
#include "dataset/halffloat.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <hdf5.h>
#include <iterator>
#include <set>

using namespace spinhance;
namespace fs = std::filesystem;

namespace {

fs::path tempFile(const std::string& name) {
    return fs::temp_directory_path() /
           ("spinhance-dataset-test-" + std::to_string(::getpid()) + "-" + name);
}

std::string fileBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

GeneratorOptions smallOptions() {
    GeneratorOptions options;
    options.maxGroups = 4;
    return options;
}

ErrorCode codeOf(const std::string& path) {
    try {
        DatasetReader reader(path);
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::InvalidArgument; // "no error" marker: every caller expects another code
}

} // namespace

class DatasetFile : public ::testing::Test {
protected:
    void TearDown() override {
        for (const fs::path& p : m_files)
            fs::remove(p);
    }
    std::string make(const std::string& name, std::size_t count, std::uint64_t seed, int threads,
                     GeneratorOptions options = smallOptions()) {
        const fs::path path = tempFile(name);
        m_files.push_back(path);
        generateDataset(path.string(), count, seed, options, threads);
        return path.string();
    }
    std::string scratch(const std::string& name) {
        m_files.push_back(tempFile(name));
        return m_files.back().string();
    }
    std::vector<fs::path> m_files;
};

TEST_F(DatasetFile, SameSeedGivesByteIdenticalFilesWhateverTheThreadCount) {
    const std::string one = make("one.h5", 40, 5, 1);
    const std::string two = make("two.h5", 40, 5, 2);
    EXPECT_EQ(fileBytes(one), fileBytes(two));
    EXPECT_EQ(DatasetReader(one).contentHash(), DatasetReader(two).contentHash());
}

TEST_F(DatasetFile, DifferentSeedsGiveDifferentContent) {
    const DatasetReader a(make("a.h5", 20, 5, 2)), b(make("b.h5", 20, 6, 2));
    EXPECT_NE(a.contentHash(), b.contentHash());
    EXPECT_NE(a.read(0).spectrum, b.read(0).spectrum);
}

TEST_F(DatasetFile, WrittenSamplesReadBackUnchanged) {
    const GeneratorOptions options = smallOptions();
    const fs::path path = scratch("roundtrip.h5");
    std::vector<DatasetRecord> records;
    for (std::uint64_t seed = 0; seed < 6; ++seed)
        records.push_back({generateSample(seed, options), Split(seed % 3), {}});
    {
        DatasetMetadata meta;
        meta.seed = 1, meta.options = options;
        DatasetWriter writer(path.string(), records.size(), meta);
        writer.write({records.begin(), records.begin() + 4});
        writer.write({records.begin() + 4, records.end()});
        writer.close();
    }
    const DatasetReader reader(path.string());
    ASSERT_EQ(reader.size(), records.size());
    EXPECT_EQ(reader.grid(), options.grid);
    EXPECT_EQ(reader.fieldMHz(), 90.0);
    const std::vector<DatasetSample> back = reader.readMany({5, 0, 1, 2});
    const std::size_t expectedIndex[] = {5, 0, 1, 2};
    for (std::size_t k = 0; k < back.size(); ++k) {
        const DatasetSample& original = records[expectedIndex[k]].sample;
        EXPECT_EQ(back[k].moleculeId, original.moleculeId);
        EXPECT_EQ(back[k].target.couplingMatrixHz(), original.target.couplingMatrixHz());
        EXPECT_EQ(back[k].target.fragments, original.target.fragments);
        ASSERT_EQ(back[k].target.size(), original.target.size());
        for (std::size_t g = 0; g < original.target.size(); ++g) {
            EXPECT_EQ(back[k].target.group(g).shiftPpm, original.target.group(g).shiftPpm);
            EXPECT_EQ(back[k].target.group(g).protonCount, original.target.group(g).protonCount);
            EXPECT_EQ(back[k].target.group(g).label, original.target.group(g).label);
        }
        // Spectra are stored as float16: exactly the rounded values come back.
        for (std::size_t i = 0; i < original.spectrum.size(); ++i)
            ASSERT_EQ(back[k].spectrum[i], halfToFloat(floatToHalf(original.spectrum[i])));
    }
    EXPECT_EQ(reader.indicesOf(Split::Validation), (std::vector<std::size_t>{1, 4}));
}

TEST_F(DatasetFile, SpectraAtManyFieldsReadBackWithTheirFields) {
    GeneratorOptions options = smallOptions();
    options.fields = parseFieldDistribution("40-130");
    const DatasetReader reader(make("fields.h5", 24, 3, 2, options));
    double lowest = 1e9, highest = 0;
    for (std::size_t i = 0; i < reader.size(); ++i) {
        const double field = reader.read(i).fieldMHz;
        lowest = std::min(lowest, field), highest = std::max(highest, field);
        EXPECT_GE(field, 39.0);
        EXPECT_LE(field, 131.0);
    }
    EXPECT_GT(highest - lowest, 20.0); // 24 log-uniform draws spread over the range
    // A file at one field reads back that field (± the 1 MHz jitter) for every spectrum.
    const DatasetReader one(make("onefield.h5", 6, 3, 2));
    for (std::size_t i = 0; i < one.size(); ++i)
        EXPECT_NEAR(one.read(i).fieldMHz, 90.0, 1.0 + 1e-6);
}

TEST_F(DatasetFile, AugmentationsOfOneMoleculeShareTheirFold) {
    GeneratorOptions options = smallOptions();
    options.augmentationsPerMolecule = 3;
    options.validationFraction = 0.3;
    options.testFraction = 0.3;
    const DatasetReader reader(make("folds.h5", 60, 11, 2, options));
    std::set<Split> folds;
    for (std::size_t i = 0; i < reader.size(); i += 3) {
        const std::string id = reader.target(i).id;
        for (std::size_t k = 1; k < 3; ++k) {
            EXPECT_EQ(reader.target(i + k).id, id);
            EXPECT_EQ(reader.splitOf(i + k), reader.splitOf(i));
        }
        folds.insert(reader.splitOf(i));
    }
    EXPECT_EQ(folds.size(), 3u);
}

TEST_F(DatasetFile, MissingFileIsNotFound) {
    EXPECT_EQ(codeOf(scratch("absent.h5")), ErrorCode::NotFound);
}

TEST_F(DatasetFile, TextFileIsRejectedAsInvalidInput) {
    const std::string path = scratch("text.h5");
    std::ofstream(path) << "id,shift\n1,2.0\n";
    EXPECT_EQ(codeOf(path), ErrorCode::InvalidInput);
}

TEST_F(DatasetFile, TruncatedFileIsRejectedAsInvalidInput) {
    const std::string full = make("full.h5", 10, 3, 1);
    const std::string cut = scratch("cut.h5");
    const std::string bytes = fileBytes(full);
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    EXPECT_EQ(codeOf(cut), ErrorCode::InvalidInput);
    try {
        DatasetReader reader(cut);
    } catch (const Error& e) {
        EXPECT_EQ(e.context().file, cut);
    }
}

TEST_F(DatasetFile, OtherHdf5LayoutNamesTheMissingPiece) {
    const std::string path = scratch("other.h5");
    const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    const hsize_t dims[1] = {4};
    const hid_t space = H5Screate_simple(1, dims, nullptr);
    const hid_t data =
        H5Dcreate2(file, "intensity", H5T_IEEE_F64LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    H5Dclose(data);
    H5Sclose(space);
    H5Fclose(file);
    try {
        DatasetReader reader(path);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().field, "format");
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
    }
}

TEST_F(DatasetFile, DatasetMissingFromTheLayoutIsNamed) {
    const std::string path = make("gutted.h5", 5, 3, 1);
    const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    H5Ldelete(file, layout::kCoupling, H5P_DEFAULT);
    H5Fclose(file);
    try {
        DatasetReader reader(path);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().field, layout::kCoupling);
    }
}

TEST_F(DatasetFile, NonFiniteSpectrumPointIsRefusedNamingRowAndPoint) {
    // One point of row 1 overwritten with a float16 NaN (all-ones exponent), as a damaged disk
    // block would leave it: training must never see it.
    const std::string path = make("nan.h5", 3, 3, 1);
    const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    const hid_t data = H5Dopen2(file, layout::kSpectra, H5P_DEFAULT);
    const hid_t space = H5Dget_space(data);
    const hsize_t start[2] = {1, 100}, count[2] = {1, 1};
    H5Sselect_hyperslab(space, H5S_SELECT_SET, start, nullptr, count, nullptr);
    const hid_t memory = H5Screate_simple(1, count + 1, nullptr);
    const std::uint16_t nan = 0x7E00u;
    const hid_t stored =
        H5Dget_type(data); // the file's own 16-bit type: the bits go in unconverted
    H5Dwrite(data, stored, memory, space, H5P_DEFAULT, &nan);
    H5Tclose(stored);
    H5Sclose(memory);
    H5Sclose(space);
    H5Dclose(data);
    H5Fclose(file);
    const DatasetReader reader(path);
    EXPECT_NO_THROW(reader.read(0));
    try {
        reader.read(1);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().field, layout::kSpectra);
        EXPECT_NE(std::string(e.what()).find("row 1, point 100"), std::string::npos) << e.what();
    }
}

TEST_F(DatasetFile, FuzzSeedIsACurrentDatasetOfOurWriter) {
    // tests/data/dataset/fuzz-seed.h5 starts the dataset fuzzer; were the layout to change, it
    // would only exercise the rejection path. Written by generateDataset with these settings.
    GeneratorOptions options;
    options.maxGroups = 3;
    options.grid = PpmGrid{0.0, 12.0, 256};
    const std::string fresh = make("seed.h5", 3, 7, 1, options);
    const DatasetReader seed(std::string(SPINHANCE_TEST_DATA_DIR) + "/dataset/fuzz-seed.h5");
    EXPECT_EQ(seed.size(), 3u);
    EXPECT_EQ(seed.grid(), options.grid);
    EXPECT_EQ(seed.contentHash(), DatasetReader(fresh).contentHash());
}

namespace {

// Replaces a root attribute of an existing file with an int64 or uint64 one.
template <typename T>
void setRootAttribute(const std::string& path, const char* name, T value, hid_t type) {
    const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    H5Adelete(file, name);
    const hid_t space = H5Screate(H5S_SCALAR);
    const hid_t attribute = H5Acreate2(file, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(attribute, type, &value);
    H5Aclose(attribute);
    H5Sclose(space);
    H5Fclose(file);
}

Error errorOpening(const std::string& path) {
    try {
        DatasetReader reader(path);
    } catch (const Error& e) {
        return e;
    }
    return Error(ErrorCode::InvalidArgument, "opened without an error");
}

} // namespace

TEST_F(DatasetFile, LayoutVersion1IsRefusedNamingTheSeedToWriteItAgainWith) {
    const std::string path = make("v1.h5", 3, 11, 1);
    setRootAttribute(path, "layout_version", std::int64_t(1), H5T_NATIVE_INT64);
    const Error e = errorOpening(path);
    EXPECT_EQ(e.code(), ErrorCode::Unsupported);
    EXPECT_EQ(e.context().field, "layout_version");
    EXPECT_NE(std::string(e.what()).find("--seed 11"), std::string::npos) << e.what();
}

TEST_F(DatasetFile, VariableLengthStringColumnIsRefusedUnread) {
    // Version 1's column type: its strings live in HDF5's global heap, which libhdf5 1.10 reads
    // unsafely when damaged, so the reader refuses the type before any read.
    const std::string path = make("vlen.h5", 2, 3, 1);
    const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    H5Ldelete(file, layout::kSmiles, H5P_DEFAULT);
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, H5T_VARIABLE);
    const hsize_t rows[1] = {2};
    const hid_t space = H5Screate_simple(1, rows, nullptr);
    const hid_t data =
        H5Dcreate2(file, layout::kSmiles, type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    const char* values[2] = {"CCO", "CC"};
    H5Dwrite(data, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, values);
    H5Dclose(data);
    H5Sclose(space);
    H5Tclose(type);
    H5Fclose(file);
    const Error e = errorOpening(path);
    EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
    EXPECT_EQ(e.context().field, layout::kSmiles);
}

TEST_F(DatasetFile, CountBeyondWhatTheFileCanHoldIsRefusedBeforeAnythingIsSized) {
    const std::string path = make("count.h5", 2, 3, 1);
    setRootAttribute(path, "count", std::uint64_t(1) << 40, H5T_NATIVE_UINT64);
    const Error e = errorOpening(path);
    EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
    EXPECT_EQ(e.context().field, "count");
}

TEST_F(DatasetFile, TextsUpToTheirColumnWidthRoundTripAndLongerOnesAreRefused) {
    SpinSystem ethyl;
    ethyl.id = "ethanol";
    ethyl.addGroup(1.2, 3, "A");
    ethyl.addGroup(3.7, 2, "B");
    ethyl.setCouplingHz(0, 1, 7.0);
    ethyl.smiles = std::string(511, 'C'); // the widest SMILES the 512-byte column holds
    const std::string path = scratch("wide.h5");
    writeSystemsDataset(path, {ethyl}, 3, smallOptions(), "import", ImportSplit::AllTest, 1);
    EXPECT_EQ(DatasetReader(path).target(0).smiles, ethyl.smiles);
    ethyl.smiles += "C";
    try {
        writeSystemsDataset(scratch("wider.h5"), {ethyl}, 3, smallOptions(), "import",
                            ImportSplit::AllTest, 1);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidArgument);
        EXPECT_EQ(e.context().field, "ethanol");
        EXPECT_NE(std::string(e.what()).find("samples/smiles is 512 bytes"), std::string::npos)
            << e.what();
    }
}

TEST_F(DatasetFile, FilesThatBrokeLibhdf5AreRefusedBeforeItParsesThem) {
    // Found by the dataset fuzzer in layout-1 files: libhdf5 1.10.8 loops forever in H5HG_read
    // (hang) or copies overlapping memory (overlap) reading a damaged variable-length string. A
    // superblock without checksums is refused before any dataset or string is read.
    for (const char* name : {"hdf5-global-heap-hang.h5", "hdf5-global-heap-overlap.h5"}) {
        const Error e = errorOpening(std::string(SPINHANCE_TEST_DATA_DIR) + "/dataset/" + name);
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << name;
        EXPECT_EQ(e.context().field, "format") << name << ": " << e.what();
    }
}

TEST_F(DatasetFile, OneFlippedByteInASpectrumChunkIsAnErrorNotData) {
    // A damaged chunk fails a checksum (Fletcher-32, last on every dataset of layout 2; zlib's own
    // Adler-32 inside) instead of training as wrong numbers.
    const std::string path = make("flipped.h5", 3, 3, 1);
    haddr_t address = 0;
    hsize_t bytes = 0;
    {
        const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        const hid_t data = H5Dopen2(file, layout::kSpectra, H5P_DEFAULT);
        const hid_t space = H5Dget_space(data);
        hsize_t offset[2];
        unsigned filterMask = 0;
        ASSERT_GE(H5Dget_chunk_info(data, space, 1, offset, &filterMask, &address, &bytes), 0);
        EXPECT_EQ(offset[0], 1u); // chunk 1 holds row 1
        H5Sclose(space);
        H5Dclose(data);
        H5Fclose(file);
    }
    std::string content = fileBytes(path);
    ASSERT_LT(address + bytes, content.size());
    content[std::size_t(address + bytes / 2)] ^= 0x10;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
    const DatasetReader reader(path);
    EXPECT_NO_THROW(reader.read(0));
    EXPECT_NO_THROW(reader.read(2));
    try {
        reader.read(1);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().field, layout::kSpectra);
    }
}

TEST_F(DatasetFile, OneFlippedByteInADatasetHeaderIsRefusedAtOpen) {
    // Layout 2 files are in the HDF5 1.10 format, whose object headers carry checksums: a damaged
    // header (dimensions, filter pipeline) is refused, never parsed. Version-0 headers had none.
    const std::string path = make("header.h5", 3, 3, 1);
    haddr_t address = 0;
    hsize_t headerBytes = 0;
    {
        const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        const hid_t data = H5Dopen2(file, layout::kGroupCount, H5P_DEFAULT);
        H5O_info_t info{};
        ASSERT_GE(H5Oget_info2(data, &info, H5O_INFO_BASIC | H5O_INFO_HDR), 0);
        EXPECT_EQ(info.hdr.version, 2u);
        address = info.addr;
        headerBytes = info.hdr.space.total;
        H5Dclose(data);
        H5Fclose(file);
    }
    std::string content = fileBytes(path);
    ASSERT_LT(address + headerBytes, content.size());
    content[std::size_t(address + headerBytes / 2)] ^= 0x01;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
    const Error e = errorOpening(path);
    EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
    EXPECT_EQ(e.context().field, layout::kGroupCount) << e.what();
    EXPECT_NE(std::string(e.what()).find("checksum"), std::string::npos) << e.what();
}

TEST_F(DatasetFile, ImportedSystemsKeepLabelsAndGoToTestWhenAsked) {
    SpinSystem ethyl;
    ethyl.id = "ethyl-acetate";
    ethyl.addGroup(1.26, 3, "X");
    ethyl.addGroup(4.12, 2, "Y");
    ethyl.addGroup(2.04, 3, "Z");
    ethyl.setCouplingHz(0, 1, 7.1);
    const std::string path = scratch("import.h5");
    writeSystemsDataset(path, {ethyl}, 3, smallOptions(), "import", ImportSplit::AllTest, 2);
    const DatasetReader reader(path);
    ASSERT_EQ(reader.size(), 1u);
    EXPECT_EQ(reader.splitOf(0), Split::Test);
    const SpinSystem& back = reader.target(0);
    EXPECT_EQ(back.id, "ethyl-acetate");
    ASSERT_EQ(back.size(), 3u); // canonical order: shift ↓
    EXPECT_EQ(back.group(0).label, "Y");
    EXPECT_EQ(back.group(1).label, "Z");
    EXPECT_EQ(back.group(2).label, "X");
    EXPECT_EQ(back.couplingHz(0, 2), 7.1);
    EXPECT_EQ(back.couplingHz(0, 1), 0.0);
}

TEST_F(DatasetFile, ImportRejectsASystemOutsideTheVocabularyNamingIt) {
    SpinSystem odd;
    odd.id = "five-protons";
    odd.addGroup(1.0, 5);
    try {
        writeSystemsDataset(scratch("odd.h5"), {odd}, 3, smallOptions(), "import",
                            ImportSplit::ByMoleculeId);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().field, "five-protons");
    }
}

TEST_F(DatasetFile, CancelledGenerationLeavesNoFile) {
    const std::string path = scratch("cancelled.h5");
    CancelFlag cancel{true};
    try {
        generateDataset(path, 10, 1, smallOptions(), 2, {}, &cancel);
        FAIL() << "expected a cancellation";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
    EXPECT_FALSE(fs::exists(path));
}

TEST_F(DatasetFile, FailedGenerationLeavesAnExistingFileUntouched) {
    const std::string path = scratch("existing.h5");
    std::ofstream(path, std::ios::binary) << "a good dataset";
    CancelFlag cancel{true};
    EXPECT_THROW(generateDataset(path, 10, 1, smallOptions(), 2, {}, &cancel), Error);
    EXPECT_EQ(fileBytes(path), "a good dataset");
    EXPECT_FALSE(fs::exists(path + ".tmp"));
}

TEST_F(DatasetFile, CompleteGenerationReplacesTheFileAndLeavesNoTemporary) {
    const std::string path = scratch("replaced.h5");
    std::ofstream(path, std::ios::binary) << "an old dataset";
    generateDataset(path, 4, 1, smallOptions(), 1);
    EXPECT_EQ(codeOf(path), ErrorCode::InvalidArgument); // codeOf's "opened without error"
    EXPECT_EQ(DatasetReader(path).size(), 4u);
    EXPECT_FALSE(fs::exists(path + ".tmp"));
}
