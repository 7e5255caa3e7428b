// libFuzzer entry for the Bruker parameter parser (acqus/procs) and the accessors readers call.
#include "common/error.h"
#include "io/brukerparams.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const auto params = spinhance::io::BrukerParameters::parse(
            std::string(reinterpret_cast<const char*>(data), size), "acqus");
        for (const char* key : {"TD", "SW_H", "SFO1", "BYTORDA", "NC_PROC", "GRPDLY"}) {
            try {
                (void)params.optNumber(key);
            } catch (const spinhance::Error&) {
            }
            (void)params.text(key);
            (void)params.array(key);
        }
    } catch (const spinhance::Error&) {
    }
    return 0;
}
