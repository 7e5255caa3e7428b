// train --init-from: a new run that starts from a shipped model's weights (issue 15), so any
// machine can keep improving the default without the checkpoint it was trained with.
#include "common/error.h"
#include "model/modelio.h"
#include "model/trainingrun.h"

namespace spinhance::model {

void initialiseFromModel(TrainingRun& run, const std::string& path) {
    LoadedModel loaded = loadModel(path);
    requireCompatible(run.modelConfig, loaded.config, path);
    if (loaded.config.size != run.modelConfig.size)
        throw Error(ErrorCode::Mismatch,
                    "expected a model of size " + run.modelConfig.size + " to start from, found " +
                        loaded.config.size + " (train with --size " + loaded.config.size + ")",
                    ErrorContext{path, 0, "size"});
    // Through bytes rather than parameter by parameter: buffers travel too, and a shape mismatch
    // becomes an Error naming the file.
    loaded.net->to(torch::kCPU);
    const std::string weights = weightsToBytes(*loaded.net);
    weightsFromBytes(*run.net, weights, path);
    weightsFromBytes(*run.ema, weights, path);
    run.net->to(run.device);
    run.ema->to(run.device);
    for (auto& p : run.ema->parameters())
        p.set_requires_grad(false);
    run.modelConfig.standardiser = loaded.config.standardiser;
}

} // namespace spinhance::model
