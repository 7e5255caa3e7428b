#pragma once
// Private to core/model (includes LibTorch): the collectives of data-parallel training.

#include "model/distributedsettings.h"

#include <memory>
#include <torch/torch.h>
#include <vector>

namespace spinhance::model {

/// One process's membership in a data-parallel job, on PyTorch's own distributed engine: a c10d
/// TCPStore for the rendezvous (rank 0 serves it) and a Gloo process group for the collectives.
/// Tensors may live on any device: they travel through one flat CPU buffer per call, which keeps
/// the job to one collective per step and works with a CPU-only Gloo. Every failure (a rank that
/// was killed, a rendezvous that timed out) throws Error{Io} naming this rank and what to check.
class DataParallelGroup {
public:
    explicit DataParallelGroup(const DistributedSettings& settings);
    ~DataParallelGroup();
    DataParallelGroup(const DataParallelGroup&) = delete;
    DataParallelGroup& operator=(const DataParallelGroup&) = delete;

    int rank() const;
    int worldSize() const;

    /// Element-wise sum over all ranks, written back into `tensors` (undefined ones skipped).
    void sumInPlace(const std::vector<torch::Tensor>& tensors);
    /// Rank 0's values copied into `tensors` on every rank.
    void broadcastFromRankZero(const std::vector<torch::Tensor>& tensors);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace spinhance::model
