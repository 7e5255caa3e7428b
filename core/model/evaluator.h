#pragma once

#include "common/progress.h"
#include "dataset/datasetreader.h"
#include "model/predictor.h"
#include "model/samplesource.h"

#include <string>
#include <vector>

namespace spinhance {

/// Figures that depend on how predicted groups are paired with true groups.
struct MatchedMetrics {
    double shiftMaePpm = 0.0; ///< over matched groups
    double jMaeCoupledHz =
        0.0; ///< over truly coupled pairs (|J| ≥ 0.5 Hz); a missing group predicts 0
    double jMaeAllHz = 0.0; ///< over all true pairs
    double couplingF1 =
        0.0; ///< coupled-or-not over pairs (predicted extra pairs count as false positives)
    double degeneracyBalancedAccuracy = 0.0; ///< mean per-class recall over the classes present
};

/// Model quality on a held-out split. `canonical`: slot i of the prediction (shift ↓, n ↓)
/// against group i of the truth; `hungarian`: the minimum-cost pairing by shift (plus 0.1 per
/// degeneracy mismatch).
struct EvaluationMetrics {
    MatchedMetrics canonical;
    MatchedMetrics hungarian;
    double groupCountAccuracy = 0.0;
    double spectralCosine = 0.0; ///< input vs re-simulated prediction (1 Hz Lorentzian lines)
    /// The same cosine for the true system: the ceiling set by the input's noise, baseline,
    /// linewidth and phase errors (a perfect prediction scores this, not 1).
    double truthSpectralCosine = 0.0;
    long long count = 0;
};

/// Accumulates predicted/true pairs; the evaluators below feed it.
class MetricsAccumulator {
public:
    void add(const SpinSystem& predicted, const SpinSystem& truth);
    void addSpectralCosine(double cosine);
    void addTruthSpectralCosine(double cosine);
    EvaluationMetrics result() const;

private:
    struct Sums {
        double shiftAbs = 0, groups = 0, jCoupledAbs = 0, coupledPairs = 0, jAllAbs = 0, pairs = 0;
        double tp = 0, fp = 0, fn = 0;
        std::vector<double> classHits, classCounts;
    };
    static void addMatched(Sums& sums, const SpinSystem& predicted, const SpinSystem& truth,
                           const std::vector<int>& truthToPredicted);
    static MatchedMetrics finish(const Sums& sums);

    Sums m_canonical, m_hungarian;
    double m_countHits = 0, m_cosineSum = 0, m_cosines = 0, m_truthCosineSum = 0,
           m_truthCosines = 0;
    long long m_count = 0;
};

/// Cosine similarity between `spectrum` (on `grid`) and the re-simulated `system` at `fieldMHz`;
/// 0 for an empty system.
double spectralCosine(const SpinSystem& system, const std::vector<float>& spectrum,
                      const PpmGrid& grid, double fieldMHz);

/// Predicts each sample of `source` (up to `maxSamples`, 0 = all) and scores it.
EvaluationMetrics evaluateSource(Predictor& predictor, const model::SampleSource& source,
                                 const ProgressCallback& progress, const CancelFlag* cancel,
                                 long long maxSamples = 0);

/// The `split` of an HDF5 dataset.
EvaluationMetrics evaluate(Predictor& predictor, const DatasetReader& reader, Split split,
                           const ProgressCallback& progress, const CancelFlag* cancel,
                           long long maxSamples = 0);

/// {"count":..,"group_count_accuracy":..,"spectral_cosine":..,"canonical":{..},"hungarian":{..}}
std::string toJson(const EvaluationMetrics& metrics);

} // namespace spinhance
