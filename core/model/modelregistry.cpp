#include "model/modelregistry.h"

#include "common/error.h"
#include "model/modelfile.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <tuple>

namespace spinhance {

namespace fs = std::filesystem;

namespace {

fs::path executableDir() {
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : self.parent_path();
}

bool isFile(const fs::path& p) {
    std::error_code ec;
    return !p.empty() && fs::is_regular_file(p, ec);
}

} // namespace

std::string defaultModelPath() {
    if (const char* env = std::getenv("SPINHANCE_MODEL"); env && isFile(env)) return env;
    const fs::path installed =
        executableDir() / ".." / "share" / "spinhance" / "models" / "default.spinmodel";
    if (isFile(installed)) return fs::weakly_canonical(installed).string();
#ifdef SPINHANCE_SOURCE_DIR
    const fs::path source =
        fs::path(SPINHANCE_SOURCE_DIR) / "resources" / "models" / "default.spinmodel";
    if (isFile(source)) return source.string();
#endif
    return {};
}

std::string modelShapeName(const ModelInfo& model) {
    return model::recipeName(model.recipe) + "/" + model::modelSizeName(model.size) +
           (model.input == model::InputKind::Peaks ? "/peaks" : "");
}

ModelInfo readModelInfo(const std::string& path) {
    return modelInfoFromConfig(path, model::readModelConfig(path));
}

ModelInfo modelInfoFromConfig(const std::string& path, const model::ModelConfig& config) {
    ModelInfo info;
    info.path = path;
    info.recipe = config.recipe;
    info.size = config.size;
    info.input = config.input;
    info.parameterCount = config.parameterCount;
    info.fieldMHz = config.fieldMHz;
    info.fieldInput = config.fieldInput;
    info.fieldMinMHz = config.fieldMinMHz;
    info.fieldMaxMHz = config.fieldMaxMHz;
    info.metricsJson = config.metricsJson;
    info.trainingDataHash = config.trainingDataHash;
    return info;
}

std::vector<ModelInfo> listModels(const std::string& dir) {
    std::vector<ModelInfo> models;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (entry.path().extension() != ".spinmodel") continue;
        try {
            models.push_back(readModelInfo(entry.path().string()));
        } catch (const Error&) {
            // A broken or foreign file is not a model to offer; listing goes on.
        }
    }
    std::sort(models.begin(), models.end(), [](const ModelInfo& a, const ModelInfo& b) {
        return std::tie(a.recipe, a.size, a.path) < std::tie(b.recipe, b.size, b.path);
    });
    return models;
}

} // namespace spinhance
