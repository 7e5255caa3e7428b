#include "clicommand.h"
#include "commands/commands.h"

namespace spinhance::cli {

std::vector<CliCommand> allCommands() {
    std::vector<CliCommand> commands;
    // One line per verb; each verb lives in commands/<verb>command.cpp.
    commands.push_back(demoCommand());
    return commands;
}

} // namespace spinhance::cli
