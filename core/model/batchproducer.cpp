#include "model/batchproducer.h"

#include <algorithm>

namespace spinhance::model {

BatchProducer::BatchProducer(const SampleSource& source, std::vector<std::size_t> order,
                             int batchSize, int depth)
    : m_source(source), m_order(std::move(order)), m_batchSize(std::max(1, batchSize)),
      m_depth(std::size_t(std::max(1, depth))) {
    m_thread = std::thread([this] { run(); });
}

BatchProducer::~BatchProducer() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void BatchProducer::run() {
    try {
        for (std::size_t start = 0; start < m_order.size(); start += std::size_t(m_batchSize)) {
            SampleBatch batch;
            const std::size_t end = std::min(m_order.size(), start + std::size_t(m_batchSize));
            for (std::size_t k = start; k < end; ++k) {
                batch.samples.push_back(m_source.sample(m_order[k]));
                batch.targets.push_back(encodeTarget(batch.samples.back().target));
            }
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_queue.size() < m_depth; });
            if (m_stop) return;
            m_queue.push_back(std::move(batch));
            m_changed.notify_all();
        }
    } catch (...) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

std::optional<SampleBatch> BatchProducer::next() {
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (!m_queue.empty()) {
        SampleBatch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_changed.notify_all();
        return batch;
    }
    if (m_error) std::rethrow_exception(m_error);
    return std::nullopt;
}

} // namespace spinhance::model
