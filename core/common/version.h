#pragma once

#include <string>

namespace spinhance {

/// The application version, e.g. "0.1.0".
std::string versionString();

/// One line naming the version and the main libraries it was built with.
std::string buildDescription();

} // namespace spinhance
