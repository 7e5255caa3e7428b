#pragma once

// Seeded mutations of file contents for the reliability sweep (issue 14): what a damaged disk, a
// cut download, a hand edit or a foreign exporter does to a spectrum file.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace spinhance::sweep {

/// One way of damaging a file; `apply` returns the damaged bytes.
struct Mutation {
    std::string name; ///< e.g. "truncate 50%", "flip 10 bytes", "number -> nan"
    std::string (*apply)(const std::string& bytes, std::mt19937_64& random);
};

/// Every mutation kind the sweep applies: empty file, truncations, byte flips, zeroed chunks,
/// numbers in text replaced by huge/non-finite/negative/zero values, binary words overwritten by
/// NaN/Inf/1e308 doubles and extreme integers, duplicated and deleted lines.
const std::vector<Mutation>& allMutations();

} // namespace spinhance::sweep
