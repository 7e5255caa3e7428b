// Reader and processing speed on the largest files in shared/data: JCAMP-DX parsing throughput
// (bytes/s reported by Google Benchmark) and file-open-to-processed-spectrum time.
// The data folder is ../shared/data next to the repository, or $SPINHANCE_SHARED_DATA.
#include "io/jcampreader.h"
#include "io/readerregistry.h"
#include "io/textfile.h"
#include "processing/autoprocess.h"

#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>

namespace {

std::string sharedData(const std::string& relative) {
    const char* env = std::getenv("SPINHANCE_SHARED_DATA");
    const std::filesystem::path root =
        env ? std::filesystem::path(env)
            : std::filesystem::path(__FILE__).parent_path() / "../../shared/data";
    return (root / relative).string();
}

const char* kJcampFiles[] = {
    "jcampconverter/__tests__/data/bruker_fid_ft.jdx",   // 1.9 MB, LINK FID + spectrum, SQZ+DIF
    "nmrium/public/data/acd/assignment.jdx",             // 1.1 MB, NTUPLES PAC/AFFN
    "jcamp-data-test/data/nmr/oxfordInstruments/1h.jdx", // 1.1 MB, AFFN one pair per line
    "jcampconverter/__tests__/data/compression/jcamp-fix.dx",   // 0.3 MB, AFFN
    "jcampconverter/__tests__/data/compression/jcamp-difdup.dx" // 0.1 MB, SQZ+DIF+DUP
};

const char* kLargestExperiments[] = {
    "jcampconverter/__tests__/data/bruker_fid_ft.jdx",
    "nmredata-data-test/data/arborinine_1D_assignments.zip",
    "bruker-data-test/data/zipped/strychnine-1h.zip",
    "jcamp-data-test/data/nmr/oxfordInstruments/1h.jdx",
};

void parseJcamp(benchmark::State& state) {
    const std::string path = sharedData(kJcampFiles[state.range(0)]);
    if (!std::filesystem::exists(path)) return state.SkipWithError("shared data not found");
    const std::string text = spinhance::io::readFileBytes(path);
    state.SetLabel(spinhance::io::fileNameOf(path));
    for (auto _ : state)
        benchmark::DoNotOptimize(spinhance::readJcampText(text, path));
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
}
BENCHMARK(parseJcamp)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

void openAndProcess(benchmark::State& state) {
    const std::string path = sharedData(kLargestExperiments[state.range(0)]);
    if (!std::filesystem::exists(path)) return state.SkipWithError("shared data not found");
    state.SetLabel(spinhance::io::fileNameOf(path));
    spinhance::ProcessOptions fromFid;
    fromFid.preferFid = true;
    for (auto _ : state)
        benchmark::DoNotOptimize(spinhance::processAuto(spinhance::openSpectrum(path), fromFid));
}
BENCHMARK(openAndProcess)->DenseRange(0, 3)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
