#include "common/error.h"
#include "model/batchproducer.h"
#include "syntheticsamples.h"

#include <gtest/gtest.h>
#include <numeric>

using namespace spinhance;
using namespace spinhance::model;

namespace {

std::vector<SampleBatch> drain(BatchProducer& producer) {
    std::vector<SampleBatch> batches;
    while (auto batch = producer.next()) batches.push_back(std::move(*batch));
    return batches;
}

std::vector<std::size_t> shuffledOrder(std::size_t n) {
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::reverse(order.begin(), order.begin() + long(n / 2));
    return order;
}

// Samples past `failAt` cannot be made: a simulator failure on one worker.
class FailingSource : public SampleSource {
public:
    FailingSource(std::shared_ptr<InMemorySampleSource> inner, std::size_t failAt)
        : m_inner(std::move(inner)), m_failAt(failAt) {}
    std::size_t size() const override { return m_inner->size(); }
    TrainingSample sample(std::size_t i) const override {
        if (i >= m_failAt) throw Error(ErrorCode::InvalidInput, "sample " + std::to_string(i));
        return m_inner->sample(i);
    }
    PpmGrid grid() const override { return m_inner->grid(); }
    std::string contentHash() const override { return "failing"; }
    bool concurrent() const override { return true; }

private:
    std::shared_ptr<InMemorySampleSource> m_inner;
    std::size_t m_failAt;
};

} // namespace

TEST(BatchProducer, SeveralWorkersGiveTheBatchesOneWorkerGivesInTheSameOrder) {
    const auto source = test::syntheticSource(23, 5);
    BatchProducer single(*source, shuffledOrder(23), 4, 3, 1);
    BatchProducer parallel(*source, shuffledOrder(23), 4, 3, 5);
    const auto expected = drain(single);
    const auto got = drain(parallel);
    ASSERT_EQ(expected.size(), 6u); // 5 full batches of 4 and one of 3
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t b = 0; b < got.size(); ++b) {
        ASSERT_EQ(got[b].samples.size(), expected[b].samples.size()) << "batch " << b;
        for (std::size_t k = 0; k < got[b].samples.size(); ++k) {
            EXPECT_EQ(got[b].samples[k].target.id, expected[b].samples[k].target.id);
            EXPECT_EQ(got[b].samples[k].spectrum, expected[b].samples[k].spectrum);
        }
    }
    EXPECT_EQ(expected.back().samples.size(), 3u);
}

TEST(BatchProducer, AWorkerFailureReachesTheConsumerInsteadOfHanging) {
    FailingSource source(test::syntheticSource(40, 6), 17);
    BatchProducer producer(source, shuffledOrder(40), 4, 2, 4);
    EXPECT_THROW(drain(producer), Error);
}

TEST(BatchProducer, StoppingEarlyJoinsEveryWorker) {
    const auto source = test::syntheticSource(64, 7);
    BatchProducer producer(*source, shuffledOrder(64), 2, 2, 6);
    ASSERT_TRUE(producer.next().has_value());
    // The destructor must stop the workers blocked on the full queue; the test ends, not hangs.
}
