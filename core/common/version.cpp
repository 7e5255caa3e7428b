#include "common/version.h"

#include <spinhance/version.h>

namespace spinhance {

std::string versionString() {
    return SPINHANCE_VERSION_STRING;
}

std::string buildDescription() {
    return std::string("Spinhance ") + SPINHANCE_VERSION_STRING + " (C++" +
           std::to_string(__cplusplus / 100 % 100) + ", " +
#ifdef NDEBUG
           "release"
#else
           "debug"
#endif
           + ")";
}

} // namespace spinhance
