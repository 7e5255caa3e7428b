#include "model/batchproducer.h"

#include <algorithm>

namespace spinhance::model {

BatchProducer::BatchProducer(const SampleSource& source, std::vector<std::size_t> order,
                             int batchSize, int depth, int workers)
    : m_source(source), m_order(std::move(order)),
      m_batchSize(std::size_t(std::max(1, batchSize))) {
    const int threads = source.concurrent() ? std::max(1, workers) : 1;
    // Every worker may hold one batch in the making on top of the queue's depth.
    m_depth = std::size_t(std::max(1, depth) + threads - 1);
    m_workersRunning = std::size_t(threads);
    for (int t = 0; t < threads; ++t)
        m_threads.emplace_back([this] { work(); });
}

BatchProducer::~BatchProducer() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    for (auto& thread : m_threads)
        thread.join();
}

std::size_t BatchProducer::batchCount() const {
    return (m_order.size() + m_batchSize - 1) / m_batchSize;
}

SampleBatch BatchProducer::make(std::size_t batchIndex) const {
    SampleBatch batch;
    const std::size_t start = batchIndex * m_batchSize;
    const std::size_t end = std::min(m_order.size(), start + m_batchSize);
    for (std::size_t k = start; k < end; ++k) {
        batch.samples.push_back(m_source.sample(m_order[k]));
        batch.targets.push_back(encodeTarget(batch.samples.back().target));
    }
    return batch;
}

void BatchProducer::work() {
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        // Claim the next batch only when it falls inside the window the consumer allows.
        m_changed.wait(lock, [this] {
            return m_stop || m_error || m_nextToMake >= batchCount() ||
                   m_nextToMake < m_nextToTake + m_depth;
        });
        if (m_stop || m_error || m_nextToMake >= batchCount()) break;
        const std::size_t index = m_nextToMake++;
        lock.unlock();
        try {
            SampleBatch batch = make(index);
            lock.lock();
            m_ready.emplace(index, std::move(batch));
        } catch (...) {
            lock.lock();
            if (!m_error) m_error = std::current_exception();
        }
        m_changed.notify_all();
    }
    --m_workersRunning;
    m_changed.notify_all();
}

std::optional<SampleBatch> BatchProducer::next() {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(
        lock, [this] { return m_ready.count(m_nextToTake) || m_error || m_workersRunning == 0; });
    auto found = m_ready.find(m_nextToTake);
    if (found != m_ready.end()) {
        SampleBatch batch = std::move(found->second);
        m_ready.erase(found);
        ++m_nextToTake;
        m_changed.notify_all();
        return batch;
    }
    if (m_error) std::rethrow_exception(m_error);
    return std::nullopt;
}

} // namespace spinhance::model
