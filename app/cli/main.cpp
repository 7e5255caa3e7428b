#include "clicommand.h"
#include "common/version.h"

#include <boost/program_options.hpp>
#include <iostream>

namespace po = boost::program_options;
using spinhance::cli::CliCommand;

namespace {

void printHelp(const po::options_description& options) {
    std::cout << "usage: spinhance-cli [--version] [--help] <command> [<args>]\n\n"
              << "Spin systems from low-field 1H NMR spectra.\n\n"
              << options << "\ncommands:\n";
    for (const CliCommand& command : spinhance::cli::allCommands())
        std::cout << "  " << command.name
                  << std::string(12 - std::min<size_t>(11, command.name.size()), ' ')
                  << command.summary << "\n";
    std::cout << "\nRun 'spinhance-cli <command> --help' for the options of one command.\n";
}

} // namespace

int main(int argc, char** argv) {
    po::options_description options("options");
    options.add_options()("help,h", "show this help and the list of commands")(
        "version,V", "print the version and exit")("command", po::value<std::string>(),
                                                   "command to run")(
        "args", po::value<std::vector<std::string>>(), "arguments of the command");
    po::positional_options_description positional;
    positional.add("command", 1).add("args", -1);

    po::variables_map vm;
    po::parsed_options parsed = [&] {
        try {
            return po::command_line_parser(argc, argv)
                .options(options)
                .positional(positional)
                .allow_unregistered()
                .run();
        } catch (const po::error& e) {
            std::cerr << "spinhance-cli: " << e.what() << "\n";
            std::exit(spinhance::cli::ExitUsage);
        }
    }();
    po::store(parsed, vm);

    po::options_description visible("options");
    visible.add_options()("help,h", "show this help and the list of commands")(
        "version,V", "print the version and exit");
    if (!vm.count("command")) {
        if (vm.count("version")) {
            std::cout << spinhance::buildDescription() << "\n";
            return 0;
        }
        printHelp(visible);
        return vm.count("help") ? 0 : spinhance::cli::ExitUsage;
    }
    // Everything after the verb (including its own --help) belongs to the verb.
    std::vector<std::string> rest =
        po::collect_unrecognized(parsed.options, po::include_positional);
    const std::string verb = vm["command"].as<std::string>();
    rest.erase(rest.begin());
    if (vm.count("help")) rest.push_back("--help");
    for (const CliCommand& command : spinhance::cli::allCommands())
        if (command.name == verb) return command.run(rest);
    std::cerr << "spinhance-cli: unknown command '" << verb << "'. Try 'spinhance-cli --help'.\n";
    return spinhance::cli::ExitUsage;
}
