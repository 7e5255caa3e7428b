// libFuzzer entry for the JCAMP-DX reader: any bytes must give a Spectrum or a spinhance::Error,
// never a crash, hang or sanitizer report.
#include "common/error.h"
#include "io/jcampreader.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const spinhance::Spectrum s = spinhance::readJcampText(
            std::string(reinterpret_cast<const char*>(data), size), "fuzz.jdx");
        volatile std::size_t points = s.size() + (s.fid ? s.fid->points.size() : 0);
        (void)points;
    } catch (const spinhance::Error&) {
    }
    return 0;
}
