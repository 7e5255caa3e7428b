#include "commands/commandsupport.h"

#include "clicommand.h"
#include "common/error.h"

#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace spinhance::cli {

bool parseCommandLine(const std::string& verb, const std::vector<std::string>& args,
                      const po::options_description& options,
                      const po::positional_options_description& positional, po::variables_map& vm,
                      int& exitCode, const std::string& usage) {
    po::options_description all(options);
    all.add_options()("help,h", "show this help");
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
        if (vm.count("help")) {
            std::cout << "usage: spinhance-cli " << verb << " " << usage << "\n\n" << all << "\n";
            exitCode = ExitOk;
            return false;
        }
        po::notify(vm);
    } catch (const po::error& e) {
        std::cerr << "spinhance-cli " << verb << ": " << e.what() << "\n"
                  << "Try 'spinhance-cli " << verb << " --help'.\n";
        exitCode = ExitUsage;
        return false;
    }
    return true;
}

double searchSeconds(const po::variables_map& vm) {
    const double seconds = vm["search-seconds"].as<double>();
    if (!(seconds > 0.0) || !std::isfinite(seconds))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a positive number of seconds, found " + std::to_string(seconds),
                    {"", 0, "--search-seconds"});
    return seconds;
}

std::string standardErrorText(double error, int decimals) {
    if (!std::isfinite(error)) return "∞ (undetermined)";
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << error;
    return out.str();
}

std::string couplingErrorText(const FitResult& fit, std::size_t i, std::size_t j) {
    const std::size_t n = fit.system.size();
    if (fit.couplingHeld.size() == n * n && fit.couplingHeld[i * n + j]) return "held (not fitted)";
    return "±" + standardErrorText(
                     fit.couplingErrorHz.size() == n * n ? fit.couplingErrorHz[i * n + j] : 0.0, 3);
}

int runReportingErrors(const std::string& verb, const std::function<int()>& body) {
    try {
        return body();
    } catch (const Error& e) {
        std::cerr << "spinhance-cli " << verb << ": " << errorCodeName(e.code()) << ": " << e.what()
                  << "\n";
        return e.code() == ErrorCode::Cancelled ? ExitCancelled : ExitFailure;
    } catch (const std::exception& e) {
        std::cerr << "spinhance-cli " << verb << ": " << e.what() << "\n";
        return ExitFailure;
    }
}

std::string ppmIntensityRows(const PpmGrid& grid, const std::vector<double>& intensity) {
    std::ostringstream out;
    out << std::setprecision(10);
    for (std::size_t i = 0; i < intensity.size(); ++i)
        out << grid.ppmAt(i) << '\t' << intensity[i] << '\n';
    return out.str();
}

} // namespace spinhance::cli
