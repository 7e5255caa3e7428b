#pragma once

#include <complex>
#include <cstddef>

namespace spinhance {

/// A real-to-complex and complex-to-real FFTW plan pair of one length, with this thread's buffers.
/// Plans are created once per length under a lock (the FFTW planner is not thread-safe) and then
/// executed lock-free on the calling thread's own buffers.
class FftWorkspace {
public:
    /// The workspace of the calling thread for length `n` (reused across calls).
    static FftWorkspace& forThread(std::size_t n);

    std::size_t size() const { return m_size; }
    double* real() { return m_real; }
    std::complex<double>* spectrum() { return m_spectrum; }
    void forward();  ///< real() -> spectrum() (n/2 + 1 bins)
    void backward(); ///< spectrum() -> real(), unnormalised (scaled by n)

    FftWorkspace(const FftWorkspace&) = delete;
    FftWorkspace& operator=(const FftWorkspace&) = delete;
    ~FftWorkspace();

private:
    explicit FftWorkspace(std::size_t n);
    std::size_t m_size;
    double* m_real;
    std::complex<double>* m_spectrum;
    void* m_forwardPlan;
    void* m_backwardPlan;
};

/// The smallest n >= minimum of the form 2^a·m, m an odd product of 3, 5 and 7 no larger than 63:
/// lengths FFTW's estimated plans transform fast.
std::size_t fastFftLength(std::size_t minimum);

} // namespace spinhance
