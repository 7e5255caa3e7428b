#pragma once

#include "io/spectrum.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace spinhance::fuzz {

/// Separates the files of a folder-shaped input ("acqus<sep>fid<sep>procs..."); the dictionaries
/// carry it so mutations can add and drop parts.
inline constexpr std::string_view kPartSeparator = "\n--8<--\n";

/// The fuzz input as text (bytes, not necessarily UTF-8).
std::string_view bytesOf(const std::uint8_t* data, std::size_t size);

/// The input cut at kPartSeparator into exactly `parts` pieces; missing ones are empty.
std::vector<std::string_view> splitParts(std::string_view input, std::size_t parts);

/// A folder of this process under the temp directory, emptied for each input (readers take
/// paths); a later run removes it once this process is gone. Set TMPDIR to a tmpfs to keep the
/// disk out of the loop.
std::filesystem::path freshScratch();

/// Writes `bytes` to `folder / relative`, creating folders; an empty part writes nothing, so
/// inputs can leave a file out.
void writePart(const std::filesystem::path& folder, const std::string& relative,
               std::string_view bytes);

/// Runs the gate the registry applies to every reader's output (throws spinhance::Error when it
/// refuses), then reads every value so the sanitizers see what the reader built.
void inspect(const Spectrum& spectrum, const std::string& file);

} // namespace spinhance::fuzz
