#include "processing/fft.h"

#include "common/fftwplanner.h"

#include <algorithm>
#include <fftw3.h>
#include <mutex>

namespace spinhance {

std::vector<std::complex<double>> fftCentred(const std::vector<std::complex<double>>& input) {
    const int n = int(input.size());
    std::vector<std::complex<double>> out(input.size());
    if (n == 0) return out;
    std::vector<std::complex<double>> in(input);
    fftw_plan plan;
    {
        std::lock_guard<std::mutex> lock(fftwPlannerMutex());
        plan = fftw_plan_dft_1d(n, reinterpret_cast<fftw_complex*>(in.data()),
                                reinterpret_cast<fftw_complex*>(out.data()), FFTW_FORWARD,
                                FFTW_ESTIMATE);
    }
    fftw_execute(plan);
    {
        std::lock_guard<std::mutex> lock(fftwPlannerMutex());
        fftw_destroy_plan(plan);
    }
    std::rotate(out.begin(), out.begin() + (n - n / 2), out.end());
    return out;
}

} // namespace spinhance
