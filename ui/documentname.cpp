#include "documentname.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace spinhance::ui {

namespace {

bool isNumber(const std::string& s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool isGeneric(const std::string& name) {
    static const char* kGeneric[] = {
        "fid",       "ser",      "1r",           "1i",      "acqus",   "acqu",    "procs",
        "pdata",     "data.1d",  "spectrum.1d",  "fid.pt1", "procpar", "1h.jdx",  "1h.dx",
        "1h.fid.dx", "1h.jcamp", "spectrum.jdx", "fid.jdx", "text",    "acqu.par"};
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return isNumber(lower) ||
           std::find(std::begin(kGeneric), std::end(kGeneric), lower) != std::end(kGeneric);
}

} // namespace

std::string documentName(const Spectrum& spectrum) {
    std::filesystem::path path = std::filesystem::path(spectrum.origin.path).lexically_normal();
    if (!path.has_filename()) path = path.parent_path(); // "folder/" → "folder"
    std::string experiment, name;
    for (std::filesystem::path p = path; !p.empty() && p.has_filename(); p = p.parent_path()) {
        const std::string part = p.filename().string();
        if (!isGeneric(part)) {
            name = part;
            break;
        }
        if (part == "pdata")
            experiment.clear(); // the number below was the processing number
        else if (isNumber(part) && experiment.empty())
            experiment = part;
    }
    if (name.empty()) name = path.filename().string();
    if (name == path.filename().string()) return name; // a telling file name says it all
    if (!experiment.empty()) name += " #" + experiment;
    if (!spectrum.title.empty() && spectrum.title.size() <= 60 && spectrum.title != name)
        name += " · " + spectrum.title;
    return name;
}

} // namespace spinhance::ui
