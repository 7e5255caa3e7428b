#pragma once

#include <cstddef>

// The on-disk layout of a Spinhance dataset (HDF5), version 2. Read it with h5py:
//
//   f = h5py.File("train.h5"); x = f["spectra"][i].astype("float32")   # (16384,) unit integral
//   n = f["targets/group_count"][i]; shift = f["targets/shift_ppm"][i, :n] ...
//
// Root attributes: format = "spinhance-dataset", layout_version = 2, generator_version, source
// ("generated" | "import" | "gissmo"), seed (uint64), count, grid_from_ppm, grid_to_ppm,
// grid_points, field_mhz (nominal), augment ("benchtop" | "none"), min_groups, max_groups,
// augmentations_per_molecule, augmentation_settings (text: every switch and range),
// validation_fraction, test_fraction, train_count,
// validation_count, test_count, content_hash (32 hex digits over spectra, targets, ids, splits).
//
// Datasets (N samples, P grid points, G = 8 group slots; groups in canonical order shift ↓ then
// degeneracy ↓, unused slots zero):
//   spectra                  float16 [N, P]   chunks of 1 row, shuffle + deflate
//   targets/group_count      uint8   [N]
//   targets/shift_ppm        float64 [N, G]
//   targets/degeneracy       uint8   [N, G]   0 = empty slot
//   targets/coupling_hz      float64 [N, G, G] symmetric, zero diagonal
//   samples/split            uint8   [N]      0 train, 1 validation, 2 test (by molecule id)
//   samples/molecule_id      string  [N]      augmentations of one molecule share the id
//   samples/fragments        string  [N]      fragment names joined by ";"
//   samples/labels           string  [N]      group labels joined by ","
//   samples/smiles           string  [N]      may be empty
// Strings (attributes and the four columns above) are fixed-length, NUL-terminated UTF-8, the
// columns as wide as kStringColumns says. Version 1 stored the columns as variable-length strings,
// which live in HDF5's global heap: libhdf5 1.10 loops forever or copies out of bounds on a damaged
// one (docs/reliability.md, the dataset fuzzer), so this reader refuses version 1 and any
// variable-length string.
//   samples/field_mhz        float32 [N]      field the spectrum was simulated at (jitter)
//   samples/linewidth_hz     float32 [N]
//   samples/snr              float32 [N]      0 = noise-free
namespace spinhance::layout {

inline constexpr const char* kFormat = "spinhance-dataset";
inline constexpr int kVersion = 2;
inline constexpr int kGroupSlots = 8;

inline constexpr const char* kSpectra = "spectra";
inline constexpr const char* kGroupCount = "targets/group_count";
inline constexpr const char* kShift = "targets/shift_ppm";
inline constexpr const char* kDegeneracy = "targets/degeneracy";
inline constexpr const char* kCoupling = "targets/coupling_hz";
inline constexpr const char* kSplit = "samples/split";
inline constexpr const char* kMoleculeId = "samples/molecule_id";
inline constexpr const char* kFragments = "samples/fragments";
inline constexpr const char* kLabels = "samples/labels";
inline constexpr const char* kSmiles = "samples/smiles";
inline constexpr const char* kField = "samples/field_mhz";
inline constexpr const char* kLinewidth = "samples/linewidth_hz";
inline constexpr const char* kSnr = "samples/snr";

/// Widths in bytes of the fixed-length string columns, terminating NUL included.
inline constexpr std::size_t kMoleculeIdBytes = 128;
inline constexpr std::size_t kFragmentsBytes = 256;
inline constexpr std::size_t kLabelsBytes = 128;
inline constexpr std::size_t kSmilesBytes = 512;

/// A fixed-length string column and its width.
struct StringColumn {
    const char* name;
    std::size_t bytes;
};
inline constexpr StringColumn kStringColumns[] = {{kMoleculeId, kMoleculeIdBytes},
                                                  {kFragments, kFragmentsBytes},
                                                  {kLabels, kLabelsBytes},
                                                  {kSmiles, kSmilesBytes}};

} // namespace spinhance::layout
