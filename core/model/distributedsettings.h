#pragma once

#include <functional>
#include <optional>
#include <string>

namespace spinhance::model {

/// Where one process stands in a data-parallel training job: its rank among `worldSize`
/// processes and the rendezvous (rank 0 serves a TCP store at masterAddress:masterPort).
/// Every rank trains on its own slice of each global batch of worldSize × batch size samples;
/// gradients are summed with PyTorch's own c10d collectives (Gloo), so the weights follow the
/// same path as one process with the whole global batch (docs/distributed.md).
struct DistributedSettings {
    int rank = 0;
    int worldSize = 1;
    std::string masterAddress = "127.0.0.1";
    int masterPort = 29500;
    /// How long a collective (or the rendezvous) waits for the other ranks before it fails.
    /// A killed rank is noticed at once when its sockets close; this bounds a hung one.
    double timeoutSeconds = 600.0;

    bool enabled() const { return worldSize > 1; }
};

/// Reads the variables torchrun and Slurm set: RANK and WORLD_SIZE (else SLURM_PROCID and
/// SLURM_NTASKS), MASTER_ADDR (default 127.0.0.1), MASTER_PORT (default 29500) and
/// SPINHANCE_DIST_TIMEOUT (seconds). Nothing when neither world size is set or it is 1.
/// Throws Error{InvalidArgument} naming the variable for a value that is not a whole number in
/// range (rank outside [0, world size), port outside 1–65535, world size above 4096).
std::optional<DistributedSettings> distributedSettingsFromEnvironment(
    const std::function<const char*(const char*)>& variable);

/// The same, from the process environment.
std::optional<DistributedSettings> distributedSettingsFromEnvironment();

/// Throws Error{InvalidArgument} for settings out of range (as above).
void requireValid(const DistributedSettings& settings);

} // namespace spinhance::model
