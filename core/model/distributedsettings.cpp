#include "model/distributedsettings.h"

#include "common/error.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace spinhance::model {

namespace {

Error badVariable(const std::string& name, const std::string& what) {
    return Error(ErrorCode::InvalidArgument, what, ErrorContext{{}, 0, name});
}

long long wholeNumber(const std::string& name, const std::string& text) {
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text.size())
        throw badVariable(name, "expected a whole number, found '" + text.substr(0, 40) + "'");
    return value;
}

// The first of `names` that is set, with its name; nothing when none is.
std::optional<std::pair<std::string, std::string>>
firstSet(const std::function<const char*(const char*)>& variable,
         std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (const char* value = variable(name); value && *value) return {{name, value}};
    return std::nullopt;
}

} // namespace

void requireValid(const DistributedSettings& s) {
    if (s.worldSize < 1 || s.worldSize > 4096)
        throw badVariable("WORLD_SIZE", "expected a world size of 1 to 4096 processes, found " +
                                            std::to_string(s.worldSize));
    if (s.rank < 0 || s.rank >= s.worldSize)
        throw badVariable("RANK", "expected a rank from 0 to " + std::to_string(s.worldSize - 1) +
                                      ", found " + std::to_string(s.rank));
    if (s.masterPort < 1 || s.masterPort > 65535)
        throw badVariable("MASTER_PORT",
                          "expected a port from 1 to 65535, found " + std::to_string(s.masterPort));
    if (s.masterAddress.empty()) throw badVariable("MASTER_ADDR", "expected a host name");
    if (!(s.timeoutSeconds >= 1.0) || !std::isfinite(s.timeoutSeconds) || s.timeoutSeconds > 86400)
        throw badVariable("SPINHANCE_DIST_TIMEOUT", "expected 1 to 86400 seconds");
}

std::optional<DistributedSettings>
distributedSettingsFromEnvironment(const std::function<const char*(const char*)>& variable) {
    const auto world = firstSet(variable, {"WORLD_SIZE", "SLURM_NTASKS"});
    if (!world) return std::nullopt;
    DistributedSettings s;
    const long long worldSize = wholeNumber(world->first, world->second);
    if (worldSize == 1) return std::nullopt;
    if (worldSize < 1 || worldSize > 4096)
        throw badVariable(world->first, "expected 1 to 4096 processes, found " + world->second);
    s.worldSize = int(worldSize);
    const auto rank = firstSet(variable, {"RANK", "SLURM_PROCID"});
    if (!rank)
        throw badVariable("RANK", "a world size of " + world->second +
                                      " is set; expected RANK (or SLURM_PROCID) as well");
    const long long r = wholeNumber(rank->first, rank->second);
    if (r < 0 || r >= worldSize)
        throw badVariable(rank->first, "expected a rank from 0 to " +
                                           std::to_string(worldSize - 1) + ", found " +
                                           rank->second);
    s.rank = int(r);
    if (const auto addr = firstSet(variable, {"MASTER_ADDR"})) s.masterAddress = addr->second;
    if (const auto port = firstSet(variable, {"MASTER_PORT"})) {
        const long long p = wholeNumber(port->first, port->second);
        if (p < 1 || p > 65535)
            throw badVariable(port->first,
                              "expected a port from 1 to 65535, found " + port->second);
        s.masterPort = int(p);
    }
    if (const auto timeout = firstSet(variable, {"SPINHANCE_DIST_TIMEOUT"}))
        s.timeoutSeconds = double(wholeNumber(timeout->first, timeout->second));
    requireValid(s);
    return s;
}

std::optional<DistributedSettings> distributedSettingsFromEnvironment() {
    return distributedSettingsFromEnvironment([](const char* name) { return std::getenv(name); });
}

} // namespace spinhance::model
