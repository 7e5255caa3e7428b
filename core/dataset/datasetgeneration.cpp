#include "common/error.h"
#include "dataset/datasetwriter.h"
#include "dataset/moleculebuilder.h"
#include "dataset/rng.h"
#include "dataset/sampler.h"
#include "dataset/validation.h"

#include <atomic>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>

namespace spinhance {

namespace {

// Streams under the dataset seed: molecule m's system, sample i's spectrum effects.
constexpr std::uint64_t kMoleculeStream = 11;
constexpr std::uint64_t kSpectrumStream = 12;
constexpr std::size_t kBatchSize = 256;

using RecordMaker = std::function<DatasetRecord(std::size_t index)>;

// Fills records[i] = make(first + i) on `threads` workers.
class BatchWorkers {
public:
    BatchWorkers(const RecordMaker& make, int threads, const CancelFlag* cancel)
        : m_make(make), m_threads(std::max(1, threads)), m_cancel(cancel) {}

    void start(std::vector<DatasetRecord>& records, std::size_t first) {
        m_next = 0;
        m_failure = nullptr;
        for (int t = 0; t < m_threads; ++t)
            m_pool.emplace_back([this, &records, first] { work(records, first); });
    }

    void join() {
        for (std::thread& t : m_pool)
            t.join();
        m_pool.clear();
        if (m_failure) std::rethrow_exception(m_failure);
        throwIfCancelled(m_cancel);
    }

    ~BatchWorkers() {
        for (std::thread& t : m_pool)
            t.join();
    }

private:
    void work(std::vector<DatasetRecord>& records, std::size_t first) {
        try {
            for (std::size_t i = m_next++; i < records.size(); i = m_next++) {
                if (m_cancel && m_cancel->load(std::memory_order_relaxed)) return;
                records[i] = m_make(first + i);
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(m_failureMutex);
            if (!m_failure) m_failure = std::current_exception();
            m_next = records.size();
        }
    }

    const RecordMaker& m_make;
    int m_threads;
    const CancelFlag* m_cancel;
    std::vector<std::thread> m_pool;
    std::atomic<std::size_t> m_next{0};
    std::exception_ptr m_failure;
    std::mutex m_failureMutex;
};

// The pipeline: workers compute batch k + 1 while this thread writes batch k.
// Rows [firstRow, firstRow + count) of the whole (a shard's, or all of them).
DatasetSummary runPipeline(const std::string& path, std::size_t count, const DatasetMetadata& meta,
                           const RecordMaker& make, int threads, const ProgressCallback& progress,
                           const CancelFlag* cancel) {
    const std::size_t firstRow = meta.firstRow;
    // Written under a temporary name and renamed when complete: an existing dataset at `path` is
    // never touched before the new one is whole, and a kill leaves only the .tmp behind.
    return writeDatasetAtomically(path, [&](const std::string& partial) {
        DatasetWriter writer(partial, count, meta);
        BatchWorkers workers(make, threads, cancel);
        std::vector<DatasetRecord> ready, next;
        for (std::size_t first = 0; first < count; first += kBatchSize) {
            next.assign(std::min(kBatchSize, count - first), DatasetRecord{});
            workers.start(next, firstRow + first);
            writer.write(ready);
            workers.join();
            std::swap(ready, next);
            if (progress)
                progress({(long long)(first + ready.size()), (long long)count, "generating"});
        }
        writer.write(ready);
        return writer.close();
    });
}

std::string moleculeIdFor(std::uint64_t seed, std::size_t molecule) {
    char id[48];
    std::snprintf(id, sizeof id, "syn-%llx-%zu", static_cast<unsigned long long>(seed), molecule);
    return id;
}

void checkGenerationOptions(const GeneratorOptions& o, const std::string& path) {
    if (o.augmentationsPerMolecule < 1)
        throw Error(ErrorCode::InvalidArgument, "expected at least one spectrum per molecule",
                    {path, 0, "augmentationsPerMolecule"});
    if (o.validationFraction < 0 || o.testFraction < 0 || o.validationFraction + o.testFraction > 1)
        throw Error(ErrorCode::InvalidArgument, "validation + test fractions must lie in 0–1",
                    {path, 0, "fractions"});
}

} // namespace

DatasetSummary generateDataset(const std::string& path, std::size_t count, std::uint64_t seed,
                               const GeneratorOptions& options, int threads,
                               const ProgressCallback& progress, const CancelFlag* cancel,
                               const DatasetShard& shard) {
    checkGenerationOptions(options, path);
    sampleMolecule(0, options.minGroups, options.maxGroups); // validates the group range early
    const auto [firstRow, endRow] = shardRows(count, shard);
    if (endRow == firstRow)
        throw Error(ErrorCode::InvalidArgument,
                    "shard " + std::to_string(shard.index) + "/" + std::to_string(shard.count) +
                        " of " + std::to_string(count) +
                        " spectra holds none; expected fewer "
                        "shards than spectra",
                    {path, 0, "--shard"});
    const std::size_t perMolecule = std::size_t(options.augmentationsPerMolecule);
    const RecordMaker make = [&](std::size_t index) {
        const std::size_t molecule = index / perMolecule;
        SampledMolecule m = sampleMolecule(deriveSeed(seed, kMoleculeStream, molecule),
                                           options.minGroups, options.maxGroups, options.profile);
        DatasetRecord record;
        record.sample.moleculeId = moleculeIdFor(seed, molecule);
        const std::uint64_t spectrumSeed = deriveSeed(seed, kSpectrumStream, index);
        record.sample.spectrum =
            renderTrainingSpectrum(m.system, spectrumSeed, atNominalField(spectrumSeed, options),
                                   m.extraLinewidthHz, &record.draw);
        record.sample.fieldMHz = record.draw.fieldMHz;
        record.sample.target = std::move(m.system);
        record.sample.target.id = record.sample.moleculeId;
        record.split = splitForMolecule(seed, record.sample.moleculeId, options.validationFraction,
                                        options.testFraction);
        return record;
    };
    DatasetMetadata meta;
    meta.seed = seed, meta.options = options, meta.shard = shard;
    meta.totalCount = count, meta.firstRow = firstRow;
    return runPipeline(path, endRow - firstRow, meta, make, threads, progress, cancel);
}

DatasetSummary writeSystemsDataset(const std::string& path, const std::vector<SpinSystem>& systems,
                                   std::uint64_t seed, const GeneratorOptions& options,
                                   const std::string& source, ImportSplit splitPolicy, int threads,
                                   const ProgressCallback& progress, const CancelFlag* cancel) {
    checkGenerationOptions(options, path);
    std::vector<SpinSystem> targets;
    for (const SpinSystem& s : systems) {
        const std::vector<std::string> problems = targetProblems(s);
        if (!problems.empty())
            throw Error(ErrorCode::InvalidInput, problems.front(), {path, 0, s.id});
        targets.push_back(canonicalOrder(s, false));
    }
    const RecordMaker make = [&](std::size_t index) {
        DatasetRecord record;
        record.sample.target = targets[index];
        record.sample.moleculeId = targets[index].id;
        const std::uint64_t spectrumSeed = deriveSeed(seed, kSpectrumStream, index);
        record.sample.spectrum = renderTrainingSpectrum(
            targets[index], spectrumSeed, atNominalField(spectrumSeed, options), {}, &record.draw);
        record.sample.fieldMHz = record.draw.fieldMHz;
        record.split = splitPolicy == ImportSplit::AllTest
                           ? Split::Test
                           : splitForMolecule(seed, record.sample.moleculeId,
                                              options.validationFraction, options.testFraction);
        return record;
    };
    DatasetMetadata meta;
    meta.source = source, meta.seed = seed, meta.options = options;
    return runPipeline(path, targets.size(), meta, make, threads, progress, cancel);
}

} // namespace spinhance
