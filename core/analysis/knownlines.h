#pragma once

#include "fit/fitproblem.h"

#include <string>
#include <vector>

namespace spinhance::analysis {

/// Why a line belongs to no molecule group.
enum class KnownLineKind { Reference, Solvent, Water, Satellite, Impurity };

const char* knownLineKindName(KnownLineKind kind);

/// A line the sample shows whatever the molecule: TMS/DSS, the residual protonated solvent, water
/// in that solvent, ¹³C satellites of a strong solvent line, ²⁹Si satellites of TMS/DSS.
struct KnownLine {
    std::string name;      ///< "TMS", "CHCl3", "H2O", "13C satellite of CHCl3"
    double shiftPpm = 0.0; ///< literature position
    KnownLineKind kind = KnownLineKind::Solvent;
    double halfSpanHz = 0.0; ///< half the width of its own multiplet (DMSO-d5 quintet ≈ 3.8 Hz)
    double tolerancePpm = 0.03; ///< how far referencing and temperature may move it
    /// A satellite's parent line (its name) and the height of each of its two lines over the
    /// parent's: ¹³C 0.0055, ²⁹Si 0.0234 (half the isotope's abundance).
    std::string parentName;
    double parentShare = 0.0;
};

/// A known line seen in the data, and the points it covers.
struct FoundLine {
    KnownLine line;
    double foundPpm = 0.0;
    double height = 0.0;
    double fwhmHz = 0.0;  ///< measured half-height width
    bool isolated = true; ///< no molecule signal beside it: its tails are subtracted
    double maskFromPpm = 0.0;
    double maskToPpm = 0.0;
};

/// "CDCl3", "DMSO-d6", "D2O", "CD3OD", "acetone-d6", "C6D6", "CD3CN", "CD2Cl2", or "" when the
/// file's solvent name is none of these (case, "-d" suffixes and vendor names such as
/// "CHLOROFORM-D", "Chloroform-d 90vol%", "DMSO" are recognised).
std::string canonicalSolvent(const std::string& fileSolvent);

/// Residual solvent, water and reference lines expected in `canonical` (Fulmer et al.,
/// Organometallics 2010, 29, 2176, Table 1), always with TMS/DSS at 0 ppm.
std::vector<KnownLine> knownLinesForSolvent(const std::string& canonical);

/// Finds each expected line as a local maximum above 5 σ within its tolerance, narrow enough to be
/// a singlet (water may be broad), and the satellites of strong found lines. `typicalFwhmHz`
/// is the line width of the molecule's sharp lines.
std::vector<FoundLine> findKnownLines(const FitData& data, double sigma,
                                      const std::vector<KnownLine>& expected, double typicalFwhmHz);

/// `line` read as sitting on top of a multiplet: only its core is masked (its own half span plus
/// 0.8 of its width + 0.2 Hz), nothing subtracted.
FoundLine asBuried(FoundLine line, double fieldMHz);

/// `weight` on the points `line`'s mask covers (other weights kept; `data.weight` sized to the
/// data first): 1 gives a masked line's points back to the fit.
void setMaskWeight(const FoundLine& line, FitData& data, double weight);

/// Weight 0 on the points `line` covers (other weights kept) and, when it is an isolated clean
/// Lorentzian, its tails outside the mask subtracted from the data.
void maskFoundLine(const FoundLine& line, FitData& data);

/// Weight 0 on the points each found line covers (1 elsewhere); `data.weight` sized to the data.
/// The Lorentzian tails of each line outside its mask are subtracted from the data, so a strong
/// TMS or solvent line leaves no "signal" beside its mask.
void maskFoundLines(const std::vector<FoundLine>& lines, FitData& data);

} // namespace spinhance::analysis
