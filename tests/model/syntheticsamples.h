#pragma once

#include "model/samplesource.h"

#include <cstdint>
#include <memory>

namespace spinhance::model::test {

/// A small grid so the tiny model trains in seconds.
PpmGrid smallGrid();

/// `count` random systems (1–4 groups, couplings between some pairs) with first-order stick
/// spectra rendered as Lorentzians on `grid`, unit integral. Deterministic per seed.
std::shared_ptr<InMemorySampleSource> syntheticSource(int count, std::uint64_t seed,
                                                      PpmGrid grid = smallGrid());

} // namespace spinhance::model::test
