// libFuzzer entry for the journal-line parser (report/journalparse.h): any bytes give a parsed
// line or a spinhance::Error, and whatever it accepts is a valid spin system our writer can print.
#include "common/error.h"
#include "report/journalformat.h"
#include "report/journalparse.h"
#include "spin/spinsystemjson.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const spinhance::ParsedJournal parsed = spinhance::parseJournalString(
            std::string(reinterpret_cast<const char*>(data), size));
        spinhance::validate(parsed.system, "journal"); // throws on a bad system: a finding
        volatile std::size_t length = spinhance::formatJournalString(parsed.system).size();
        (void)length;
    } catch (const spinhance::Error&) {
    }
    return 0;
}
