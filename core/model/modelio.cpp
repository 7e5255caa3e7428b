#include "model/modelio.h"

#include "common/error.h"
#include "model/modelfile.h"

#include <algorithm>
#include <cstdlib>
#include <dlfcn.h>
#include <sstream>
#include <thread>

namespace spinhance::model {

std::string weightsToBytes(torch::nn::Module& module) {
    torch::serialize::OutputArchive archive;
    module.save(archive);
    std::ostringstream out;
    archive.save_to(out);
    return out.str();
}

void weightsFromBytes(torch::nn::Module& module, const std::string& bytes,
                      const std::string& source) {
    try {
        std::istringstream in(bytes);
        torch::serialize::InputArchive archive;
        // Onto the CPU whatever device wrote them: a model trained on a GPU loads anywhere.
        archive.load_from(in, torch::Device(torch::kCPU));
        module.load(archive);
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::Mismatch,
                    "the weights do not fit the network its config describes: " + e.msg(),
                    ErrorContext{source, 0, "weights"});
    }
}

void saveModel(const std::string& path, const ModelConfig& config, SpinGraphNet& net) {
    ModelConfig c = config;
    c.parameterCount = parameterCount(*net);
    // CPU tensors in the file, so LibTorch builds without CUDA can read it.
    const auto parameters = net->parameters();
    const torch::Device device =
        parameters.empty() ? torch::Device(torch::kCPU) : parameters.front().device();
    net->to(torch::kCPU);
    const std::string weights = weightsToBytes(*net);
    net->to(device);
    writeModelFile(path, c, weights);
}

LoadedModel loadModel(const std::string& path) {
    ModelFileContents contents = readModelFile(path);
    ModelConfig expected;
    expected.grid = contents.config.grid;
    requireCompatible(expected, contents.config, path, false);
    singleThreadedBlas(); // every front end that runs a model loads it here
    LoadedModel loaded{contents.config, SpinGraphNet(contents.config)};
    weightsFromBytes(*loaded.net, contents.weights, path);
    loaded.net->eval();
    return loaded;
}

void singleThreadedBlas() {
    // Debian's LibTorch calls OpenBLAS (libopenblas0-pthread) for its matrix products, and OpenBLAS
    // keeps its own pool of spinning threads, one per core, beside LibTorch's: with two LibTorch
    // threads on two cores the pools fought, and a desk training step ran at half the speed of one
    // thread (modelbench). LibTorch parallelises over its ops itself, so OpenBLAS runs on the
    // thread that calls it. Looked up at run time: other BLAS builds (MKL in PyTorch's LibTorch)
    // have no such symbol and are left alone.
    using SetThreads = void (*)(int);
    if (auto* set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads")))
        set(1);
}

void configureTorchThreads(int threads) {
    if (threads <= 0) {
        if (const char* env = std::getenv("OMP_NUM_THREADS"); env && std::atoi(env) > 0)
            threads = std::atoi(env);
        else
            threads = int(std::clamp(std::thread::hardware_concurrency(), 1u, 2u));
    }
    torch::set_num_threads(threads);
    singleThreadedBlas();
}

} // namespace spinhance::model
