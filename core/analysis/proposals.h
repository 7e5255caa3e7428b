#pragma once

#include "analysis/evidence.h"
#include "analysis/hypothesis.h"
#include "analysis/textbookcouplings.h"
#include "model/predictor.h"

#include <optional>
#include <vector>

namespace spinhance::analysis {

/// Groups read off the regions as a chemist would: one group per region whose proton count is a
/// group size, several (placed at the region's cumulative-integral quantiles) otherwise. An
/// aromatic 5 H region becomes a monosubstituted benzene (AA'BB'C: five 1 H groups, the ortho and
/// meta pairs tied) once for each order of its three shift classes; an aromatic 4 H region a
/// para-disubstituted AA'BB' and a thiophene. Ring couplings start held at their literature
/// values (textbookcouplings.h). No couplings between regions yet: J-matching adds them.
std::vector<Hypothesis> multipletProposals(const FitData& data, const Evidence& evidence);

/// Where the given proton total and every region's count are even and a region is aromatic: the
/// evidence of one half of a molecule made of two identical halves (every count halved), else
/// none. Two rings related by symmetry (a 2,2'-biphenyl's, a carbazole's) give one ring's
/// spectrum at twice the intensity, so 8 aromatic H read as one ring of 4.
std::optional<Evidence> halfMoleculeEvidence(const Evidence& evidence);

/// The ring-template starts of `halfMoleculeEvidence`, each as two identical, independent copies
/// (the textbook J held in both), origin ending in kTwinHalvesSuffix; none where it has none.
std::vector<Hypothesis> twinHalvesProposals(const FitData& data, const Evidence& evidence);

/// Marks the starts of a molecule read as two identical halves.
inline constexpr const char* kTwinHalvesSuffix = ", two identical halves";

/// Systems the user supplied (a structure, a journal line) as starts with this origin.
std::vector<Hypothesis> givenProposals(const std::vector<SpinSystem>& systems,
                                       const Evidence& evidence, const std::string& origin);

/// The model's system, and its runner-up without the least certain group, as starts.
std::vector<Hypothesis> modelProposals(const Prediction& prediction, const Evidence& evidence);

/// A monosubstituted benzene's five protons (ortho pair, meta pair, para; textbook J held) added
/// to `base` once for each order of its three shift classes, whose centres are the cumulative-area
/// midpoints of `regions` for that order; with a share range, of that part of their area only
/// (counted from the low-ppm end, 0 to 1).
std::vector<TemplateStart> monosubstitutedRingOrders(const TemplateStart& base, const FitData& data,
                                                     const std::vector<SignalRegion>& regions,
                                                     double fromShare = 0.0, double toShare = 1.0);

/// A lone aromatic singlet beside three ring protons (three adjacent, or an ortho pair and a
/// proton meta to one of them) added to `base`: the singlet at each quarter of `regions`' area
/// in turn, the three at the other quarters in each ring assignment (36 starts).
std::vector<TemplateStart> singletBesideThreeVariants(const TemplateStart& base,
                                                      const FitData& data,
                                                      const std::vector<SignalRegion>& regions);

/// Canonical labels A, B, … in order of descending shift (couplings follow their groups).
SpinSystem relabelByShift(const SpinSystem& system);

/// The origin of the CH2-and-CH starts (six orders of one ABX): only the best is searched.
inline constexpr const char* kMethyneMethyleneOrigin = "multiplets, CH2 and CH";
/// The origin of a chain of four or five CH2 between two ends (two or six inner orders).
inline constexpr const char* kMethyleneChainOrigin = "multiplets, methylene chain";
/// The origin of the same chain of four CH2 with diastereotopic protons (every CH2's, as in a
/// ring, or the inner two's): only the best is searched.
inline constexpr const char* kDiastereotopicChainOrigin =
    "multiplets, diastereotopic methylene chain";
/// The origin of that chain with each CH2's protons started spread over its multiplet: another
/// idea (two protons far apart, not a hair), so its best is searched besides the other's best.
inline constexpr const char* kSpreadDiastereotopicChainOrigin =
    "multiplets, diastereotopic methylene chain spread over its multiplets";
/// The origin of the plain first-order reading of every multiplet (no template): always searched.
inline constexpr const char* kPlainReadingOrigin = "multiplets";
/// The origin of four adjacent ring protons spread over several multiplets (twelve orders).
inline constexpr const char* kAdjacentRingOrigin = "multiplets + four adjacent ring protons";
/// The origin of four adjacent ring protons in two neighbouring multiplets beside other aromatic
/// multiplets (twelve orders per pair of multiplets): only the best is searched, besides the four.
inline constexpr const char* kAdjacentRingBesideOthersOrigin =
    "multiplets + four adjacent ring protons beside other aromatic multiplets";
/// The origin of a lone aromatic singlet beside four adjacent ring protons, the five spread over
/// several multiplets (twenty-four starts).
inline constexpr const char* kSingletBesideChainOrigin =
    "multiplets + aromatic singlet beside four adjacent ring protons";
/// The origin of a meta-disubstituted ring spread over several multiplets (twelve orders).
inline constexpr const char* kMetaRingOrigin = "multiplets + meta-disubstituted ring";
/// The origins of the ring templates' starts (a phenyl, a para ring, three ring protons; in one
/// multiplet or "over N regions") and of the vinyl templates' begin with these.
inline constexpr const char* kRingFamilyOrigin = "multiplets + ring";
inline constexpr const char* kVinylFamilyOrigin = "multiplets + vinyl";

/// `system` with every J negated when fewer of its couplings are positive than negative. The
/// spectrum cannot tell (negating all J leaves it unchanged); most couplings chemists quote are
/// positive (vicinal, aromatic), the negative ones mostly geminal on sp3 carbon.
SpinSystem withMostCouplingsPositive(const SpinSystem& system);

/// The group order relabelByShift gives: indices by descending shift, ties in their present order.
std::vector<std::size_t> shiftOrder(const SpinSystem& system);

/// Index of the region that holds `shiftPpm`, or -1.
int regionOf(const Evidence& evidence, double shiftPpm);

/// Index of the region whose span is nearest `shiftPpm` (0 inside one; 0 when there is none).
std::size_t nearestRegion(const Evidence& evidence, double shiftPpm);

} // namespace spinhance::analysis
