#include "commands/commands.h"
#include "commands/commandsupport.h"

#include <filesystem>
#include <iostream>

namespace spinhance::cli {

namespace {

int runDemo(const std::vector<std::string>& args) {
    po::options_description options("demo options");
    options.add_options()("file", po::value<std::string>()->required(), "bundled example spectrum");
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map vm;
    int exitCode = ExitOk;
    if (!parseCommandLine("demo", args, options, positional, vm, exitCode, "FILE")) return exitCode;
    return runReportingErrors("demo", [&] {
        const std::filesystem::path file = vm["file"].as<std::string>();
        if (!std::filesystem::exists(file))
            throw std::runtime_error(file.string() + ": no such file");
        std::cout << "example: " << file.string() << " (" << std::filesystem::file_size(file)
                  << " bytes)\n";
        return int(ExitOk);
    });
}

} // namespace

CliCommand demoCommand() {
    return {"demo", "open a spectrum, predict its spin system and print a summary", runDemo};
}

} // namespace spinhance::cli
