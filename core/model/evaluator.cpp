#include "model/evaluator.h"

#include "common/error.h"
#include "model/hungarian.h"
#include "model/targets.h"
#include "spin/lineshape.h"
#include "spin/simulator.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace spinhance {

namespace {

constexpr double kDegeneracyMismatchCostPpm = 0.1;
constexpr double kEvaluationLinewidthHz = 1.0;

std::vector<int> canonicalMatch(std::size_t predicted, std::size_t truth) {
    std::vector<int> match(truth, -1);
    for (std::size_t t = 0; t < truth && t < predicted; ++t)
        match[t] = int(t);
    return match;
}

std::vector<int> hungarianMatch(const SpinSystem& predicted, const SpinSystem& truth) {
    const int rows = int(truth.size()), cols = int(predicted.size());
    if (rows == 0 || cols == 0) return std::vector<int>(std::size_t(rows), -1);
    std::vector<double> cost;
    for (const auto& t : truth.groups())
        for (const auto& p : predicted.groups())
            cost.push_back(std::abs(t.shiftPpm - p.shiftPpm) +
                           (t.protonCount != p.protonCount ? kDegeneracyMismatchCostPpm : 0.0));
    return model::solveAssignment(cost, rows, cols);
}

int coupledPairs(const SpinSystem& s) {
    int n = 0;
    for (std::size_t a = 0; a < s.size(); ++a)
        for (std::size_t b = a + 1; b < s.size(); ++b)
            n += std::abs(s.couplingHz(a, b)) >= model::kCoupledThresholdHz;
    return n;
}

double ratio(double a, double b) {
    return b > 0 ? a / b : 0.0;
}

nlohmann::json matchedJson(const MatchedMetrics& m) {
    return {{"shift_mae_ppm", m.shiftMaePpm},
            {"j_mae_coupled_hz", m.jMaeCoupledHz},
            {"j_mae_all_hz", m.jMaeAllHz},
            {"coupling_f1", m.couplingF1},
            {"degeneracy_balanced_accuracy", m.degeneracyBalancedAccuracy}};
}

} // namespace

void MetricsAccumulator::addMatched(Sums& s, const SpinSystem& predicted, const SpinSystem& truth,
                                    const std::vector<int>& match) {
    const std::size_t classes = model::degeneracyVocabulary().size();
    s.classHits.resize(classes, 0.0), s.classCounts.resize(classes, 0.0);
    for (std::size_t t = 0; t < truth.size(); ++t) {
        const int cls = model::degeneracyClass(truth.group(t).protonCount);
        if (cls >= 0) s.classCounts[std::size_t(cls)] += 1;
        if (match[t] < 0) continue;
        const SpinGroup& p = predicted.group(std::size_t(match[t]));
        s.shiftAbs += std::abs(p.shiftPpm - truth.group(t).shiftPpm), s.groups += 1;
        if (cls >= 0 && p.protonCount == truth.group(t).protonCount)
            s.classHits[std::size_t(cls)] += 1;
    }
    double tp = 0;
    for (std::size_t a = 0; a < truth.size(); ++a)
        for (std::size_t b = a + 1; b < truth.size(); ++b) {
            const double jTrue = truth.couplingHz(a, b);
            const double jPred =
                match[a] >= 0 && match[b] >= 0
                    ? predicted.couplingHz(std::size_t(match[a]), std::size_t(match[b]))
                    : 0.0;
            const bool trueCoupled = std::abs(jTrue) >= model::kCoupledThresholdHz;
            const bool predCoupled = std::abs(jPred) >= model::kCoupledThresholdHz;
            s.jAllAbs += std::abs(jPred - jTrue), s.pairs += 1;
            if (trueCoupled) s.jCoupledAbs += std::abs(jPred - jTrue), s.coupledPairs += 1;
            tp += trueCoupled && predCoupled;
            s.fn += trueCoupled && !predCoupled;
        }
    s.tp += tp;
    s.fp += double(coupledPairs(predicted)) - tp;
}

MatchedMetrics MetricsAccumulator::finish(const Sums& s) {
    MatchedMetrics m;
    m.shiftMaePpm = ratio(s.shiftAbs, s.groups);
    m.jMaeCoupledHz = ratio(s.jCoupledAbs, s.coupledPairs);
    m.jMaeAllHz = ratio(s.jAllAbs, s.pairs);
    m.couplingF1 = ratio(2 * s.tp, 2 * s.tp + s.fp + s.fn);
    double recallSum = 0, present = 0;
    for (std::size_t c = 0; c < s.classCounts.size(); ++c)
        if (s.classCounts[c] > 0) recallSum += s.classHits[c] / s.classCounts[c], present += 1;
    m.degeneracyBalancedAccuracy = ratio(recallSum, present);
    return m;
}

void MetricsAccumulator::add(const SpinSystem& predicted, const SpinSystem& truth) {
    const SpinSystem p = model::canonicalised(predicted);
    const SpinSystem t = model::canonicalised(truth);
    addMatched(m_canonical, p, t, canonicalMatch(p.size(), t.size()));
    addMatched(m_hungarian, p, t, hungarianMatch(p, t));
    m_countHits += p.size() == t.size();
    ++m_count;
}

void MetricsAccumulator::addSpectralCosine(double cosine) {
    m_cosineSum += cosine, m_cosines += 1;
}
void MetricsAccumulator::addTruthSpectralCosine(double cosine) {
    m_truthCosineSum += cosine, m_truthCosines += 1;
}

EvaluationMetrics MetricsAccumulator::result() const {
    EvaluationMetrics m;
    m.canonical = finish(m_canonical);
    m.hungarian = finish(m_hungarian);
    m.groupCountAccuracy = ratio(m_countHits, double(m_count));
    m.spectralCosine = ratio(m_cosineSum, m_cosines);
    m.truthSpectralCosine = ratio(m_truthCosineSum, m_truthCosines);
    m.count = m_count;
    return m;
}

double spectralCosine(const SpinSystem& system, const std::vector<float>& spectrum,
                      const PpmGrid& grid, double fieldMHz) {
    if (system.empty()) return 0.0;
    LineShapeOptions shape;
    shape.linewidthHz = kEvaluationLinewidthHz;
    const auto simulated =
        renderSpectrum(simulateSticks(system, {fieldMHz}), grid, fieldMHz, shape);
    double dot = 0, a2 = 0, b2 = 0;
    for (std::size_t i = 0; i < simulated.size() && i < spectrum.size(); ++i)
        dot += simulated[i] * spectrum[i], a2 += simulated[i] * simulated[i],
            b2 += double(spectrum[i]) * spectrum[i];
    return a2 > 0 && b2 > 0 ? dot / std::sqrt(a2 * b2) : 0.0;
}

EvaluationMetrics evaluateSource(Predictor& predictor, const model::SampleSource& source,
                                 const ProgressCallback& progress, const CancelFlag* cancel,
                                 long long maxSamples) {
    MetricsAccumulator accumulator;
    const std::size_t n =
        maxSamples > 0 ? std::min(source.size(), std::size_t(maxSamples)) : source.size();
    for (std::size_t i = 0; i < n; ++i) {
        throwIfCancelled(cancel);
        const model::TrainingSample sample = source.sample(i);
        const Prediction p = predictor.predictAtField(
            std::vector<double>(sample.spectrum.begin(), sample.spectrum.end()), sample.fieldMHz);
        accumulator.add(p.system, sample.target);
        try {
            accumulator.addSpectralCosine(
                spectralCosine(p.system, sample.spectrum, source.grid(), sample.fieldMHz));
        } catch (const Error&) {
            accumulator.addSpectralCosine(
                0.0); // a prediction the simulator refuses reconstructs nothing
        }
        accumulator.addTruthSpectralCosine(
            spectralCosine(sample.target, sample.spectrum, source.grid(), source.fieldMHz()));
        if (progress) progress({(long long)(i + 1), (long long)n, "evaluating"});
    }
    return accumulator.result();
}

namespace {

class ReaderSplitSource : public model::SampleSource {
public:
    ReaderSplitSource(const DatasetReader& reader, Split split)
        : m_reader(reader), m_indices(reader.indicesOf(split)) {}
    std::size_t size() const override { return m_indices.size(); }
    model::TrainingSample sample(std::size_t i) const override {
        DatasetSample s = m_reader.read(m_indices.at(i));
        return {std::move(s.spectrum), std::move(s.target)};
    }
    PpmGrid grid() const override { return m_reader.grid(); }
    double fieldMHz() const override { return m_reader.fieldMHz(); }
    std::string contentHash() const override { return m_reader.contentHash(); }

private:
    const DatasetReader& m_reader;
    std::vector<std::size_t> m_indices;
};

} // namespace

EvaluationMetrics evaluate(Predictor& predictor, const DatasetReader& reader, Split split,
                           const ProgressCallback& progress, const CancelFlag* cancel,
                           long long maxSamples) {
    return evaluateSource(predictor, ReaderSplitSource(reader, split), progress, cancel,
                          maxSamples);
}

std::string toJson(const EvaluationMetrics& m) {
    nlohmann::json j{{"count", m.count},
                     {"group_count_accuracy", m.groupCountAccuracy},
                     {"spectral_cosine", m.spectralCosine},
                     {"spectral_cosine_truth", m.truthSpectralCosine},
                     {"canonical", matchedJson(m.canonical)},
                     {"hungarian", matchedJson(m.hungarian)}};
    return j.dump();
}

} // namespace spinhance
