#pragma once

#include "common/ppmgrid.h"
#include "fit/fitproblem.h"

#include <boost/program_options.hpp>
#include <string>
#include <vector>

namespace spinhance::cli {

namespace po = boost::program_options;

/// Parses `args` against `options` (+ positional), printing usage on --help. Returns false when the
/// caller should exit with `exitCode` (help shown: 0, bad arguments: 2).
bool parseCommandLine(const std::string& verb, const std::vector<std::string>& args,
                      const po::options_description& options,
                      const po::positional_options_description& positional, po::variables_map& vm,
                      int& exitCode, const std::string& usage = {});

/// "ppm<TAB>intensity" rows, one per grid point, 10 significant digits: what simulate and
/// journal --spectrum write.
std::string ppmIntensityRows(const PpmGrid& grid, const std::vector<double>& intensity);

/// --search-seconds of an analysing verb: a positive, finite number of seconds (InvalidArgument
/// naming the option otherwise).
double searchSeconds(const po::variables_map& vm);

/// A fit's standard error in fixed notation with `decimals` decimals, or "∞ (undetermined)"
/// where the data leave it infinite (a J at zero, two parameters with one effect).
std::string standardErrorText(double error, int decimals);

/// The error column of a fit's J between groups i and j: "±0.035", "±∞ (undetermined)", or
/// "held (not fitted)" where the fit kept the J at its start (a template's textbook value): its
/// error 0 is no measurement.
std::string couplingErrorText(const FitResult& fit, std::size_t i, std::size_t j);

/// Runs `body`, turning spinhance::Error and std::exception into a message on stderr + exit code.
int runReportingErrors(const std::string& verb, const std::function<int()>& body);

} // namespace spinhance::cli
