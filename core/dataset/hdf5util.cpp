#include "dataset/hdf5util.h"

#include "common/error.h"

namespace spinhance::h5 {

namespace {
// The longest string attribute a dataset holds is its augmentation settings (a few hundred bytes).
constexpr std::size_t kMaxStringAttributeBytes = 65536;
} // namespace

Handle& Handle::operator=(Handle&& other) noexcept {
    if (this != &other) {
        reset();
        m_id = other.m_id;
        other.m_id = -1;
    }
    return *this;
}

void Handle::reset() {
    if (m_id < 0) return;
    switch (H5Iget_type(m_id)) {
    case H5I_FILE:
        H5Fclose(m_id);
        break;
    case H5I_GROUP:
        H5Gclose(m_id);
        break;
    case H5I_DATASET:
        H5Dclose(m_id);
        break;
    case H5I_DATASPACE:
        H5Sclose(m_id);
        break;
    case H5I_DATATYPE:
        H5Tclose(m_id);
        break;
    case H5I_ATTR:
        H5Aclose(m_id);
        break;
    case H5I_GENPROP_LST:
        H5Pclose(m_id);
        break;
    default:
        break;
    }
    m_id = -1;
}

void silenceErrorPrinting() {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

namespace {

herr_t keepInnermost(unsigned position, const H5E_error2_t* error, void* data) {
    if (position == 0 && error->desc) *static_cast<std::string*>(data) = error->desc;
    return 0;
}

} // namespace

std::string lastErrorMessage() {
    std::string message;
    // Upward: position 0 is the most specific entry (downward it would be the API call's own).
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, keepInnermost, &message);
    return message;
}

void check(herr_t status, const std::string& file, const std::string& what) {
    if (status >= 0) return;
    const std::string detail = lastErrorMessage();
    throw Error(ErrorCode::Io, what + (detail.empty() ? "" : " (HDF5: " + detail + ")"),
                {file, 0, ""});
}

hid_t checkId(hid_t id, const std::string& file, const std::string& what) {
    check(id < 0 ? -1 : 0, file, what);
    return id;
}

Handle halfFloatType() {
    Handle type(H5Tcopy(H5T_IEEE_F32LE));
    H5Tset_fields(type, 15, 10, 5, 0, 10);
    H5Tset_size(type, 2);
    H5Tset_ebias(type, 15);
    return type;
}

Handle fixedStringType(std::size_t bytes) {
    Handle type(H5Tcopy(H5T_C_S1));
    H5Tset_size(type, bytes);
    H5Tset_strpad(type, H5T_STR_NULLTERM);
    H5Tset_cset(type, H5T_CSET_UTF8);
    return type;
}

Handle chunkedCreation(const std::vector<hsize_t>& chunk, int deflateLevel, bool shuffle) {
    Handle list(H5Pcreate(H5P_DATASET_CREATE));
    H5Pset_chunk(list, int(chunk.size()), chunk.data());
    if (shuffle) H5Pset_shuffle(list);
    if (deflateLevel > 0) H5Pset_deflate(list, unsigned(deflateLevel));
    H5Pset_fletcher32(list); // last: it checksums the bytes as stored
    H5Pset_obj_track_times(list, 0);
    return list;
}

Handle groupCreation() {
    Handle list(H5Pcreate(H5P_GROUP_CREATE));
    H5Pset_obj_track_times(list, 0);
    return list;
}

namespace {

void writeScalar(hid_t object, const std::string& name, hid_t type, const void* value) {
    Handle space(H5Screate(H5S_SCALAR));
    Handle attribute(H5Acreate2(object, name.c_str(), type, space, H5P_DEFAULT, H5P_DEFAULT));
    check(attribute.valid() ? H5Awrite(attribute, type, value) : -1, "",
          "writing attribute " + name);
}

Handle openAttribute(hid_t object, const std::string& name, const std::string& file) {
    if (H5Aexists(object, name.c_str()) <= 0)
        throw Error(ErrorCode::InvalidInput,
                    "missing attribute '" + name + "': not a Spinhance dataset of a known layout",
                    {file, 0, name});
    return Handle(H5Aopen(object, name.c_str(), H5P_DEFAULT));
}

void readNumeric(hid_t object, const std::string& name, const std::string& file, hid_t memoryType,
                 void* value) {
    Handle attribute = openAttribute(object, name, file);
    Handle type(H5Aget_type(attribute));
    const H5T_class_t typeClass = H5Tget_class(type);
    if (typeClass != H5T_INTEGER && typeClass != H5T_FLOAT)
        throw Error(ErrorCode::InvalidInput, "expected a number", {file, 0, name});
    check(H5Aread(attribute, memoryType, value), file, "reading attribute " + name);
}

} // namespace

void writeAttribute(hid_t object, const std::string& name, const std::string& value) {
    Handle type(H5Tcopy(H5T_C_S1));
    H5Tset_size(type, value.empty() ? 1 : value.size());
    H5Tset_cset(type, H5T_CSET_UTF8);
    writeScalar(object, name, type, value.empty() ? "" : value.data());
}

void writeAttribute(hid_t object, const std::string& name, double value) {
    writeScalar(object, name, H5T_NATIVE_DOUBLE, &value);
}

void writeAttribute(hid_t object, const std::string& name, std::int64_t value) {
    writeScalar(object, name, H5T_NATIVE_INT64, &value);
}

void writeAttribute(hid_t object, const std::string& name, std::uint64_t value) {
    writeScalar(object, name, H5T_NATIVE_UINT64, &value);
}

namespace {

struct CopyRequest {
    hid_t to;
    const std::vector<std::string>* except;
    const std::string* file;
    std::string failed; ///< the first attribute that could not be copied
};

herr_t copyOneAttribute(hid_t from, const char* name, const H5A_info_t*, void* data) {
    auto& request = *static_cast<CopyRequest*>(data);
    for (const std::string& skipped : *request.except)
        if (skipped == name) return 0;
    Handle source(H5Aopen(from, name, H5P_DEFAULT));
    Handle type(H5Aget_type(source)), space(H5Aget_space(source));
    if (H5Tis_variable_str(type) != 0) { // never written by us; see readStringAttribute
        request.failed = name;
        return -1;
    }
    const hssize_t points = H5Sget_simple_extent_npoints(space);
    std::vector<unsigned char> buffer(std::size_t(std::max<hssize_t>(points, 1)) *
                                      H5Tget_size(type));
    Handle target(H5Acreate2(request.to, name, type, space, H5P_DEFAULT, H5P_DEFAULT));
    const bool copied = source.valid() && target.valid() &&
                        H5Aread(source, type, buffer.data()) >= 0 &&
                        H5Awrite(target, type, buffer.data()) >= 0;
    if (copied) return 0;
    request.failed = name;
    return -1;
}

} // namespace

void copyAttributes(hid_t from, hid_t to, const std::vector<std::string>& except,
                    const std::string& file) {
    CopyRequest request{to, &except, &file, {}};
    hsize_t position = 0;
    if (H5Aiterate2(from, H5_INDEX_NAME, H5_ITER_INC, &position, copyOneAttribute, &request) < 0)
        throw Error(ErrorCode::Io,
                    "cannot copy the attribute " + request.failed +
                        " (HDF5: " + lastErrorMessage() + ")",
                    {file, 0, request.failed});
}

bool hasAttribute(hid_t object, const std::string& name) {
    return H5Aexists(object, name.c_str()) > 0;
}

std::string readStringAttribute(hid_t object, const std::string& name, const std::string& file) {
    Handle attribute = openAttribute(object, name, file);
    Handle type(H5Aget_type(attribute));
    if (H5Tget_class(type) != H5T_STRING)
        throw Error(ErrorCode::InvalidInput, "expected a string attribute", {file, 0, name});
    // We write fixed-length strings only; a variable-length one would be read from the global
    // heap, which libhdf5 1.10 does not read safely when it is damaged.
    if (H5Tis_variable_str(type) != 0)
        throw Error(ErrorCode::InvalidInput, "expected a fixed-length string attribute",
                    {file, 0, name});
    const std::size_t bytes = H5Tget_size(type);
    if (bytes == 0 || bytes > kMaxStringAttributeBytes)
        throw Error(ErrorCode::InvalidInput,
                    "expected a string attribute of at most " +
                        std::to_string(kMaxStringAttributeBytes) + " bytes",
                    {file, 0, name});
    std::string value(bytes, '\0');
    check(H5Aread(attribute, type, value.data()), file, "reading attribute " + name);
    return value.substr(0, value.find('\0'));
}

double readDoubleAttribute(hid_t object, const std::string& name, const std::string& file) {
    double value = 0.0;
    readNumeric(object, name, file, H5T_NATIVE_DOUBLE, &value);
    return value;
}

std::int64_t readIntAttribute(hid_t object, const std::string& name, const std::string& file) {
    std::int64_t value = 0;
    readNumeric(object, name, file, H5T_NATIVE_INT64, &value);
    return value;
}

std::uint64_t readUint64Attribute(hid_t object, const std::string& name, const std::string& file) {
    std::uint64_t value = 0;
    readNumeric(object, name, file, H5T_NATIVE_UINT64, &value);
    return value;
}

Handle openDataset(hid_t file, const std::string& name, const std::string& fileName) {
    // H5Lexists on "a/b" fails when "a" is absent, so test each level.
    std::string prefix;
    for (std::size_t start = 0; start <= name.size();) {
        std::size_t end = name.find('/', start);
        if (end == std::string::npos) end = name.size();
        prefix += (prefix.empty() ? "" : "/") + name.substr(start, end - start);
        if (H5Lexists(file, prefix.c_str(), H5P_DEFAULT) <= 0)
            throw Error(ErrorCode::InvalidInput,
                        "missing dataset '" + name + "': not a Spinhance dataset of a known layout",
                        {fileName, 0, name});
        start = end + 1;
    }
    Handle dataset(H5Dopen2(file, name.c_str(), H5P_DEFAULT));
    if (!dataset.valid())
        throw Error(ErrorCode::InvalidInput,
                    "cannot open dataset '" + name + "' (HDF5: " + lastErrorMessage() + ")",
                    {fileName, 0, name});
    // Our writer makes chunked datasets only. libhdf5 1.10 copies past the end of a compact
    // dataset's data when its size disagrees with the dataspace (found by the dataset fuzzer),
    // so no other storage layout is read.
    Handle creation(H5Dget_create_plist(dataset));
    if (!creation.valid() || H5Pget_layout(creation) != H5D_CHUNKED)
        throw Error(ErrorCode::InvalidInput,
                    "dataset '" + name + "' is not stored in chunks, as Spinhance writes it",
                    {fileName, 0, name});
    // Nor is a chunk without its checksum: libhdf5 1.10 copies past the end of a chunk whose
    // stored size disagrees with its filters; with Fletcher-32 last, a damaged chunk is an error.
    const int filters = H5Pget_nfilters(creation);
    unsigned flags = 0;
    std::size_t values = 0;
    if (filters < 1 || H5Pget_filter2(creation, unsigned(filters - 1), &flags, &values, nullptr, 0,
                                      nullptr, nullptr) != H5Z_FILTER_FLETCHER32)
        throw Error(ErrorCode::InvalidInput,
                    "dataset '" + name +
                        "' carries no Fletcher-32 checksum, as Spinhance writes it",
                    {fileName, 0, name});
    return dataset;
}

std::vector<hsize_t> extentOf(hid_t dataset) {
    Handle space(H5Dget_space(dataset));
    const int rank = H5Sget_simple_extent_ndims(space);
    std::vector<hsize_t> dims(std::size_t(rank > 0 ? rank : 0));
    if (rank > 0) H5Sget_simple_extent_dims(space, dims.data(), nullptr);
    return dims;
}

Handle selectRows(hid_t dataset, hsize_t first, hsize_t rows, Handle& memory) {
    Handle space(H5Dget_space(dataset));
    std::vector<hsize_t> dims = extentOf(dataset);
    std::vector<hsize_t> start(dims.size(), 0), count = dims;
    start[0] = first;
    count[0] = rows;
    H5Sselect_hyperslab(space, H5S_SELECT_SET, start.data(), nullptr, count.data(), nullptr);
    memory = Handle(H5Screate_simple(int(count.size()), count.data(), nullptr));
    return space;
}

} // namespace spinhance::h5
