#pragma once

#include "fit/fitproblem.h"

#include <cstddef>
#include <vector>

namespace spinhance::analysis {

/// A local maximum, its position refined between grid points by a parabola through three points.
struct Peak {
    double ppm = 0.0;
    double height = 0.0;
};

/// Local maxima of `data` between two indices (inclusive) higher than `minimumHeight` and standing
/// at least `minimumProminence` above the valleys beside them (0 = any), by ppm. Masked points
/// (weight 0) are never peaks.
std::vector<Peak> pickPeaks(const FitData& data, std::size_t first, std::size_t last,
                            double minimumHeight, double minimumProminence = 0.0);

/// What a first-order reading of one multiplet gives a chemist: its centre, its total width and the
/// splittings it may contain.
struct MultipletReading {
    double centrePpm = 0.0;
    double widthHz = 0.0;                      ///< outermost line to outermost line
    std::vector<double> splittingCandidatesHz; ///< ascending, distinct to 0.3 Hz, ≤ 25 Hz
    int lines = 0;
    /// A lone line's half-height width (Hz) when its flanks fall as a Lorentzian's (see
    /// evidence.cpp); 0 for several lines or another shape.
    double lorentzianWidthHz = 0.0;
    /// The same for the region's tallest line whatever else the region holds: a broad water or
    /// OH hump with a few sharp satellite lines on its flank (500 MHz, CDCl3) is still a hump.
    double tallestLorentzianWidthHz = 0.0;
    /// That Lorentzian's area (π/2 · height · width) as a share of the region's integral (0 when
    /// the tallest line is no Lorentzian): near 1 for a hump whose flank lines are satellites.
    double tallestLorentzianShare = 0.0;
};

/// Hoye's rule: in a first-order multiplet the distances from an outer line to the lines inside
/// are sums of J values and the first one is the smallest J; both outer lines are read (roofing
/// makes the two sides differ) and adjacent spacings are added.
MultipletReading readMultiplet(const std::vector<Peak>& peaks, double fieldMHz);

/// Proton counts for integrals, on one common scale: `totalProtons` > 0 fixes the scale (largest
/// remainders make the counts add up to it); otherwise the scale (any region as 1, 2 or 3 H) that
/// minimises the rounding error plus a small cost per proton. Every count is at least 1.
std::vector<int> protonCountsFromIntegrals(const std::vector<double>& integrals,
                                           int totalProtons = 0);

/// A proton count split into group degeneracies the model vocabulary allows (1, 2, 3, 4, 6, 9,
/// 12, 18): itself when it is one, otherwise CH3 and CH2 groups as in overlapping aliphatic
/// multiplets: 5 → {3, 2}, 7 → {3, 2, 2}, 8 → {3, 3, 2}. (Aromatic rings are proposed apart.)
std::vector<int> splitIntoGroups(int protons);

} // namespace spinhance::analysis

namespace spinhance::analysis {

/// A signal region cut into multiplets as a chemist reads them: lines closer than 9 Hz belong
/// together (no vicinal J is larger inside one first-order multiplet without lines between), and
/// two neighbouring clusters whose centres are within 20 Hz that look alike (the smaller half at
/// least 30 % of the larger, as roofing allows; line counts within two) are the halves of one large
/// doublet (trans-vinyl, geminal) — when they differ by more than 20 %, only with a line on the
/// taller side about where an AB's roofing puts the partner. Cuts are made at the lowest point
/// between clusters. With `spans` (index ranges of the signal regions, in order) a span in which
/// no line stands out is a segment of its own, never part of a neighbouring multiplet.
std::vector<std::pair<std::size_t, std::size_t>>
multipletSegments(const FitData& data, std::size_t first, std::size_t last, double sigma,
                  const std::vector<std::pair<std::size_t, std::size_t>>& spans = {});

} // namespace spinhance::analysis
