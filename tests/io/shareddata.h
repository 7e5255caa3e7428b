#pragma once

#include <filesystem>
#include <gtest/gtest.h>
#include <string>

// The reference data live outside the repository (../shared/data); tests that need them skip
// when the folder is absent.
inline std::string sharedData(const std::string& relative) {
    return std::string(SPINHANCE_SHARED_DATA_DIR) + "/" + relative;
}

#define REQUIRE_SHARED_DATA()                                                                      \
    if (!std::filesystem::exists(SPINHANCE_SHARED_DATA_DIR "/MANIFEST.md"))                        \
    GTEST_SKIP() << "shared data not found at " SPINHANCE_SHARED_DATA_DIR
