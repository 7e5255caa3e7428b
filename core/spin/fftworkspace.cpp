#include "spin/fftworkspace.h"

#include "common/fftwplanner.h"

#include <algorithm>
#include <fftw3.h>
#include <map>
#include <memory>
#include <mutex>

namespace spinhance {

FftWorkspace::FftWorkspace(std::size_t n) : m_size(n) {
    std::lock_guard<std::mutex> lock(fftwPlannerMutex());
    m_real = fftw_alloc_real(n);
    m_spectrum = reinterpret_cast<std::complex<double>*>(fftw_alloc_complex(n / 2 + 1));
    auto* spectrum = reinterpret_cast<fftw_complex*>(m_spectrum);
    // FFTW_ESTIMATE: no timing runs, so the same plan (and bit-identical output) in every process.
    m_forwardPlan = fftw_plan_dft_r2c_1d(int(n), m_real, spectrum, FFTW_ESTIMATE);
    m_backwardPlan = fftw_plan_dft_c2r_1d(int(n), spectrum, m_real, FFTW_ESTIMATE);
}

FftWorkspace::~FftWorkspace() {
    std::lock_guard<std::mutex> lock(fftwPlannerMutex());
    fftw_destroy_plan(static_cast<fftw_plan>(m_forwardPlan));
    fftw_destroy_plan(static_cast<fftw_plan>(m_backwardPlan));
    fftw_free(m_real);
    fftw_free(m_spectrum);
}

FftWorkspace& FftWorkspace::forThread(std::size_t n) {
    thread_local std::map<std::size_t, std::unique_ptr<FftWorkspace>> workspaces;
    std::unique_ptr<FftWorkspace>& slot = workspaces[n];
    if (!slot) slot.reset(new FftWorkspace(n));
    return *slot;
}

void FftWorkspace::forward() {
    fftw_execute(static_cast<fftw_plan>(m_forwardPlan));
}

void FftWorkspace::backward() {
    fftw_execute(static_cast<fftw_plan>(m_backwardPlan));
}

std::size_t fastFftLength(std::size_t minimum) {
    // FFTW_ESTIMATE plans large odd factors poorly: a 21,609-point (3^2 7^4) transform pair took
    // 2.6 times as long as a 23,040-point (2^9 3^2 5) one here (2,000 pairs per length timed).
    constexpr std::size_t kMaxOddPart = 63;
    for (std::size_t n = std::max<std::size_t>(minimum, 1);; ++n) {
        std::size_t odd = n;
        while (odd % 2 == 0)
            odd /= 2;
        if (odd > kMaxOddPart) continue;
        std::size_t rest = odd;
        for (std::size_t p : {3, 5, 7})
            while (rest % p == 0)
                rest /= p;
        if (rest == 1) return n;
    }
}

} // namespace spinhance
