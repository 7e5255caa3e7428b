#pragma once

#include <complex>
#include <vector>

namespace spinhance {

/// Forward DFT (FFTW, e^{-2 pi i k n / N}) with the zero frequency moved to the centre:
/// output index j holds bin j - N/2.
std::vector<std::complex<double>> fftCentred(const std::vector<std::complex<double>>& input);

} // namespace spinhance
