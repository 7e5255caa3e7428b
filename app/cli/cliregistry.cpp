#include "clicommand.h"
#include "commands/commands.h"

namespace spinhance::cli {

std::vector<CliCommand> allCommands() {
    std::vector<CliCommand> commands;
    // One line per verb; each verb lives in commands/<verb>command.cpp.
    commands.push_back(demoCommand());
    commands.push_back(datasetCommand());
    commands.push_back(infoCommand());
    commands.push_back(convertCommand());
    commands.push_back(peaksCommand());
    commands.push_back(simulateCommand());
    commands.push_back(fitCommand());
    commands.push_back(trainCommand());
    commands.push_back(evaluateCommand());
    commands.push_back(compareCommand());
    commands.push_back(inspectCommand());
    commands.push_back(predictCommand());
    commands.push_back(analyzeCommand());
    commands.push_back(evaluateAnalysisCommand());
    commands.push_back(journalCommand());
#ifdef SPINHANCE_HAVE_RDKIT // a build without RDKit (GPU training machines) has no structures
    commands.push_back(structureCommand());
    commands.push_back(verifyCommand());
#endif
    return commands;
}

} // namespace spinhance::cli
