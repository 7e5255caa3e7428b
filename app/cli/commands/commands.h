#pragma once

#include "clicommand.h"

namespace spinhance::cli {

// Factories for the verbs; each is defined in its own commands/<verb>command.cpp.
CliCommand demoCommand();
CliCommand datasetCommand();
CliCommand infoCommand();
CliCommand peaksCommand();
CliCommand convertCommand();
CliCommand simulateCommand();
CliCommand fitCommand();
CliCommand trainCommand();
CliCommand evaluateCommand();
CliCommand compareCommand();
CliCommand inspectCommand();
CliCommand predictCommand();
CliCommand analyzeCommand();
CliCommand evaluateAnalysisCommand();
CliCommand journalCommand();
CliCommand structureCommand();
CliCommand verifyCommand();

} // namespace spinhance::cli
