#pragma once

#include "io/spectrum.h"

#include <string>

namespace spinhance::ui {

/// The name a document is listed and titled under. A file with a telling name keeps it
/// ("ibuprofen-60mhz.jdx"); generic names that vendors give every experiment ("fid", "1r",
/// "data.1d", "acqus", "1h.jdx", an experiment number) give way to the nearest telling folder plus
/// the experiment number, then the file's title: ".../AN-menthol/10/fid" titled "menthol" becomes
/// "AN-menthol #10 · menthol".
std::string documentName(const Spectrum& spectrum);

} // namespace spinhance::ui
