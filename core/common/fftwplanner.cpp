#include "common/fftwplanner.h"

namespace spinhance {

std::mutex& fftwPlannerMutex() {
    static std::mutex mutex;
    return mutex;
}

} // namespace spinhance
