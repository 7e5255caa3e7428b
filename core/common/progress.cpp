#include "common/progress.h"

#include "common/error.h"

namespace spinhance {

void throwIfCancelled(const CancelFlag* cancel) {
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Error(ErrorCode::Cancelled, "operation cancelled by the user");
}

} // namespace spinhance
