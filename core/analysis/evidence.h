#pragma once

#include "analysis/knownlines.h"
#include "analysis/multiplets.h"
#include "analysis/signalregions.h"
#include "fit/fitproblem.h"

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace spinhance::analysis {

/// What the spectrum itself says before any hypothesis: noise, where the molecule's signal is,
/// how much of it, which lines belong to the sample's solvent and reference.
struct Evidence {
    std::string solvent; ///< canonical name, "" when unknown
    double fieldMHz = 0.0;
    double sigma = 0.0;                ///< noise standard deviation (data units)
    double typicalFwhmHz = 1.0;        ///< median half-height width of the strong sharp lines
    std::vector<FoundLine> knownLines; ///< masked out of the molecule
    std::vector<SignalRegion> spans; ///< contiguous molecule signal (what hypotheses are scored on)
    std::vector<SignalRegion> regions;        ///< the spans cut into multiplets, ascending ppm
    std::vector<MultipletReading> multiplets; ///< first-order reading of each multiplet region
    std::vector<int> regionProtons; ///< proton count of each multiplet region on one scale
    int totalProtons = 0;           ///< given by the user or the sum of regionProtons
    bool protonsGiven = false;
    double moleculeArea = 0.0;  ///< Σ region integrals
    double knownLineArea = 0.0; ///< area under the masked known lines
    /// How far the integrals are from the region counts, in H summed over regions: on one scale,
    /// or on the clean regions' scale when a buried solvent line's excess was taken out.
    double wholeProtonMisfitH = std::numeric_limits<double>::infinity();
};

/// One reading of a spectrum's evidence and the data as it masks them.
struct EvidenceReading {
    Evidence evidence;
    FitData data;
};

/// Reads the evidence from `data` (ascending grid); sets `data.weight` to mask the known lines.
/// `solvent` is the file's solvent name (any spelling), `totalProtons` 0 when unknown. With the
/// proton count given, a solvent line inside a multiplet can be read several ways (masked and
/// bridged, buried, as measured; its region holding the best or the next-best number of protons)
/// and the reading whose integrals are wholest is returned. When `otherReading` is set it
/// receives the best reading with other region counts that the returned one does not beat by the
/// half proton a reading must gain to be taken (none: left empty). The integrals cannot decide
/// between such readings (cumene at 60 MHz: ring 4 or 5 H under CHCl3, the septet's outer lines
/// lost, 0.29 against 0.34 H from whole); fits of the proposals from both can.
Evidence gatherEvidence(FitData& data, const std::string& solvent, int totalProtons,
                        std::optional<EvidenceReading>* otherReading = nullptr);

} // namespace spinhance::analysis
