#pragma once

#include <cstdio>
#include <string>

namespace spinhance {

/// A number as a message shows it: at most six significant digits ("1e+308", "nan", "-0.5"), so
/// an absurd input never turns into a 309-digit line.
inline std::string formatNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

} // namespace spinhance
