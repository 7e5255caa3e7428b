#include "io/jcampreader.h"

#include "io/jcampspectrum.h"
#include "io/textfile.h"

#include <filesystem>

namespace spinhance {

double JcampReader::confidence(const std::string& path) const {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return 0.0;
    const std::string head = io::readFileHead(path, 2048);
    const std::string_view start = io::trim(head);
    if (io::startsWith(start, "##TITLE") || io::startsWith(start, "##JCAMP")) return 0.95;
    if (head.find("##JCAMP") != std::string::npos || head.find("##TITLE=") != std::string::npos)
        return 0.8;
    return 0.0;
}

Spectrum readJcampText(std::string text, const std::string& fileName) {
    Spectrum s = io::spectrumFromJcamp(io::parseJcampDocument(std::move(text), fileName));
    s.origin.path = fileName;
    return s;
}

Spectrum JcampReader::read(const std::string& path) const {
    return readJcampText(io::readFileBytes(path), path);
}

} // namespace spinhance
