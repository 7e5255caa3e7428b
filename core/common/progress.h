#pragma once

#include <atomic>
#include <functional>
#include <string>

namespace spinhance {

/// Progress of a long core operation: `done` of `total` units, and a short phase label.
struct Progress {
    long long done = 0;
    long long total = 0;
    std::string phase;
    double fraction() const { return total > 0 ? double(done) / double(total) : 0.0; }
};

/// Called by long operations from the thread that runs them; must be cheap and thread-safe.
using ProgressCallback = std::function<void(const Progress&)>;

/// Set by the caller (e.g. a GUI worker) to ask a long operation to stop at its next checkpoint.
using CancelFlag = std::atomic<bool>;

/// Throws Error{Cancelled} when `cancel` is set; long loops call it between chunks of work.
void throwIfCancelled(const CancelFlag* cancel);

} // namespace spinhance
