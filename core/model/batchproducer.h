#pragma once

#include "model/samplesource.h"
#include "model/targets.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace spinhance::model {

struct SampleBatch {
    std::vector<TrainingSample> samples;
    std::vector<EncodedTarget> targets;
};

/// The one thread training starts: it reads (or generates) the batches of an epoch in `order`
/// ahead of the optimiser, a few batches deep, so the simulator or HDF5 overlaps the maths.
/// Batches come out in order, so runs stay deterministic.
class BatchProducer {
public:
    BatchProducer(const SampleSource& source, std::vector<std::size_t> order, int batchSize,
                  int depth = 3);
    ~BatchProducer();
    BatchProducer(const BatchProducer&) = delete;
    BatchProducer& operator=(const BatchProducer&) = delete;

    /// The next batch, or nothing at the end of the epoch. Rethrows a producer failure.
    std::optional<SampleBatch> next();

private:
    void run();

    const SampleSource& m_source;
    std::vector<std::size_t> m_order;
    int m_batchSize;
    std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<SampleBatch> m_queue;
    bool m_finished = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace spinhance::model
