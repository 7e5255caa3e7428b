#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace spinhance::io {

/// One labelled data record: "##LABEL= value" plus the continuation lines below it.
struct JcampLdr {
    std::string label; ///< normalised: upper case, no blanks, dashes, underscores or slashes
    std::string value; ///< first-line value, trimmed, without a trailing "$$" comment
    int line = 0;      ///< 1-based line of the "##"
    std::size_t firstDataLine = 0; ///< 0-based index of the first continuation line
    std::size_t endDataLine = 0;   ///< one past the last continuation line
};

/// A ##TITLE ... ##END block. Nested (LINK) blocks are separate entries with depth > 0.
struct JcampBlock {
    std::vector<JcampLdr> ldrs;
    int depth = 0;
    /// First LDR with this (normalised) label, or nullptr.
    const JcampLdr* find(std::string_view normalisedLabel) const;
    /// Value of the first LDR with this label, or `fallback`.
    std::string value(std::string_view normalisedLabel, const std::string& fallback = {}) const;
};

/// A parsed JCAMP-DX file: the text, its lines and the blocks in file order.
struct JcampDocument {
    std::string fileName;
    std::string text;
    std::vector<std::string_view> lines;
    std::vector<JcampBlock> blocks;
};

/// Labels are compared without blanks, dashes, underscores, slashes and case ("VAR_NAME" ==
/// "VARNAME", ".OBSERVE FREQUENCY" == ".OBSERVEFREQUENCY").
std::string normaliseJcampLabel(std::string_view label);

/// Splits the text into blocks and LDRs. Throws Error{InvalidInput} naming the file and line when
/// the text is not JCAMP-DX (no "##" record, or blocks nested deeper than a LINK allows).
JcampDocument parseJcampDocument(std::string text, const std::string& fileName);

/// The "$$" comment removed and the rest trimmed.
std::string_view stripJcampComment(std::string_view text);

} // namespace spinhance::io
