#pragma once

#include "common/ppmgrid.h"
#include "spin/spinsystem.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace spinhance::model {

/// One training example: a spectrum on the source grid (unit integral) and its spin system.
struct TrainingSample {
    std::vector<float> spectrum;
    SpinSystem target;
    double fieldMHz = kModelFieldMHz; ///< the field the spectrum was measured or simulated at
};

/// Where training and evaluation samples come from: an HDF5 split, the on-the-fly generator, or
/// memory (tests). `sample` is called from the data-producer threads: one call at a time unless
/// `concurrent()` says the source may be read from several threads at once.
class SampleSource {
public:
    virtual ~SampleSource() = default;
    virtual std::size_t size() const = 0;
    virtual TrainingSample sample(std::size_t index) const = 0;
    /// The target alone (cheap where the source can skip the spectrum).
    virtual SpinSystem target(std::size_t index) const { return sample(index).target; }
    virtual PpmGrid grid() const = 0;
    virtual double fieldMHz() const { return kModelFieldMHz; }
    /// Identifies the data (recorded in model files as the training-data hash).
    virtual std::string contentHash() const = 0;
    /// True where `sample` may run on several threads at once (pure functions of the index).
    virtual bool concurrent() const { return false; }
};

/// Samples held in memory.
class InMemorySampleSource : public SampleSource {
public:
    InMemorySampleSource(std::vector<TrainingSample> samples, PpmGrid grid, std::string hash,
                         double fieldMHz = kModelFieldMHz)
        : m_samples(std::move(samples)), m_grid(grid), m_hash(std::move(hash)),
          m_fieldMHz(fieldMHz) {}
    std::size_t size() const override { return m_samples.size(); }
    TrainingSample sample(std::size_t index) const override { return m_samples.at(index); }
    PpmGrid grid() const override { return m_grid; }
    double fieldMHz() const override { return m_fieldMHz; }
    std::string contentHash() const override { return m_hash; }
    bool concurrent() const override { return true; }

private:
    std::vector<TrainingSample> m_samples;
    PpmGrid m_grid;
    std::string m_hash;
    double m_fieldMHz;
};

} // namespace spinhance::model
