#pragma once

#include <functional>
#include <string>
#include <vector>

namespace spinhance::cli {

/// One verb of `spinhance-cli` (e.g. `simulate`). `run` receives the arguments after the verb,
/// parses them with Boost.Program_options and returns the process exit code.
struct CliCommand {
    std::string name;
    std::string summary;
    std::function<int(const std::vector<std::string>& args)> run;
};

/// Exit codes shared by all verbs.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitCancelled = 130 };

/// All verbs, in the order `--help` lists them.
std::vector<CliCommand> allCommands();

} // namespace spinhance::cli
