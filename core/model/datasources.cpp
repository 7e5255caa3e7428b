#include "model/datasources.h"

#include "common/error.h"
#include "model/targets.h"
#include "model/trainer.h"

#include <cmath>

#ifdef SPINHANCE_HAVE_DATASET
#include "dataset/datasetreader.h"
#include "dataset/generator.h"
#include "dataset/halffloat.h"
#endif

namespace spinhance::model {

namespace {

#ifdef SPINHANCE_HAVE_DATASET
TrainingSample fromDataset(DatasetSample&& s) {
    return {std::move(s.spectrum), std::move(s.target), s.fieldMHz};
}

class DatasetSplitSource : public SampleSource {
public:
    DatasetSplitSource(std::shared_ptr<DatasetReader> reader, Split split)
        : m_reader(std::move(reader)), m_indices(m_reader->indicesOf(split)) {}
    std::size_t size() const override { return m_indices.size(); }
    TrainingSample sample(std::size_t i) const override {
        return fromDataset(m_reader->read(m_indices.at(i)));
    }
    SpinSystem target(std::size_t i) const override { return m_reader->target(m_indices.at(i)); }
    PpmGrid grid() const override { return m_reader->grid(); }
    double fieldMHz() const override { return m_reader->fieldMHz(); }
    std::string contentHash() const override { return m_reader->contentHash(); }

private:
    std::shared_ptr<DatasetReader> m_reader;
    std::vector<std::size_t> m_indices;
};

// Generated on demand from a seed per index, so epochs revisit identical samples.
class GeneratedSource : public SampleSource {
public:
    GeneratedSource(long long count, std::uint64_t seedBase, const FieldDistribution& fields,
                    const SamplerProfile& profile)
        : m_count(std::size_t(count)), m_seedBase(seedBase) {
        m_options.fields = fields;
        m_options.profile = profile;
    }
    std::size_t size() const override { return m_count; }
    TrainingSample sample(std::size_t i) const override {
        return fromDataset(generateSample(m_seedBase + i, m_options));
    }
    SpinSystem target(std::size_t i) const override {
        return sampleSpinSystem(m_seedBase + i, m_options);
    }
    PpmGrid grid() const override { return m_options.grid; }
    double fieldMHz() const override { return m_options.fieldMHz; }
    std::string contentHash() const override {
        std::string hash = std::string("generated:") + generatorVersion() + ":" +
                           std::to_string(m_seedBase) + ":" + std::to_string(m_count);
        if (m_options.profile.name != "uniform") hash += ":" + m_options.profile.name;
        if (m_options.fields.enabled())
            hash += ":fields " + std::to_string(m_options.fields.minMHz) + "-" +
                    std::to_string(m_options.fields.maxMHz) + "+" +
                    std::to_string(m_options.fields.highFieldShare);
        return hash;
    }
    bool concurrent() const override { return true; }

private:
    std::size_t m_count;
    std::uint64_t m_seedBase;
    GeneratorOptions m_options;
};

// Keeps every generated spectrum (float16, as datasets store them) after its first use, so later
// epochs read memory instead of simulating again: on a GPU the simulator, not the network, bounds
// a run (951 spectra/s from 15 cores against far more the H200 could take). Each index is made
// by one producer thread per epoch and epochs are separated by joining those threads, so the
// slots need no lock.
class CachedSource : public SampleSource {
public:
    explicit CachedSource(std::shared_ptr<const SampleSource> inner)
        : m_inner(std::move(inner)), m_slots(m_inner->size()) {}
    std::size_t size() const override { return m_inner->size(); }
    TrainingSample sample(std::size_t i) const override {
        auto& slot = m_slots.at(i);
        if (!slot) {
            TrainingSample made = m_inner->sample(i);
            auto entry = std::make_unique<Entry>();
            entry->spectrum.reserve(made.spectrum.size());
            for (float value : made.spectrum)
                entry->spectrum.push_back(floatToHalf(value));
            entry->target = made.target;
            entry->fieldMHz = made.fieldMHz;
            slot = std::move(entry);
            return made;
        }
        TrainingSample out{{}, slot->target, slot->fieldMHz};
        out.spectrum.reserve(slot->spectrum.size());
        for (std::uint16_t half : slot->spectrum)
            out.spectrum.push_back(halfToFloat(half));
        return out;
    }
    SpinSystem target(std::size_t i) const override { return m_inner->target(i); }
    PpmGrid grid() const override { return m_inner->grid(); }
    double fieldMHz() const override { return m_inner->fieldMHz(); }
    std::string contentHash() const override { return m_inner->contentHash(); }
    bool concurrent() const override { return m_inner->concurrent(); }

private:
    struct Entry {
        std::vector<std::uint16_t> spectrum;
        SpinSystem target;
        double fieldMHz = 0.0;
    };
    std::shared_ptr<const SampleSource> m_inner;
    mutable std::vector<std::unique_ptr<Entry>> m_slots;
};

std::shared_ptr<const SampleSource> cachedIf(bool cache, std::shared_ptr<const SampleSource> s) {
    if (!cache) return s;
    const double gib = double(s->size()) * double(s->grid().points) * 2.0 / double(1ull << 30);
    if (gib > 96.0)
        throw Error(ErrorCode::InvalidArgument,
                    "caching " + std::to_string(s->size()) + " generated spectra would take " +
                        std::to_string(int(gib)) + " GiB; expected at most 96",
                    ErrorContext{{}, 0, "cache-generated"});
    return std::make_shared<CachedSource>(std::move(s));
}

#endif

#ifndef SPINHANCE_HAVE_DATASET
[[noreturn]] void noDatasetRoom() {
    throw Error(ErrorCode::Unsupported, "this build has no dataset support (core/dataset missing)");
}
#endif

} // namespace

SourcePair openTrainingSources(const TrainingConfig& config) {
    if (config.trainSource) return {config.trainSource, config.validationSource};
#ifdef SPINHANCE_HAVE_DATASET
    if (!config.dataPath.empty()) {
        auto reader = std::make_shared<DatasetReader>(config.dataPath);
        return {std::make_shared<DatasetSplitSource>(reader, Split::Train),
                std::make_shared<DatasetSplitSource>(reader, Split::Validation)};
    }
    if (config.generateCount > 0) {
        const std::uint64_t base = config.seed * 1000003ull;
        const FieldDistribution fields = config.fieldRange.empty()
                                             ? FieldDistribution{}
                                             : parseFieldDistribution(config.fieldRange);
        const SamplerProfile profile = samplerProfile(config.profile);
        const bool cache = config.cacheGenerated;
        const long long validation = std::max(1LL, config.generateCount / 10);
        return {cachedIf(cache, std::make_shared<GeneratedSource>(config.generateCount, base,
                                                                  fields, profile)),
                cachedIf(cache, std::make_shared<GeneratedSource>(validation, base + (1ull << 40),
                                                                  fields, profile))};
    }
#else
    if (!config.dataPath.empty() || config.generateCount > 0) noDatasetRoom();
#endif
    throw Error(ErrorCode::InvalidArgument,
                "expected training data: an HDF5 file or a count to generate",
                ErrorContext{{}, 0, "data"});
}

std::optional<std::pair<double, double>> trainingFieldSpanMHz(const TrainingConfig& config) {
    if (config.fieldRange.empty()) return std::nullopt;
#ifdef SPINHANCE_HAVE_DATASET
    const FieldDistribution f = parseFieldDistribution(config.fieldRange);
    const bool high = f.highFieldShare > 0;
    return std::make_pair(high ? std::min(f.minMHz, f.highMinMHz) : f.minMHz,
                          high ? std::max(f.maxMHz, f.highMaxMHz) : f.maxMHz);
#else
    noDatasetRoom();
#endif
}

Standardiser fitStandardiser(const SampleSource& source, std::size_t maxSamples) {
    double sum = 0, sumSq = 0, count = 0, jSum = 0, jCount = 0;
    for (std::size_t i = 0; i < std::min(maxSamples, source.size()); ++i) {
        const SpinSystem s = source.target(i);
        for (std::size_t a = 0; a < s.size(); ++a) {
            sum += s.group(a).shiftPpm, sumSq += s.group(a).shiftPpm * s.group(a).shiftPpm,
                count += 1;
            for (std::size_t b = a + 1; b < s.size(); ++b)
                if (std::abs(s.couplingHz(a, b)) >= kCoupledThresholdHz)
                    jSum += std::abs(s.couplingHz(a, b)), jCount += 1;
        }
    }
    Standardiser st;
    if (count > 0) {
        st.shiftMeanPpm = sum / count;
        st.shiftStdPpm = std::max(
            0.1, std::sqrt(std::max(0.0, sumSq / count - st.shiftMeanPpm * st.shiftMeanPpm)));
    }
    if (jCount > 0) st.couplingScaleHz = std::max(1.0, jSum / jCount);
    return st;
}

} // namespace spinhance::model
