#include "analysis/analysisflags.h"
#include "analysis/hypothesis.h"
#include "common/error.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace spinhance::analysis {

namespace {

void score(const ScoringContext& context, Hypothesis& h) {
    const FitResult& fit = h.fit;
    double rss = 0.0, regionPoints = 0.0;
    for (std::size_t i = 0; i < fit.measured.size(); ++i) {
        const double w = context.data.weight.empty() ? 1.0 : context.data.weight[i];
        const double r = (fit.measured[i] - fit.fitted[i]) * w;
        rss += r * r;
        regionPoints += context.regionWeight[i] > 0.0 ? 1.0 : 0.0;
    }
    h.freeParameters = 0;
    for (const FitParameterReport& p : fit.parameters)
        h.freeParameters += p.fixed ? 0 : 1;
    const double n = std::max(regionPoints, 1.0);
    // The floor keeps a perfect noiseless fit finite: nothing is learnt below the noise.
    const double floorRss = 1e-3 * context.sigma * context.sigma * n;
    h.rss = rss;
    h.bic = n * std::log(std::max(rss, floorRss) / n) + h.freeParameters * std::log(n);
}

} // namespace

Hypothesis fitHypothesis(const ScoringContext& context, const SpinSystem& start,
                         const LineModel& line, const std::string& origin, bool quick,
                         const CancelFlag* cancel) {
    Hypothesis h;
    h.system = start;
    h.line = line;
    h.origin = origin;
    return fitHypothesis(context, h, quick, cancel);
}

Hypothesis fitHypothesis(const ScoringContext& context, const Hypothesis& start, bool quick,
                         const CancelFlag* cancel) {
    Hypothesis h;
    h.system = start.system;
    h.line = start.line;
    h.origin = start.origin;
    h.heldCouplings = start.heldCouplings;
    if (start.system.empty()) {
        h.failure = "no group";
        return h;
    }
    FitOptions options = quick ? context.quickFit : context.fullFit;
    options.fixedCouplings.insert(options.fixedCouplings.end(), start.heldCouplings.begin(),
                                  start.heldCouplings.end());
    try {
        h.fit = fitSpinSystem(context.data, start.system, start.line, options, {}, cancel);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Cancelled) throw;
        h.failure = e.what();
        return h;
    } catch (const std::exception& e) {
        h.failure = e.what();
        return h;
    }
    h.system = h.fit.system;
    h.line = h.fit.lineModel;
    // A J the fit drove onto the physical bound is the fit explaining a wrong topology (a vinyl
    // =CH2's geminal J at 25 Hz instead of 1.6 Hz, its shifts pulled apart to match): no answer.
    const FitOptions& used = quick ? context.quickFit : context.fullFit;
    for (std::size_t i = 0; i < h.system.size(); ++i)
        for (std::size_t j = i + 1; j < h.system.size(); ++j)
            if (couplingAtBound(h.system.couplingHz(i, j), used.maxAbsCouplingHz)) {
                h.failure = "J " + h.system.group(i).label + "-" + h.system.group(j).label +
                            " ended on its bound";
                return h;
            }
    h.fitted = true;
    h.converged = h.fit.converged;
    score(context, h);
    return h;
}

std::vector<Hypothesis> fitAll(const ScoringContext& context, const std::vector<Hypothesis>& starts,
                               bool quick, int threads, const CancelFlag* cancel,
                               std::optional<std::chrono::steady_clock::time_point> deadline) {
    std::vector<Hypothesis> out(starts.size());
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto work = [&] {
        for (std::size_t k = next++; k < starts.size() && !failed; k = next++) {
            if (deadline && std::chrono::steady_clock::now() > *deadline) {
                out[k] = starts[k];
                out[k].failure = "not fitted: the search reached its time limit";
                continue;
            }
            try {
                out[k] = fitHypothesis(context, starts[k], quick, cancel);
            } catch (...) {
                if (!failed.exchange(true)) failure = std::current_exception();
            }
        }
    };
    const int count = std::clamp(threads, 1, int(std::max<std::size_t>(1, starts.size())));
    std::vector<std::thread> pool;
    for (int t = 1; t < count; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    if (failure) std::rethrow_exception(failure);
    return out;
}

} // namespace spinhance::analysis
