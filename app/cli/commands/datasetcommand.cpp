#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "common/atomicfile.h"
#include "common/error.h"
#include "dataset/datasetmerge.h"
#include "dataset/datasetstats.h"
#include "dataset/datasetwriter.h"
#include "dataset/distributioncompare.h"
#include "dataset/gissmo.h"
#include "dataset/sampler.h"
#include "dataset/smilessource.h"
#include "spin/spinsystemjson.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace spinhance::cli {

namespace {

const char* kUsage =
    "generate --count N --seed S --out FILE.h5 [--groups MIN-MAX] [--threads T] "
    "[--augment none|benchtop] [--per-molecule K] [--profile "
    "uniform|molecule-like|metabolite-like] "
    "[--shard I/N]\n"
    "       spinhance-cli dataset merge --out FILE.h5 SHARD.h5 ... (the shards of one job)\n"
    "       spinhance-cli dataset generate --from-smiles FILE.smi --out FILE.h5 [--count N] ...\n"
    "       spinhance-cli dataset import RECORDS.json --out FILE.h5 [--seed S] [--augment ...]\n"
    "       spinhance-cli dataset import --gissmo DIR [--max-groups 8] --out FILE.h5\n"
    "       spinhance-cli dataset info FILE.h5\n"
    "       spinhance-cli dataset compare --gissmo DIR [--generate N] [--seed S] [--groups 1-8]\n"
    "                                     [--from-smiles FILE.smi] [--field MHz] [--out TABLE.md]";

// Ctrl+C or SIGTERM cancels between samples: the partial <out>.tmp is removed and an existing
// <out> stays as it was.
CancelFlag g_cancel{false};
extern "C" void requestDatasetCancel(int) {
    g_cancel = true;
}

const CancelFlag* cancelOnSignal() {
    std::signal(SIGINT, requestDatasetCancel);
    std::signal(SIGTERM, requestDatasetCancel);
    return &g_cancel;
}

void parseGroups(const std::string& text, GeneratorOptions& options) {
    const std::size_t dash = text.find('-');
    try {
        options.minGroups = std::stoi(text.substr(0, dash));
        options.maxGroups =
            dash == std::string::npos ? options.minGroups : std::stoi(text.substr(dash + 1));
    } catch (const std::exception&) {
        throw Error(ErrorCode::InvalidArgument,
                    "expected MIN-MAX such as 1-8, found '" + text + "'", {"", 0, "--groups"});
    }
}

void parseAugment(const std::string& text, GeneratorOptions& options) {
    if (text != "none" && text != "benchtop")
        throw Error(ErrorCode::InvalidArgument, "expected none or benchtop, found '" + text + "'",
                    {"", 0, "--augment"});
    options.benchtopAugment = text == "benchtop";
}

ProgressCallback printProgress() {
    return [](const Progress& p) {
        std::fprintf(stderr, "\r%s %lld/%lld", p.phase.c_str(), p.done, p.total);
        if (p.done == p.total) std::fprintf(stderr, "\n");
    };
}

void printSummary(const std::string& path, const DatasetSummary& s, double seconds, int threads) {
    const double megabytes = double(std::filesystem::file_size(path)) / 1e6;
    std::printf("wrote %s: %zu spectra (train %zu, validation %zu, test %zu)\n", path.c_str(),
                s.count, s.trainCount, s.validationCount, s.testCount);
    std::printf("%.2f s with %d thread(s): %.1f spectra/s (%.1f per thread); %.1f MB on disk "
                "(%.1f kB per spectrum)\ncontent hash %s\n",
                seconds, threads, double(s.count) / seconds, double(s.count) / seconds / threads,
                megabytes, 1e3 * megabytes / double(s.count), s.contentHash.c_str());
}

void addCommonOptions(po::options_description& options) {
    options.add_options()("out,o", po::value<std::string>()->required(), "output HDF5 file")(
        "seed", po::value<std::uint64_t>()->default_value(1),
        "random seed")("threads", po::value<int>()->default_value(2), "worker threads")(
        "augment", po::value<std::string>()->default_value("benchtop"), "none | benchtop")(
        "field", po::value<double>()->default_value(90.0), "spectrometer frequency in MHz")(
        "field-range", po::value<std::string>(),
        "fields drawn per spectrum, log-uniform MIN-MAX MHz, +SHARE at 300-600 (e.g. 40-130+0.2)");
}

void parseFields(const po::variables_map& vm, GeneratorOptions& options) {
    options.fieldMHz = vm["field"].as<double>();
    if (vm.count("field-range"))
        options.fields = parseFieldDistribution(vm["field-range"].as<std::string>());
}

template <typename Body> int timed(const po::variables_map& vm, Body body) {
    const auto start = std::chrono::steady_clock::now();
    const DatasetSummary summary = body();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    printSummary(vm["out"].as<std::string>(), summary, seconds, vm["threads"].as<int>());
    return int(ExitOk);
}

constexpr std::size_t kSkippedShown = 5; // the first reasons; the count says how many in all

SmilesSource smilesSystems(const std::string& path, int maxGroups) {
    SmilesSource source = readSmilesSource(path, maxGroups, printProgress(), cancelOnSignal());
    std::fprintf(stderr, "%s: %zu molecules, %zu kept, %zu skipped\n", path.c_str(), source.read,
                 source.systems.size(), source.skipped.size());
    for (std::size_t k = 0; k < source.skipped.size() && k < kSkippedShown; ++k)
        std::fprintf(stderr, "  skipped %s\n", source.skipped[k].c_str());
    return source;
}

// Real molecules (a SMILES list) through the structure room instead of the fragment sampler;
// rendered like imported systems, each molecule once, folds by molecule name.
int generateFromSmiles(const po::variables_map& vm, const GeneratorOptions& g) {
    SmilesSource source = smilesSystems(vm["from-smiles"].as<std::string>(), g.maxGroups);
    if (vm.count("count") && vm["count"].as<std::size_t>() < source.systems.size())
        source.systems.resize(vm["count"].as<std::size_t>());
    if (source.systems.empty())
        throw Error(ErrorCode::InvalidInput, "no molecule of the list is a usable target",
                    {vm["from-smiles"].as<std::string>(), 0, "--from-smiles"});
    return timed(vm, [&] {
        return writeSystemsDataset(vm["out"].as<std::string>(), source.systems,
                                   vm["seed"].as<std::uint64_t>(), g, "smiles",
                                   ImportSplit::ByMoleculeId, vm["threads"].as<int>(),
                                   printProgress(), cancelOnSignal());
    });
}

int runGenerate(const std::vector<std::string>& args) {
    po::options_description options("dataset generate options");
    addCommonOptions(options);
    options.add_options()("count,n", po::value<std::size_t>(), "number of spectra")(
        "from-smiles", po::value<std::string>(),
        "real molecules instead of the sampler: one SMILES a line, optional name after it")(
        "groups", po::value<std::string>()->default_value("1-8"), "groups per molecule, MIN-MAX")(
        "per-molecule", po::value<int>()->default_value(1), "augmented spectra per molecule")(
        "profile", po::value<std::string>()->default_value("uniform"),
        "sampler profile: uniform | molecule-like | metabolite-like (docs/dataset.md)")(
        "shard", po::value<std::string>()->value_name("I/N"),
        "write only shard I of N (from 0) of the --count spectra, for job arrays; join the N "
        "files with dataset merge");
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("dataset generate", args, options, {}, vm, exitCode, kUsage))
        return exitCode;
    return runReportingErrors("dataset generate", [&] {
        GeneratorOptions g;
        parseGroups(vm["groups"].as<std::string>(), g);
        parseAugment(vm["augment"].as<std::string>(), g);
        parseFields(vm, g);
        g.augmentationsPerMolecule = vm["per-molecule"].as<int>();
        g.profile = samplerProfile(vm["profile"].as<std::string>());
        const DatasetShard shard =
            vm.count("shard") ? parseDatasetShard(vm["shard"].as<std::string>()) : DatasetShard{};
        if (vm.count("from-smiles")) {
            if (!shard.whole())
                throw Error(ErrorCode::InvalidArgument,
                            "--shard splits generated data; a SMILES list is one file's work",
                            {"", 0, "--shard"});
            return generateFromSmiles(vm, g);
        }
        if (!vm.count("count"))
            throw Error(ErrorCode::InvalidArgument, "expected the number of spectra",
                        {"", 0, "--count"});
        return timed(vm, [&] {
            return generateDataset(vm["out"].as<std::string>(), vm["count"].as<std::size_t>(),
                                   vm["seed"].as<std::uint64_t>(), g, vm["threads"].as<int>(),
                                   printProgress(), cancelOnSignal(), shard);
        });
    });
}

int runImport(const std::vector<std::string>& args) {
    po::options_description options("dataset import options");
    addCommonOptions(options);
    options.add_options()("records", po::value<std::string>(),
                          "interchange JSON (array of records)")(
        "gissmo", po::value<std::string>(), "folder of GISSMO per-atom *.json (evaluation set)")(
        "max-groups", po::value<int>()->default_value(8), "skip GISSMO systems with more groups")(
        "all-test", "put every record in the test split (an evaluation set; GISSMO always is)");
    po::positional_options_description positional;
    positional.add("records", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("dataset import", args, options, positional, vm, exitCode, kUsage))
        return exitCode;
    return runReportingErrors("dataset import", [&] {
        GeneratorOptions g;
        parseAugment(vm["augment"].as<std::string>(), g);
        parseFields(vm, g);
        const bool gissmo = vm.count("gissmo") > 0;
        if (gissmo == (vm.count("records") > 0))
            throw Error(ErrorCode::InvalidArgument, "give either RECORDS.json or --gissmo DIR");
        std::vector<SpinSystem> systems;
        if (gissmo) {
            GissmoFolder folder =
                readGissmoFolder(vm["gissmo"].as<std::string>(), vm["max-groups"].as<int>());
            std::printf("GISSMO: %zu systems kept, %zu skipped\n", folder.systems.size(),
                        folder.skipped.size());
            for (const std::string& reason : folder.skipped)
                std::printf("  skipped %s\n", reason.c_str());
            systems = std::move(folder.systems);
        } else {
            systems = readSpinSystems(vm["records"].as<std::string>());
        }
        return timed(vm, [&] {
            return writeSystemsDataset(
                vm["out"].as<std::string>(), systems, vm["seed"].as<std::uint64_t>(), g,
                gissmo ? "gissmo" : "import",
                gissmo || vm.count("all-test") ? ImportSplit::AllTest : ImportSplit::ByMoleculeId,
                vm["threads"].as<int>(), printProgress(), cancelOnSignal());
        });
    });
}

int runMerge(const std::vector<std::string>& args) {
    po::options_description options("dataset merge options");
    options.add_options()("out,o", po::value<std::string>()->required(), "output HDF5 file")(
        "shards", po::value<std::vector<std::string>>()->multitoken(),
        "the N shard files of one dataset generate --shard job, in any order");
    po::positional_options_description positional;
    positional.add("shards", -1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("dataset merge", args, options, positional, vm, exitCode,
                          "--out FILE.h5 SHARD.h5 ..."))
        return exitCode;
    return runReportingErrors("dataset merge", [&] {
        if (!vm.count("shards"))
            throw Error(ErrorCode::InvalidArgument, "expected the shard files to merge",
                        {"", 0, "shards"});
        const auto start = std::chrono::steady_clock::now();
        const std::string out = vm["out"].as<std::string>();
        const DatasetSummary s = mergeDatasetShards(
            out, vm["shards"].as<std::vector<std::string>>(), printProgress(), cancelOnSignal());
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("wrote %s: %zu spectra (train %zu, validation %zu, test %zu) in %.2f s\n"
                    "content hash %s\n",
                    out.c_str(), s.count, s.trainCount, s.validationCount, s.testCount, seconds,
                    s.contentHash.c_str());
        return int(ExitOk);
    });
}

int runInfo(const std::vector<std::string>& args) {
    po::options_description options("dataset info options");
    options.add_options()("file", po::value<std::string>()->required(), "dataset HDF5 file");
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("dataset info", args, options, positional, vm, exitCode, "FILE.h5"))
        return exitCode;
    return runReportingErrors("dataset info", [&] {
        const DatasetReader reader(vm["file"].as<std::string>());
        std::cout << formatStatistics(reader, computeStatistics(reader));
        return int(ExitOk);
    });
}

std::vector<SpinSystem> sampledSystems(long long count, std::uint64_t seed,
                                       const GeneratorOptions& range,
                                       const SamplerProfile& profile) {
    std::vector<SpinSystem> out;
    out.reserve(std::size_t(count));
    for (long long k = 0; k < count; ++k)
        out.push_back(
            sampleMolecule(seed + std::uint64_t(k), range.minGroups, range.maxGroups, profile)
                .system);
    return out;
}

// Generated molecules against GISSMO's real ones, row by row (issue 15: "data that look like
// molecules"). GISSMO is read for the comparison only; nothing here trains on it.
int compareWithGissmo(const po::variables_map& vm) {
    GeneratorOptions range;
    parseGroups(vm["groups"].as<std::string>(), range);
    const long long count = vm["generate"].as<long long>();
    if (count < 1)
        throw Error(ErrorCode::InvalidArgument, "expected at least 1 molecule",
                    {"", 0, "--generate"});
    const SamplerProfile profile = samplerProfile(vm["profile"].as<std::string>());
    std::vector<SpinSystem> generated;
    std::string name = "generated, " + profile.name;
    if (vm.count("from-smiles")) {
        generated = smilesSystems(vm["from-smiles"].as<std::string>(), range.maxGroups).systems;
        name = std::filesystem::path(vm["from-smiles"].as<std::string>()).filename().string();
    } else {
        generated = sampledSystems(count, vm["seed"].as<std::uint64_t>(), range, profile);
    }
    const GissmoFolder real = readGissmoFolder(vm["gissmo"].as<std::string>(), range.maxGroups);
    if (real.systems.empty())
        throw Error(ErrorCode::NotFound, "expected GISSMO *.json files, found none",
                    {vm["gissmo"].as<std::string>(), 0, "--gissmo"});
    const double field = vm["field"].as<double>();
    const std::string table =
        formatComparison(distributionOf(generated, field), distributionOf(real.systems, field),
                         name + " (" + std::to_string(generated.size()) + ")",
                         "GISSMO (" + std::to_string(real.systems.size()) + ")");
    if (vm.count("out"))
        writeFileAtomically(vm["out"].as<std::string>(), table, "--out");
    else
        std::cout << table;
    return int(ExitOk);
}

int runCompare(const std::vector<std::string>& args) {
    po::options_description options("dataset compare options");
    options.add_options()("gissmo", po::value<std::string>()->required(),
                          "folder of GISSMO per-atom *.json (evaluation set, compared only)")(
        "generate", po::value<long long>()->default_value(20000), "generated molecules")(
        "seed", po::value<std::uint64_t>()->default_value(1), "first sampler seed")(
        "groups", po::value<std::string>()->default_value("1-8"), "groups per molecule, MIN-MAX")(
        "profile", po::value<std::string>()->default_value("uniform"),
        "sampler profile: uniform | molecule-like | metabolite-like")(
        "field", po::value<double>()->default_value(60.0),
        "field for the strong-coupling rows, MHz")(
        "from-smiles", po::value<std::string>(),
        "compare the systems predicted from this SMILES list instead of the sampler")(
        "out", po::value<std::string>(), "write the Markdown table here");
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("dataset compare", args, options, {}, vm, exitCode,
                          "--gissmo DIR [--generate N] [--seed S]"))
        return exitCode;
    return runReportingErrors("dataset compare", [&] { return compareWithGissmo(vm); });
}

int runDataset(const std::vector<std::string>& args) {
    const std::string sub = args.empty() ? "" : args.front();
    const std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
    if (sub == "generate") return runGenerate(rest);
    if (sub == "import") return runImport(rest);
    if (sub == "info") return runInfo(rest);
    if (sub == "merge") return runMerge(rest);
    if (sub == "compare") return runCompare(rest);
    std::cout << "usage: spinhance-cli dataset " << kUsage << "\n";
    return sub == "--help" || sub == "-h" ? int(ExitOk) : int(ExitUsage);
}

} // namespace

CliCommand datasetCommand() {
    return {"dataset",
            "generate (or a shard of), merge shards, import (JSON records, GISSMO), describe or "
            "compare (with GISSMO) datasets",
            runDataset};
}

} // namespace spinhance::cli
