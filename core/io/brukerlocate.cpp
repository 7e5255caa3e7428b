#include "io/brukerlocate.h"

#include "common/error.h"
#include "io/brukerparams.h"
#include "io/textfile.h"

#include <algorithm>
#include <vector>

namespace spinhance::io {

namespace fs = std::filesystem;

namespace {

bool pathExists(const fs::path& p) {
    std::error_code ec;
    return fs::exists(p, ec);
}

bool isDir(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

// Walks up from a file or folder inside an experiment (fid, pdata/1/1r ...) to the acqus folder.
std::optional<BrukerLocation> findUpwards(const fs::path& start) {
    fs::path folder = isDir(start) ? start : start.parent_path();
    fs::path pdata;
    for (int level = 0; level < 4 && !folder.empty(); ++level) {
        if (pathExists(folder / "acqus")) return BrukerLocation{folder, pdata};
        if (folder.parent_path().filename() == "pdata") pdata = folder;
        if (folder == folder.parent_path()) break;
        folder = folder.parent_path();
    }
    return std::nullopt;
}

bool isProton1d(const fs::path& experiment) {
    if (pathExists(experiment / "acqu2s")) return false;
    try {
        const std::string nucleus =
            BrukerParameters::read((experiment / "acqus").string()).text("NUC1");
        return nucleus.empty() || nucleus == "1H";
    } catch (const Error&) {
        return false;
    }
}

// Sort key: numbered experiments in numeric order, then others by name.
std::pair<long, std::string> experimentKey(const fs::path& folder) {
    const std::string name = folder.filename().string();
    const bool numeric =
        !name.empty() && std::all_of(name.begin(), name.end(), ::isdigit) && name.size() < 9;
    return {numeric ? std::stol(name) : 1L << 40, folder.string()};
}

std::vector<fs::path> experimentsBelow(const fs::path& root) {
    std::vector<fs::path> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec),
        end;
    for (; !ec && it != end; it.increment(ec)) {
        if (it.depth() > 3) {
            it.disable_recursion_pending();
            continue;
        }
        if (it->path().filename() == "acqus" &&
            it->path().string().find("__MACOSX") == std::string::npos)
            found.push_back(it->path().parent_path());
    }
    std::sort(found.begin(), found.end(), [](const fs::path& a, const fs::path& b) {
        return experimentKey(a) < experimentKey(b);
    });
    return found;
}

fs::path firstPdata(const fs::path& experiment) {
    std::vector<fs::path> candidates;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(experiment / "pdata", ec))
        if (pathExists(entry.path() / "1r")) candidates.push_back(entry.path());
    std::sort(candidates.begin(), candidates.end(), [](const fs::path& a, const fs::path& b) {
        return experimentKey(a) < experimentKey(b);
    });
    return candidates.empty() ? fs::path() : candidates.front();
}

bool looksBruker(const fs::path& folder) {
    return pathExists(folder / "fid") || pathExists(folder / "pdata") ||
           pathExists(folder / "ser") || pathExists(folder / "acqu") ||
           pathExists(folder / "pulseprogram");
}

} // namespace

BrukerLocation locateBrukerExperiment(const fs::path& path) {
    std::optional<BrukerLocation> location = findUpwards(path);
    if (!location && isDir(path)) {
        const auto experiments = experimentsBelow(path);
        for (const fs::path& experiment : experiments)
            if (isProton1d(experiment)) {
                location = BrukerLocation{experiment, {}};
                break;
            }
        if (!location && !experiments.empty())
            throw Error(ErrorCode::Unsupported,
                        "expected a 1H 1D experiment, found only other nuclei or 2D data",
                        {path.string(), 0, "NUC1"});
    }
    if (!location)
        throw Error(ErrorCode::NotFound,
                    "expected an acqus file (acquisition parameters) in the Bruker experiment "
                    "folder, found none",
                    {(isDir(path) ? path : path.parent_path()).string(), 0, "acqus"});
    if (location->pdata.empty() || !pathExists(location->pdata / "1r"))
        location->pdata = firstPdata(location->experiment);
    return *location;
}

double brukerFolderConfidence(const fs::path& path) {
    if (isDir(path)) {
        if (pathExists(path / "acqus")) return 1.0;
        if (!experimentsBelow(path).empty()) return 0.9;
        return looksBruker(path) ? 0.6 : 0.0;
    }
    // Only extension-less files (fid, 1r, acqus, procs, title ...) belong to the experiment itself.
    // acqus and procs are JCAMP-DX text, so they must outbid the JCAMP reader (0.95): opened from
    // a file dialog they mean the experiment, not a parameter list.
    const std::string stem = path.filename().string();
    const bool parameters = stem == "acqus" || stem == "acqu" || stem == "procs" || stem == "proc";
    if (!path.has_extension() && findUpwards(path)) return parameters ? 0.97 : 0.9;
    const std::string name = path.filename().string();
    if (name == "fid" || name == "1r" || name == "ser" || name == "procs")
        return looksBruker(path.parent_path()) ? 0.3 : 0.1;
    return 0.0;
}

} // namespace spinhance::io
