#pragma once

#include <cstdint>
#include <hdf5.h>
#include <string>
#include <vector>

// Thin RAII and attribute helpers over the HDF5 C API, private to the dataset room.
namespace spinhance::h5 {

/// Owns one HDF5 identifier and closes it with the matching H5?close.
class Handle {
public:
    Handle() = default;
    explicit Handle(hid_t id) : m_id(id) {}
    ~Handle() { reset(); }
    Handle(Handle&& other) noexcept : m_id(other.m_id) { other.m_id = -1; }
    Handle& operator=(Handle&& other) noexcept;
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    hid_t get() const { return m_id; }
    operator hid_t() const { return m_id; }
    bool valid() const { return m_id >= 0; }
    void reset();

private:
    hid_t m_id = -1;
};

/// Silences HDF5's own stderr printing (errors become spinhance::Error instead).
void silenceErrorPrinting();
/// The innermost message of HDF5's current error stack ("truncated file: eof = …"), or "".
std::string lastErrorMessage();

/// Throws Error{errorCode} "file: what (HDF5: detail)" when `status` < 0.
void check(herr_t status, const std::string& file, const std::string& what);
hid_t checkId(hid_t id, const std::string& file, const std::string& what);

/// IEEE binary16 little-endian (h5py reads it as numpy float16).
Handle halfFloatType();
/// Fixed-length UTF-8 string type of `bytes` bytes, NUL-terminated (no variable-length strings:
/// see datasetlayout.h).
Handle fixedStringType(std::size_t bytes);

/// A dataset creation list with chunking, optional shuffle + deflate, and no timestamps (so that
/// equal content gives byte-identical files).
Handle chunkedCreation(const std::vector<hsize_t>& chunk, int deflateLevel, bool shuffle);
/// A group creation list without timestamps.
Handle groupCreation();

void writeAttribute(hid_t object, const std::string& name, const std::string& value);
void writeAttribute(hid_t object, const std::string& name, double value);
void writeAttribute(hid_t object, const std::string& name, std::int64_t value);
void writeAttribute(hid_t object, const std::string& name, std::uint64_t value);

/// Attribute readers: throw Error{InvalidInput} naming `file` and the attribute when it is missing
/// or of another class.
std::string readStringAttribute(hid_t object, const std::string& name, const std::string& file);
double readDoubleAttribute(hid_t object, const std::string& name, const std::string& file);
std::int64_t readIntAttribute(hid_t object, const std::string& name, const std::string& file);
std::uint64_t readUint64Attribute(hid_t object, const std::string& name, const std::string& file);

/// Copies every attribute of `from` to `to` (same type, same shape) except those in `except`.
/// Error{Io} naming `file` (the destination) when one cannot be copied.
void copyAttributes(hid_t from, hid_t to, const std::vector<std::string>& except,
                    const std::string& file);

/// True when `object` has an attribute `name`.
bool hasAttribute(hid_t object, const std::string& name);

/// Opens /path/name as a dataset; Error{InvalidInput} naming file and dataset when absent or not
/// stored in chunks (the only layout our writer makes).
Handle openDataset(hid_t file, const std::string& name, const std::string& fileName);
/// The dataset's extent.
std::vector<hsize_t> extentOf(hid_t dataset);

/// Selects rows [first, first + rows) of a dataset whose other dimensions are taken whole; returns
/// the file space, and sets `memory` to a matching memory space.
Handle selectRows(hid_t dataset, hsize_t first, hsize_t rows, Handle& memory);

} // namespace spinhance::h5
