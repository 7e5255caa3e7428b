#include "commands/commands.h"
#include "commands/commandsupport.h"
#include "model/trainer.h"

#include <chrono>
#include <csignal>
#include <iomanip>
#include <iostream>

namespace spinhance::cli {

namespace {

void printEpoch(const EpochMetrics& m) {
    std::cout << "epoch " << m.epoch << "  train loss " << std::setprecision(4) << m.trainLoss
              << "  validation loss " << m.validationLoss << "  " << std::setprecision(1)
              << std::fixed << m.samplesPerSecond << " samples/s" << std::defaultfloat;
    for (const auto& [name, value] : m.metrics)
        std::cout << "  " << name << " " << std::setprecision(4) << value;
    std::cout << std::endl;
}

// Ctrl+C or SIGTERM asks the trainer to stop at the next step; it checkpoints the partial epoch
// first, so --resume continues where it stopped.
CancelFlag g_cancel{false};
extern "C" void requestCancel(int) {
    g_cancel = true;
}

// Prints a step line at most every 15 s, so a long epoch shows it is alive (and how fast it goes).
ProgressCallback stepPrinter() {
    auto start = std::chrono::steady_clock::now();
    auto last = start - std::chrono::seconds(60);
    return [start, last](const Progress& p) mutable {
        const auto now = std::chrono::steady_clock::now();
        if (now - last < std::chrono::seconds(15) && p.done != p.total) return;
        last = now;
        const double seconds = std::chrono::duration<double>(now - start).count();
        std::cerr << p.phase << "  step " << p.done << "/" << p.total << "  " << std::fixed
                  << std::setprecision(0) << seconds << " s" << std::defaultfloat << std::endl;
    };
}

int runTrain(const std::vector<std::string>& args) {
    TrainingConfig c;
    bool restart = false;
    std::string recipe = model::recipeName(c.recipe), size = model::modelSizeName(c.size);
    std::string input = model::inputKindName(c.input);
    po::options_description options("train options");
    options.add_options()("recipe", po::value(&recipe)->default_value(recipe), "025 … 030")(
        "size", po::value(&size)->default_value(size), "tiny, small, desk, light, med or xl")(
        "input", po::value(&input)->default_value(input),
        "spectrum (CNN stem) or peaks (picked peaks as Fourier-feature tokens)")(
        "data", po::value(&c.dataPath), "HDF5 dataset (train + validation splits)")(
        "generate", po::value(&c.generateCount), "generate N samples on the fly instead")(
        "epochs", po::value(&c.epochs)->default_value(c.epochs),
        "epochs")("batch-size", po::value(&c.batchSize)->default_value(c.batchSize), "batch size")(
        "learning-rate", po::value(&c.learningRate)->default_value(c.learningRate),
        "peak learning rate")("out", po::value(&c.outDir)->required(),
                              "output folder (checkpoint, metrics.jsonl, model.spinmodel)")(
        "resume", po::bool_switch(&c.resume),
        "continue from <out>/checkpoint.pt (refused when there is none)")(
        "restart", po::bool_switch(&restart), "start again at step 1, even with --resume")(
        "init-from", po::value(&c.initFrom),
        "warm start: a new run from this .spinmodel's weights (same recipe, size and grid)")(
        "device", po::value(&c.device)->default_value(c.device),
        "cpu, cuda or auto")("seed", po::value(&c.seed)->default_value(c.seed), "random seed")(
        "threads", po::value(&c.threads)->default_value(0), "CPU threads (0: min(2, cores))")(
        "data-threads", po::value(&c.dataThreads)->default_value(0),
        "threads simulating generated batches (0: all cores but one on cuda, 1 on cpu)")(
        "field-range", po::value(&c.fieldRange)->value_name("MIN-MAX[+SHARE]"),
        "field-aware model: fields per spectrum, log-uniform MIN-MAX MHz, +SHARE at 300-600")(
        "profile", po::value(&c.profile)->default_value(c.profile),
        "generated data: sampler profile, uniform | molecule-like | metabolite-like "
        "(docs/dataset.md)")(
        "cache-generated", po::bool_switch(&c.cacheGenerated),
        "keep generated spectra in memory after their first epoch (32 kB each)")(
        "budget-minutes", po::value(&c.budgetMinutes)->default_value(0.0)->value_name("MINUTES"),
        "stop after MINUTES of wall clock, the schedule decayed by then (0: no budget)")(
        "checkpoint-every",
        po::value(&c.checkpointEverySteps)
            ->default_value(c.checkpointEverySteps)
            ->value_name("STEPS"),
        "also checkpoint every STEPS steps inside an epoch (0: not by steps)")(
        "checkpoint-minutes",
        po::value(&c.checkpointEveryMinutes)
            ->default_value(c.checkpointEveryMinutes)
            ->value_name("MINUTES"),
        "and once MINUTES have passed since the last checkpoint (0: not by time)");
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine(
            "train", args, options, {}, vm, exitCode,
            "--recipe 030 --size light (--data FILE.h5 | --generate N) --epochs E --out DIR\n"
            "Data-parallel: start one process per rank with RANK, WORLD_SIZE, MASTER_ADDR and\n"
            "MASTER_PORT set (or under Slurm: SLURM_PROCID, SLURM_NTASKS); --batch-size is per\n"
            "rank; see docs/distributed.md"))
        return exitCode;
    if (restart) c.resume = false;
    return runReportingErrors("train", [&] {
        c.recipe = model::parseRecipe(recipe, "--recipe");
        c.size = model::parseModelSize(size, "--size");
        c.input = model::parseInputKind(input, "--input");
        std::signal(SIGINT, requestCancel);
        std::signal(SIGTERM, requestCancel);
        // torchrun / Slurm variables make this process one rank of a data-parallel job.
        if (const auto d = model::distributedSettingsFromEnvironment()) {
            c.distributed = *d;
            std::cerr << "rank " << d->rank << " of " << d->worldSize << ", rendezvous at "
                      << d->masterAddress << ":" << d->masterPort << ", global batch "
                      << c.batchSize * d->worldSize << std::endl;
        }
        // Only rank 0 validates: the others' epoch lines would show no validation figures.
        const std::function<void(const EpochMetrics&)> onEpoch =
            c.distributed.rank == 0 ? printEpoch : nullptr;
        const TrainingSummary s = train(c, stepPrinter(), onEpoch, &g_cancel);
        if (c.distributed.rank != 0) return int(ExitOk); // rank 0 writes and reports the model
        std::cout << "recipe " << c.recipe << ", size " << c.size << ", input "
                  << model::inputKindName(c.input) << ": " << s.parameterCount << " parameters, "
                  << s.steps << " steps\nmodel: " << s.modelPath << "\n";
        return int(ExitOk);
    });
}

} // namespace

CliCommand trainCommand() {
    return {"train", "train a spin-graph model (recipe, size) on an HDF5 dataset or generated data",
            runTrain};
}

} // namespace spinhance::cli
