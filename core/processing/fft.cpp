#include "processing/fft.h"

#include <fftw3.h>

#include <algorithm>
#include <mutex>

namespace spinhance {

namespace {

// FFTW's planner is not thread-safe; execution of distinct plans is.
std::mutex& plannerMutex() {
    static std::mutex mutex;
    return mutex;
}

} // namespace

std::vector<std::complex<double>> fftCentred(const std::vector<std::complex<double>>& input) {
    const int n = int(input.size());
    std::vector<std::complex<double>> out(input.size());
    if (n == 0) return out;
    std::vector<std::complex<double>> in(input);
    fftw_plan plan;
    {
        std::lock_guard<std::mutex> lock(plannerMutex());
        plan = fftw_plan_dft_1d(n, reinterpret_cast<fftw_complex*>(in.data()),
                                reinterpret_cast<fftw_complex*>(out.data()), FFTW_FORWARD, FFTW_ESTIMATE);
    }
    fftw_execute(plan);
    {
        std::lock_guard<std::mutex> lock(plannerMutex());
        fftw_destroy_plan(plan);
    }
    std::rotate(out.begin(), out.begin() + (n - n / 2), out.end());
    return out;
}

} // namespace spinhance
