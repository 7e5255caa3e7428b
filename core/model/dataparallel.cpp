#include "model/dataparallel.h"

#include "common/error.h"

#include <chrono>
#include <cstdlib>

#if SPINHANCE_HAVE_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

namespace spinhance::model {

namespace {

std::chrono::milliseconds millisecondsOf(double seconds) {
    return std::chrono::milliseconds(static_cast<long long>(seconds * 1000.0));
}

bool isLoopback(const std::string& host) {
    return host == "localhost" || host.rfind("127.", 0) == 0 || host == "::1";
}

// The interface Gloo binds to: GLOO_SOCKET_IFNAME when the cluster names one (as PyTorch reads
// it), loopback for a job on one machine, else the address this host name resolves to.
std::shared_ptr<gloo::transport::Device> glooDevice(const DistributedSettings& s) {
    using Gloo = c10d::ProcessGroupGloo;
    if (const char* name = std::getenv("GLOO_SOCKET_IFNAME"); name && *name)
        return Gloo::createDeviceForInterface(name);
    if (isLoopback(s.masterAddress)) return Gloo::createDeviceForHostname("127.0.0.1");
    return Gloo::createDefaultDevice();
}

std::string firstLine(const std::string& text) {
    return text.substr(0, std::min(text.find('\n'), std::size_t(300)));
}

// c10d reports a dead peer as a socket error deep in Gloo; the chemist running a job array needs
// to know which rank saw it and that another rank is the likely cause.
[[noreturn]] void rethrowAsLostContact(const DistributedSettings& s, const std::string& what,
                                       const std::exception& e) {
    throw Error(
        ErrorCode::Io,
        "rank " + std::to_string(s.rank) + " of " + std::to_string(s.worldSize) + ": " + what +
            " failed — another training process has stopped (killed, crashed or "
            "out of memory) or cannot be reached at " +
            s.masterAddress + ":" + std::to_string(s.masterPort) + " (" + firstLine(e.what()) + ")",
        ErrorContext{{}, 0, "distributed"});
}

torch::Tensor flatCpu(const std::vector<torch::Tensor>& tensors) {
    std::vector<torch::Tensor> parts;
    for (const auto& t : tensors)
        if (t.defined()) parts.push_back(t.detach().to(torch::kCPU, torch::kFloat32).reshape(-1));
    return torch::cat(parts).contiguous();
}

void unflattenInto(const torch::Tensor& flat, const std::vector<torch::Tensor>& tensors) {
    torch::NoGradGuard noGrad;
    long long offset = 0;
    for (const auto& t : tensors) {
        if (!t.defined()) continue;
        const long long n = t.numel();
        auto piece = flat.narrow(0, offset, n).view(t.sizes());
        const_cast<torch::Tensor&>(t).copy_(piece.to(t.device(), t.scalar_type()));
        offset += n;
    }
}

} // namespace

struct DataParallelGroup::Impl {
    DistributedSettings settings;
    c10::intrusive_ptr<c10d::TCPStore> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
};

DataParallelGroup::DataParallelGroup(const DistributedSettings& s) : m(std::make_unique<Impl>()) {
    requireValid(s);
    m->settings = s;
    try {
        c10d::TCPStoreOptions storeOptions;
        storeOptions.port = static_cast<std::uint16_t>(s.masterPort);
        storeOptions.isServer = s.rank == 0;
        storeOptions.numWorkers = static_cast<std::size_t>(s.worldSize);
        storeOptions.waitWorkers = true;
        storeOptions.timeout = millisecondsOf(s.timeoutSeconds);
        m->store = c10::make_intrusive<c10d::TCPStore>(s.masterAddress, storeOptions);
        auto options = c10d::ProcessGroupGloo::Options::create(millisecondsOf(s.timeoutSeconds));
        options->devices.push_back(glooDevice(s));
        m->group =
            c10::make_intrusive<c10d::ProcessGroupGloo>(m->store, s.rank, s.worldSize, options);
    } catch (const std::exception& e) {
        rethrowAsLostContact(s, "the rendezvous", e);
    }
}

DataParallelGroup::~DataParallelGroup() = default;

int DataParallelGroup::rank() const {
    return m->settings.rank;
}

int DataParallelGroup::worldSize() const {
    return m->settings.worldSize;
}

void DataParallelGroup::sumInPlace(const std::vector<torch::Tensor>& tensors) {
    std::vector<torch::Tensor> buffer{flatCpu(tensors)};
    try {
        m->group->allreduce(buffer)->wait();
    } catch (const std::exception& e) {
        rethrowAsLostContact(m->settings, "summing gradients", e);
    }
    unflattenInto(buffer.front(), tensors);
}

void DataParallelGroup::broadcastFromRankZero(const std::vector<torch::Tensor>& tensors) {
    std::vector<torch::Tensor> buffer{flatCpu(tensors)};
    c10d::BroadcastOptions options;
    options.rootRank = 0;
    try {
        m->group->broadcast(buffer, options)->wait();
    } catch (const std::exception& e) {
        rethrowAsLostContact(m->settings, "sharing the starting weights", e);
    }
    unflattenInto(buffer.front(), tensors);
}

} // namespace spinhance::model

#else // no Gloo headers at build time

namespace spinhance::model {

struct DataParallelGroup::Impl {};

DataParallelGroup::DataParallelGroup(const DistributedSettings&) {
    throw Error(ErrorCode::Unsupported,
                "this build has no data-parallel training: Gloo's headers (Debian libgloo-dev) "
                "were not found when it was configured",
                ErrorContext{{}, 0, "distributed"});
}
DataParallelGroup::~DataParallelGroup() = default;
int DataParallelGroup::rank() const {
    return 0;
}
int DataParallelGroup::worldSize() const {
    return 1;
}
void DataParallelGroup::sumInPlace(const std::vector<torch::Tensor>&) {}
void DataParallelGroup::broadcastFromRankZero(const std::vector<torch::Tensor>&) {}

} // namespace spinhance::model

#endif
