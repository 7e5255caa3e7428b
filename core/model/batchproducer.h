#pragma once

#include "model/samplesource.h"
#include "model/targets.h"

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace spinhance::model {

struct SampleBatch {
    std::vector<TrainingSample> samples;
    std::vector<EncodedTarget> targets;
};

/// The threads training starts: they read (or generate) the batches of an epoch in `order` ahead
/// of the optimiser, a few batches deep, so the simulator or HDF5 overlaps the maths. With
/// `workers` > 1 (and a source that allows it, SampleSource::concurrent) several batches are made
/// at once — a GPU consumes light-model batches faster than one core simulates them. Batches come
/// out in order whatever the worker count, so runs stay deterministic.
class BatchProducer {
public:
    BatchProducer(const SampleSource& source, std::vector<std::size_t> order, int batchSize,
                  int depth = 3, int workers = 1);
    ~BatchProducer();
    BatchProducer(const BatchProducer&) = delete;
    BatchProducer& operator=(const BatchProducer&) = delete;

    /// The next batch, or nothing at the end of the epoch. Rethrows a producer failure.
    std::optional<SampleBatch> next();

private:
    void work();
    SampleBatch make(std::size_t batchIndex) const;
    std::size_t batchCount() const;

    const SampleSource& m_source;
    std::vector<std::size_t> m_order;
    std::size_t m_batchSize;
    std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<std::size_t, SampleBatch> m_ready; ///< made, by batch index, not yet taken
    std::size_t m_nextToMake = 0;
    std::size_t m_nextToTake = 0;
    std::size_t m_workersRunning = 0;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::vector<std::thread> m_threads;
};

} // namespace spinhance::model
