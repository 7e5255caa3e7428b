#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace spinhance::io {

/// A Bruker parameter file (acqus, procs: JCAMP-DX style "##$TD= 65536"). Keys are upper case
/// without "##$" ("NC_PROC"); array values ("(0..63)" then numbers on the next lines) are kept as
/// their number text.
class BrukerParameters {
public:
    struct Entry {
        std::string value;
        int line = 0;
    };

    /// Parses `text`; throws Error{InvalidInput} naming `fileName` and the line when the text holds
    /// no "##" parameter at all (not a parameter file).
    static BrukerParameters parse(const std::string& text, const std::string& fileName);
    /// Reads and parses a file.
    static BrukerParameters read(const std::string& path);

    bool has(const std::string& key) const { return m_entries.count(key) > 0; }
    const std::string& fileName() const { return m_fileName; }
    /// The value of a numeric parameter; throws Error naming the file, line and parameter when it
    /// is missing or not a number.
    double number(const std::string& key) const;
    std::optional<double> optNumber(const std::string& key) const;
    /// A string parameter without its "<...>" brackets ("" when missing).
    std::string text(const std::string& key) const;
    /// The numbers of an array parameter (empty when missing).
    std::vector<double> array(const std::string& key) const;

private:
    std::map<std::string, Entry> m_entries;
    std::string m_fileName;
};

} // namespace spinhance::io
