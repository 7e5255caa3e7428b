#pragma once

#include <mutex>

namespace spinhance {

/// FFTW's planner (plan creation and destruction) is not thread-safe across the whole process;
/// executing distinct plans is. Every room that makes FFTW plans locks this one mutex.
std::mutex& fftwPlannerMutex();

} // namespace spinhance
